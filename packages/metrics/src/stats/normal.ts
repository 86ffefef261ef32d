import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { invertIncreasing, regularizedGammaP } from './special.js';

/**
 * The standard normal cumulative distribution function Φ(x).
 *
 * @param x - Any real number.
 * @returns P(Z ≤ x) for Z ~ N(0, 1), through the incomplete gamma function: Φ(x) = ½(1 + sign(x)·P(½, x²/2)).
 * @example
 * normalCdf(1.959963984540054); // 0.975
 * @since 0.1.0
 */
export function normalCdf(x: number): number {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    fail('metrics/invalid-argument', { what: 'x', expected: 'a number', value: describeValue(x) });
  }
  const p = regularizedGammaP(0.5, (x * x) / 2);
  return x >= 0 ? 0.5 + 0.5 * p : 0.5 - 0.5 * p;
}

/**
 * The standard normal quantile: the z with Φ(z) = p.
 *
 * @param p - A probability strictly between 0 and 1.
 * @returns z such that P(Z ≤ z) = p (1.959964 for 0.975).
 * @throws {MeridianError} `metrics/invalid-probability` outside (0, 1).
 * @example
 * normalQuantile(0.975); // 1.9599639845400536 (exact: 1.95996398454005)
 * @since 0.1.0
 */
export function normalQuantile(p: number): number {
  if (!(typeof p === 'number' && p > 0 && p < 1)) {
    fail('metrics/invalid-probability', { value: describeValue(p) });
  }
  if (p === 0.5) return 0;
  // Solve in the upper half, where the series is accurate, and mirror.
  const upper = p > 0.5 ? p : 1 - p;
  const z = invertIncreasing(normalCdf, upper, 0, 40);
  return p > 0.5 ? z : -z;
}
