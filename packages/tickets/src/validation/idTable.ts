// Which ids of a list were seen before, without a Set per call: the SLA clocks check every
// ticket's event ids for repeats, and growing a fresh Set for twenty ids was the costliest line of
// the marks pass. A small open-addressing table, reused and invalidated by a generation stamp,
// answers for lists of up to HALF ids; longer lists take a Set. idTable.prop.test.ts holds it
// equal to a Set.

const SIZE = 256;
const HALF = SIZE / 2;
const stamp = new Float64Array(SIZE);
const slot: string[] = [];
let generation = 0;
let filled = 0;
let large: Set<string> | null = null;

/**
 * Start a new list of at most `count` ids (forgets the previous one).
 *
 * @internal Not part of the public surface.
 */
export function beginIds(count: number): void {
  large = count > HALF ? new Set() : null;
  filled = 0;
  generation++;
}

/**
 * Add `id` to the current list; `true` when it was already there (or, past the `count` announced,
 * when the table is full: a caller that announced too few takes its general path).
 *
 * @internal Not part of the public surface.
 */
export function seenBefore(id: string): boolean {
  if (large !== null) {
    if (large.has(id)) return true;
    large.add(id);
    return false;
  }
  // Ids of one ticket mostly differ at the end ("t7-9", "t7-10"); NaN (short ids) hashes to 0.
  const n = id.length;
  let h = ((n * 31 + id.charCodeAt(n - 1)) * 31 + id.charCodeAt(n - 2)) * 31 + id.charCodeAt(0);
  h = (h ^ (h >>> 9)) & (SIZE - 1);
  while (stamp[h] === generation) {
    if (slot[h] === id) return true;
    h = (h + 1) & (SIZE - 1);
  }
  if (filled++ === HALF) return true;
  stamp[h] = generation;
  slot[h] = id;
  return false;
}
