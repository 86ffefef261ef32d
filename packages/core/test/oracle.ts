// A deliberately naive BigInt reference for rounding: it finds the two integers around n/d with
// floor division, then picks one by the definition of each mode, comparing exact distances.
// It shares no code with src/money/divide.ts.
import type { RoundingMode } from '@meridian-cx/core';

export function referenceRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  let lo = n / d;
  if (lo * d > n) lo -= 1n; // floor
  const hi = lo + 1n;
  if (lo * d === n) return lo;
  const distLo = n - lo * d; // d·(exact − lo) > 0
  const distHi = hi * d - n; // d·(hi − exact) > 0
  const towardZero = n >= 0n ? lo : hi;
  const awayFromZero = n >= 0n ? hi : lo;
  switch (mode) {
    case 'floor':
      return lo;
    case 'ceiling':
      return hi;
    case 'down':
      return towardZero;
    case 'up':
      return awayFromZero;
    case 'half-up':
      return distLo === distHi ? awayFromZero : distLo < distHi ? lo : hi;
    case 'half-down':
      return distLo === distHi ? towardZero : distLo < distHi ? lo : hi;
    case 'half-even':
      return distLo === distHi ? (lo % 2n === 0n ? lo : hi) : distLo < distHi ? lo : hi;
  }
}

/** A decimal string's exact value as numerator / 10^scale, parsed by hand. */
export function referenceDecimal(text: string): { n: bigint; d: bigint } {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = body.split('.');
  const n = BigInt(whole + fraction);
  return { n: negative ? -n : n, d: 10n ** BigInt(fraction.length) };
}
