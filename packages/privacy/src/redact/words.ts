// Word lists indexed by their first code unit: a window or a text is scanned once and only the few
// words that start with each character are compared, instead of one lastIndexOf per word (there
// are about 150). A bit per list in small tables of first code units (one-unit words) and of first
// pairs of code units (folded to 12 bits) answers "no word starts here" for most characters
// without the Map.

const LETTER = /\p{L}/u;

/** A word list's bit in the first-unit tables and its words by first code unit. */
export type WordIndex = { readonly bit: number; readonly byFirst: Map<number, string[]> };

const indexes = new WeakMap<readonly string[], WordIndex>();
const FOLD = 0xfff;
const singleUnits = new Uint32Array(FOLD + 1);
const firstPairs = new Uint32Array(FOLD + 1);
let lists = 0;

function pairKey(first: number, second: number): number {
  return ((first << 5) ^ second) & FOLD;
}

/**
 * The bits of the lists that may have a word starting at `at` of `lower` (a superset: the tables
 * are folded). 0 means no registered list has a word there.
 */
export function mayStartAt(lower: string, at: number): number {
  const c = lower.charCodeAt(at);
  return (
    (singleUnits[c & FOLD] as number) | (firstPairs[pairKey(c, lower.charCodeAt(at + 1))] as number)
  );
}

/** Whether `word` may start at `at`: a word starting with a Latin letter must start a word. */
export function startsWord(lower: string, at: number, word: string): boolean {
  const first = word.charCodeAt(0);
  const latin = first >= 0x61 && first <= 0x7a;
  return !latin || at === 0 || !LETTER.test(lower.charAt(at - 1));
}

/** The index of a word list, built on first use. Past 32 lists a list gets bit 0 (always read). */
export function indexOf(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (index === undefined) {
    const bit = lists < 32 ? 1 << lists : 0;
    lists++;
    const byFirst = new Map<number, string[]>();
    for (const word of words) {
      if (word === '') continue;
      const first = word.charCodeAt(0);
      if (word.length === 1)
        singleUnits[first & FOLD] = (singleUnits[first & FOLD] as number) | bit;
      else {
        const key = pairKey(first, word.charCodeAt(1));
        firstPairs[key] = (firstPairs[key] as number) | bit;
      }
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [word]);
      else list.push(word);
    }
    index = { bit, byFirst };
    indexes.set(words, index);
  }
  return index;
}

/** End offset of the last occurrence of any word in `lower[from, to)`, or -1. */
export function lastEnd(lower: string, from: number, to: number, words: readonly string[]): number {
  // Only the window is read: searching the whole text would walk back to its start whenever a
  // word is absent, which is quadratic over a long transcript. The furthest end over every
  // occurrence of every word is the furthest end of each word's last occurrence.
  if (to <= from) return -1;
  const { bit, byFirst } = indexOf(words);
  let best = -1;
  for (let at = from; at < to; at++) {
    if (bit !== 0 && (mayStartAt(lower, at) & bit) === 0) continue;
    const list = byFirst.get(lower.charCodeAt(at));
    if (list === undefined) continue;
    for (const word of list) {
      const end = at + word.length;
      if (end > to || end <= best || !lower.startsWith(word, at)) continue;
      if (startsWord(lower, at, word)) best = end;
    }
  }
  return best;
}
