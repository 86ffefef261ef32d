/**
 * Sort `[start, end)` pairs and merge those that overlap or touch, clipped to `[fromMs, toMs)`:
 * the one merge behind a schedule's intervals and a team calendar's union of them. Empty pairs
 * (end ≤ start after clipping) are dropped. Internal.
 *
 * @returns Parallel arrays of starts and ends, sorted, disjoint and not touching.
 */
export function mergeIntervals(
  pairs: [number, number][],
  fromMs: number,
  toMs: number,
): { starts: number[]; ends: number[] } {
  pairs.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s0, e0] of pairs) {
    const s = Math.max(s0, fromMs);
    const e = Math.min(e0, toMs);
    if (e <= s) continue;
    const last = ends.length - 1;
    if (last >= 0 && s <= (ends[last] as number)) {
      if (e > (ends[last] as number)) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  return { starts, ends };
}
