/** A sample quantile definition of Hyndman & Fan (1996), numbered as in R's `quantile(type =)`. */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

// R's quantile.default: a and b of the continuous types 4–9, p(k) = (k − a)/(n + 1 − a − b).
const AB: Readonly<Record<4 | 5 | 6 | 7 | 8 | 9, readonly [number, number]>> = {
  4: [0, 1],
  5: [0.5, 0.5],
  6: [0, 0],
  7: [1, 1],
  8: [1 / 3, 1 / 3],
  9: [3 / 8, 3 / 8],
};
const FUZZ = 4 * Number.EPSILON;

/**
 * Where the p-quantile of n sorted values lies: 0-based indexes `lo` and `hi` of the two order
 * statistics and the weight `h` of the upper one, Q = (1 − h)·x[lo] + h·x[hi]. Type 7 uses
 * numpy's arithmetic (h = (n − 1)p, no fuzz) so results match numpy and simple-statistics to the
 * bit; the other types follow R's `quantile.default`, including its 4ε fuzz. Internal.
 */
export function quantilePosition(
  n: number,
  p: number,
  type: QuantileType,
): { lo: number; hi: number; h: number } {
  const clamp = (k: number) => Math.min(n, Math.max(1, k)) - 1;
  if (type === 7) {
    const v = (n - 1) * p;
    const lo = Math.floor(v);
    return { lo, hi: Math.min(n - 1, lo + 1), h: v - lo };
  }
  if (type <= 3) {
    const nppm = type === 3 ? n * p - 0.5 : n * p;
    const j = Math.floor(nppm + FUZZ);
    const h =
      type === 1
        ? nppm > j
          ? 1
          : 0
        : type === 2
          ? ((nppm > j ? 1 : 0) + 1) / 2
          : nppm !== j || j % 2 === 1
            ? 1
            : 0;
    return { lo: clamp(j), hi: clamp(j + 1), h };
  }
  const [a, b] = AB[type as 4 | 5 | 6 | 8 | 9];
  const nppm = a + p * (n + 1 - a - b);
  const j = Math.floor(nppm + FUZZ);
  let h = nppm - j;
  if (Math.abs(h) < FUZZ) h = 0;
  return { lo: clamp(j), hi: clamp(j + 1), h };
}
