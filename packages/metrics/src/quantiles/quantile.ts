import type { QuantileType } from './quantilePosition.js';
import { quantiles } from './quantiles.js';

/**
 * One exact sample quantile, R type 7 (see {@link quantiles} for the definition).
 *
 * @param values - Finite numbers, at least one.
 * @param p - Probability from 0 to 1: 0.5 for the median, 0.9 for p90.
 * @param options - `type`: the Hyndman–Fan definition, 1–9 (default 7).
 * @returns The quantile.
 * @throws {MeridianError} `metrics/empty-input`, `metrics/invalid-value`, `metrics/invalid-probability`.
 * @example
 * quantile([10, 7, 4, 3, 2, 1], 0.5); // 3.5, as numpy.percentile(a, 50)
 * @since 0.1.0
 */
export function quantile(
  values: ArrayLike<number>,
  p: number,
  options: { readonly type?: QuantileType } = {},
): number {
  return quantiles(values, [p], options)[0] as number;
}
