// Every label of a text, found in one pass: the words of the lists the built-in recognizers ask
// about (reference, phone, version and each id's words) wherever they start, with their ends and
// the lists they belong to. A recognizer's question "what is the nearest label before this value?"
// is then a binary search and a look at the few labels in the window, instead of a scan of the
// window per value. The index is built on the first question about a context and kept for the
// last context only (the recognizers of one pass ask about the same context one after another).
import { ID_WORDS, PHONE_WORDS, REFERENCE_WORDS, VERSION_WORDS } from './keywords.js';
import type { RecognizerContext } from './types.js';
import { indexOf, mayStartAt, startsWord } from './words.js';

type Entry = { readonly word: string; readonly bits: number };

const KNOWN: readonly (readonly string[])[] = [
  REFERENCE_WORDS,
  PHONE_WORDS,
  VERSION_WORDS,
  ...Object.values(ID_WORDS),
];

// The words of every known list: `slotOf[c]` is 0 when no word starts with code unit c (a typed
// table, no look-up per character of the text), and `byPair` holds the words by their first two
// code units (one-unit words under the pair (c, -1)), so a position is compared with the few words
// that share its first two units, not every word of its first letter.
let slotOf: Uint8Array | undefined;
const byPair = new Map<number, Entry[]>();
const single = new Map<number, Entry[]>();
let allBits = 0;
const bitOf = new Map<readonly string[], number>();

function table(): Uint8Array {
  if (slotOf !== undefined) return slotOf;
  const words = new Map<string, number>();
  for (const list of KNOWN) {
    const { bit } = indexOf(list);
    allBits |= bit;
    bitOf.set(list, bit);
    for (const word of list) if (word !== '') words.set(word, (words.get(word) ?? 0) | bit);
  }
  const made = new Uint8Array(0x10000);
  for (const [word, bits] of words) {
    const first = word.charCodeAt(0);
    made[first] = 1;
    const map = word.length === 1 ? single : byPair;
    const key = word.length === 1 ? first : first * 0x10000 + word.charCodeAt(1);
    const list = map.get(key);
    if (list === undefined) map.set(key, [{ word, bits }]);
    else list.push({ word, bits });
  }
  slotOf = made;
  return made;
}

function pushMatches(lower: string, at: number, list: readonly Entry[] | undefined): void {
  if (list === undefined) return;
  for (let w = 0; w < list.length; w++) {
    const { word, bits: b } = list[w] as Entry;
    if (lower.startsWith(word, at) && startsWord(lower, at, word)) push(at, at + word.length, b);
  }
}

/** The bit of a list in the index, or 0 when the index does not hold it (then read the window). */
export function labelBit(words: readonly string[]): number {
  table();
  return bitOf.get(words) ?? 0;
}

// The index of the last context asked about: parallel arrays, reused from one text to the next.
let of: RecognizerContext | undefined;
let starts = new Int32Array(64);
let ends = new Int32Array(64);
let bits = new Int32Array(64);
let count = 0;
let newlines: number[] = [];

function push(at: number, end: number, b: number): void {
  if (count === starts.length) {
    const grow = (a: Int32Array) => {
      const b2 = new Int32Array(a.length * 2);
      b2.set(a);
      return b2;
    };
    starts = grow(starts);
    ends = grow(ends);
    bits = grow(bits);
  }
  starts[count] = at;
  ends[count] = end;
  bits[count] = b;
  count++;
}

function build(lower: string): void {
  const slot = table();
  count = 0;
  newlines = [];
  let prevLatin = false;
  for (let at = 0; at < lower.length; at++) {
    const c = lower.charCodeAt(at);
    const latin = c >= 0x61 && c <= 0x7a;
    // A word that starts with a Latin letter starts a word: not right after another letter.
    const inWord = latin && prevLatin;
    prevLatin = latin || (c >= 0x41 && c <= 0x5a);
    if (c === 10) newlines.push(at);
    if (inWord || slot[c] === 0 || (mayStartAt(lower, at) & allBits) === 0) continue;
    // Matches are pushed in order of start; at one start, in any order (the look-up takes the max).
    pushMatches(lower, at, single.get(c));
    if (at + 1 < lower.length)
      pushMatches(lower, at, byPair.get(c * 0x10000 + lower.charCodeAt(at + 1)));
  }
}

/** The labels of `context` (built now if it is not the last context asked about). */
function ensure(context: RecognizerContext): void {
  if (of !== context) {
    build(context.lower);
    of = context;
  }
}

/** The start of the line that holds offset `start` (after the last "\n" before it). */
export function lineStartOf(context: RecognizerContext, start: number): number {
  ensure(context);
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((newlines[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (newlines[lo - 1] as number) + 1;
}

/**
 * The furthest label end, per list, over the labels that start at or after `from` (`refFrom` for
 * `refBit`) and end by `to`: [own, phone, reference], -1 where there is none.
 */
export function labelEnds(
  context: RecognizerContext,
  query: {
    readonly from: number;
    readonly refFrom: number;
    readonly to: number;
    readonly ownBit: number;
    readonly phoneBit: number;
    readonly refBit: number;
  },
  out: [number, number, number],
): void {
  ensure(context);
  const { from, refFrom, to, ownBit, phoneBit, refBit } = query;
  const first = Math.min(from, refFrom);
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < first) lo = mid + 1;
    else hi = mid;
  }
  let own = -1;
  let phone = -1;
  let ref = -1;
  for (let k = lo; k < count; k++) {
    const at = starts[k] as number;
    if (at >= to) break;
    const end = ends[k] as number;
    if (end > to) continue;
    const b = bits[k] as number;
    if (at >= from) {
      if (b & ownBit && end > own) own = end;
      if (b & phoneBit && end > phone) phone = end;
    }
    if (at >= refFrom && b & refBit && end > ref) ref = end;
  }
  out[0] = own;
  out[1] = phone;
  out[2] = ref;
}
