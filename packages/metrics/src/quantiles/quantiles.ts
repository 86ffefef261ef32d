import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { type QuantileType, quantilePosition } from './quantilePosition.js';
import { select } from './select.js';

/**
 * Exact sample quantiles. By default Hyndman & Fan (1996) type 7, the default of R's `quantile()`,
 * numpy's `percentile`/`quantile` (method `linear`) and simple-statistics 7.12: with the values
 * sorted x₀ ≤ … ≤ xₙ₋₁, h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). Types 1–9 of
 * Hyndman & Fan are available as in R's `quantile(type =)`. Uses selection, not a full sort
 * (expected O(n) per quantile); the input is not modified.
 *
 * @param values - Finite numbers, at least one.
 * @param ps - Probabilities from 0 to 1, in any order.
 * @param options - `type`: the Hyndman–Fan definition, 1–9 (default 7).
 * @returns The quantiles, in the order of `ps`.
 * @throws {MeridianError} `metrics/empty-input`, `metrics/invalid-value` (NaN, ±Infinity),
 *   `metrics/invalid-probability` (p outside [0, 1]).
 * @example
 * quantiles([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], [0.5, 0.9]); // [9, 16]
 * @since 0.1.0
 */
export function quantiles(
  values: ArrayLike<number>,
  ps: readonly number[],
  options: { readonly type?: QuantileType } = {},
): number[] {
  if (typeof (values as { length?: unknown } | null)?.length !== 'number') {
    fail('metrics/invalid-argument', {
      what: 'The values',
      expected: 'an array of numbers',
      value: describeValue(values),
    });
  }
  if (!Array.isArray(ps)) {
    fail('metrics/invalid-argument', {
      what: 'The probabilities',
      expected: 'an array such as [0.5, 0.9]',
      value: describeValue(ps),
    });
  }
  const type = checkObject(options, 'quantiles options', 'an object such as { type: 7 }').type ?? 7;
  if (!(Number.isInteger(type) && type >= 1 && type <= 9)) {
    fail('metrics/invalid-quantile-type', { value: describeValue(type) });
  }
  const n = values.length;
  if (n === 0) {
    fail('metrics/empty-input', { what: 'quantiles' });
  }
  for (const p of ps) {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      fail('metrics/invalid-quantile', { value: describeValue(p) });
    }
  }
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      fail('metrics/invalid-value', { value: describeValue(v) });
    }
  }
  // A plain array of doubles copies fast (slice) and selects as fast as a typed array.
  const a: number[] = Array.isArray(values) ? (values as number[]).slice() : Array.from(values);
  // Ascending order lets each selection start where the previous one stopped.
  const order = ps.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const out = new Array<number>(ps.length);
  let from = 0;
  for (const { p, i } of order) {
    const { lo, hi, h } = quantilePosition(n, p, type);
    select(a, lo, from, n - 1);
    from = lo;
    const x = a[lo] as number;
    if (h === 0 || hi === lo) {
      out[i] = x;
      continue;
    }
    // After selection every value right of lo is ≥ a[lo]; the next order statistic is their minimum.
    let next = Number.POSITIVE_INFINITY;
    for (let j = lo + 1; j < n; j++) if ((a[j] as number) < next) next = a[j] as number;
    // numpy's lerp for type 7 (bit-identical results); R's weighted form for the others.
    out[i] = h === 1 ? next : type === 7 ? x + h * (next - x) : (1 - h) * x + h * next;
  }
  return out;
}
