import type { CurrencyCode } from '../codes/currency.js';
import { MeridianError } from '../errors/MeridianError.js';
import { coreMessages } from '../errors/messages.js';
import { decimalParts } from './decimal.js';
import { assertAmount } from './money.js';
import type { Decimal, Money } from './types.js';

function invalid(detail: string): MeridianError {
  return new MeridianError('core', 'core/invalid-ratios', coreMessages.invalidRatios(detail), {
    detail,
  });
}

/** Ratios as integer weights with one common scale. */
function weights(ratios: readonly Decimal[]): bigint[] {
  if (ratios.length === 0) throw invalid('no ratios given');
  const parts = ratios.map((r, i) => {
    try {
      return decimalParts(r);
    } catch {
      throw invalid(`ratio ${i} is ${String(r)}`);
    }
  });
  const scale = Math.max(...parts.map((p) => p.scale));
  const out = parts.map((p) => p.digits * 10n ** BigInt(scale - p.scale));
  out.forEach((w, i) => {
    if (w < 0n) throw invalid(`ratio ${i} is negative (${String(ratios[i])})`);
  });
  if (out.every((w) => w === 0n)) throw invalid('every ratio is zero');
  return out;
}

/**
 * Split an amount by ratios so that the shares add up to the amount exactly, and each share is
 * within one minor unit of its exact value (the largest-remainder method: every share gets the
 * floor of its exact value, and the units left over go to the largest fractional remainders,
 * earlier shares first on a tie).
 *
 * Use it to prorate an order discount across lines, split a refund across payment methods, or
 * spread shipping across parcels.
 *
 * @param m - The amount to split; a negative amount is split as its magnitude, then negated.
 * @param ratios - Non-negative weights, not all zero: `[1, 1, 1]`, `[70, 30]`, `['0.25', '0.75']`.
 * @returns One share per ratio, in the same order.
 * @throws {MeridianError} `core/invalid-ratios`.
 * @example
 * allocate(money(1000, 'EUR'), [1, 1, 1]); // 334, 333, 333 cents
 * @since 0.1.0
 */
export function allocate<C extends CurrencyCode>(
  m: Money<C>,
  ratios: readonly Decimal[],
): Money<C>[] {
  assertAmount(m.amount);
  const w = weights(ratios);
  const negative = m.amount < 0;
  const total = Math.abs(m.amount);
  let weightSum = 0n;
  for (const x of w) weightSum += x;

  const shares: number[] = new Array(w.length);
  const remainders: bigint[] = new Array(w.length);
  let given = 0;
  const wsNumber = Number(weightSum);
  if (weightSum <= BigInt(Number.MAX_SAFE_INTEGER) && total * wsNumber <= Number.MAX_SAFE_INTEGER) {
    // Fast path: every product total·wᵢ is exact in a double.
    for (let i = 0; i < w.length; i++) {
      const p = total * Number(w[i]);
      const share = Math.floor(p / wsNumber);
      shares[i] = share;
      remainders[i] = BigInt(p - share * wsNumber);
      given += share;
    }
  } else {
    const bt = BigInt(total);
    for (let i = 0; i < w.length; i++) {
      const p = bt * (w[i] as bigint);
      const share = p / weightSum;
      shares[i] = Number(share);
      remainders[i] = p - share * weightSum;
      given += Number(share);
    }
  }

  let left = total - given;
  if (left > 0) {
    const order = remainders
      .map((r, i) => [r, i] as const)
      .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
    for (const [, i] of order) {
      if (left === 0) break;
      shares[i] = (shares[i] as number) + 1;
      left -= 1;
    }
  }
  return shares.map((s) => ({ amount: negative && s !== 0 ? -s : s, currency: m.currency }));
}
