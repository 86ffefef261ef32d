// Which ids of a list were seen before, without a Set per call: the SLA clocks check every
// ticket's event ids for repeats, and growing a fresh Set for twenty ids was the costliest line of
// the marks pass. A small open-addressing table, reused and invalidated by a generation stamp,
// answers for lists of up to HALF ids; longer lists take a Set. idTable.prop.test.ts holds it
// equal to a Set.

const SIZE = 256;
const MASK = SIZE - 1;
/** The longest list the table takes (at most half full, so probes stay short). */
const HALF = SIZE / 2;
const stamp = new Int32Array(SIZE);
const slot: string[] = new Array<string>(SIZE).fill('');
let generation = 0;
let filled = 0;
let large: Set<string> | null = null;

function hash(id: string): number {
  const n = id.length;
  if (n === 0) return 0;
  // Ids of one ticket mostly differ at the end ("t7-9", "t7-10"): the last characters, the
  // first, the middle and the length are mixed.
  let h = n * 31 + id.charCodeAt(n - 1);
  h = h * 31 + id.charCodeAt(0);
  h = h * 31 + id.charCodeAt(n >> 1);
  if (n > 1) h = h * 31 + id.charCodeAt(n - 2);
  if (n > 2) h = h * 31 + id.charCodeAt(n - 3);
  h ^= h >>> 9;
  return h & MASK;
}

/**
 * Start a new list of at most `count` ids (forgets the previous one).
 *
 * @internal Not part of the public surface.
 */
export function beginIds(count: number): void {
  if (count > HALF) {
    large = new Set();
    return;
  }
  large = null;
  filled = 0;
  generation = (generation + 1) | 0;
  if (generation === 0) {
    stamp.fill(0);
    generation = 1;
  }
}

/**
 * Add `id` to the current list; `true` when it was already there.
 *
 * @internal Not part of the public surface.
 */
export function seenBefore(id: string): boolean {
  if (large !== null) {
    if (large.has(id)) return true;
    large.add(id);
    return false;
  }
  let h = hash(id);
  while (stamp[h] === generation) {
    if (slot[h] === id) return true;
    h = (h + 1) & MASK;
  }
  if (filled === HALF) {
    // More ids than announced: the table moves into a Set rather than fill up.
    large = new Set();
    for (let i = 0; i < SIZE; i++) if (stamp[i] === generation) large.add(slot[i] as string);
    large.add(id);
    return false;
  }
  filled++;
  stamp[h] = generation;
  slot[h] = id;
  return false;
}
