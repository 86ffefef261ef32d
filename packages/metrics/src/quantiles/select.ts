// In-place selection by Floyd & Rivest's algorithm SELECT (Communications of the ACM 18(3), 1975,
// Algorithm 489), in the iterative form popularised by the `quickselect` package: after
// select(a, k, left, right), a[k] holds the value it would hold if a[left..right] were sorted,
// everything before it is ≤ and everything after it is ≥. Expected n + min(k, n − k) comparisons.

function swap(a: number[], i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** Put the k-th smallest of `a[left..right]` at index k. Internal. */
export function select(a: number[], k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    if (hi - lo > 600) {
      // Recurse on a sample to find pivots that bracket k tightly.
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLo = Math.max(lo, Math.floor(k - (m * s) / n + sd));
      const newHi = Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLo, newHi);
    }
    const t = a[k] as number;
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if ((a[hi] as number) > t) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[lo] === t) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}
