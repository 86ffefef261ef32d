import type { CurrencyCode } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { failure } from '../errors/failures.js';
import type { MeridianError } from '../errors/MeridianError.js';
import { decimalParts } from './decimal.js';
import { assertMoney } from './money.js';
import type { Decimal, Money } from './types.js';

function invalid(detail: string): MeridianError {
  return failure('core/invalid-ratios', { detail });
}

/** Ratios as integer weights with one common scale. */
function weights(ratios: readonly Decimal[]): bigint[] {
  if (ratios.length === 0) throw invalid('no ratios given');
  const parts = ratios.map((r, i) => {
    try {
      return decimalParts(r);
    } catch {
      throw invalid(`ratio ${i} is ${describeValue(r)}`);
    }
  });
  const scale = Math.max(...parts.map((p) => p.scale));
  const out = parts.map((p) => p.digits * 10n ** BigInt(scale - p.scale));
  out.forEach((w, i) => {
    if (w < 0n) throw invalid(`ratio ${i} is negative (${describeValue(ratios[i])})`);
  });
  if (out.every((w) => w === 0n)) throw invalid('every ratio is zero');
  return out;
}

/**
 * The common case, all in doubles: ratios that are non-negative safe integers and products that
 * stay exact. Returns undefined to fall back to the general path (which also reports bad ratios).
 */
function allocateIntegers(amount: number, ratios: readonly Decimal[]): number[] | undefined {
  const n = ratios.length;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const r = ratios[i];
    if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) return undefined;
    weightSum += r;
  }
  const total = Math.abs(amount);
  if (weightSum === 0 || total * weightSum > Number.MAX_SAFE_INTEGER) return undefined;
  const shares = new Array<number>(n);
  const remainders = new Array<number>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const p = total * (ratios[i] as number);
    const share = Math.floor(p / weightSum);
    shares[i] = share;
    remainders[i] = p - share * weightSum;
    left -= share;
  }
  // left < n: hand one unit each to the largest remainders, the earliest first on a tie.
  while (left > 0) {
    let best = 0;
    for (let i = 1; i < n; i++)
      if ((remainders[i] as number) > (remainders[best] as number)) best = i;
    shares[best] = (shares[best] as number) + 1;
    remainders[best] = -1;
    left -= 1;
  }
  if (amount < 0)
    for (let i = 0; i < n; i++) shares[i] = shares[i] === 0 ? 0 : -(shares[i] as number);
  return shares;
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
  assertMoney(m);
  if (!Array.isArray(ratios))
    throw invalid(`ratios must be an array; got ${describeValue(ratios)}`);
  const fast = allocateIntegers(m.amount, ratios);
  if (fast) return fast.map((amount) => ({ amount, currency: m.currency }));
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
