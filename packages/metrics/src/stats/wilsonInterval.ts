import { checkConfidence, checkSuccesses } from './checks.js';
import { normalQuantile } from './normal.js';

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927), the interval Brown, Cai &
 * DasGupta (2001) and Newcombe (1998, method 3) recommend over the Wald interval: it never leaves
 * [0, 1] and keeps close to its nominal coverage for small n and extreme proportions.
 *
 * Bounds: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
 *
 * @param successes - Count of "yes" answers.
 * @param n - Count of all answers.
 * @param confidence - Confidence level, default 0.95.
 * @returns Lower and upper bounds as fractions of 1; `null` when n = 0.
 * @throws {MeridianError} `metrics/invalid-count` for negative or fractional counts or successes > n;
 *   `metrics/invalid-confidence`.
 * @example
 * wilsonInterval(81, 263); // { lower: 0.2553…, upper: 0.3662… } (Newcombe 1998, Table I)
 * @since 0.1.0
 */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): { readonly lower: number; readonly upper: number } | null {
  checkSuccesses(successes, n);
  checkConfidence(confidence);
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact ends: no successes gives 0, all successes gives 1 (rounding could miss by 1e-17).
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return { lower, upper };
}
