import { charInfo, KIND, kindOf } from './charClass.js';
import type { CodePage } from './codePages.js';

// Small pieces the run readers (readRun.ts and its oracle readRunOracle.ts) and the engine share.

// String.prototype.charCodeAt, called on each string (not looked up on it): toCps meets strings of
// every representation V8 has (flat one- and two-byte, ropes, slices, internalized keys; one map
// each), so `s.charCodeAt` and `s.length` in its loop were megamorphic loads, a stub-cache probe
// per character, 5-6% of a warm broken message (T59h). The function called through `call` is
// inlined like the method; the length is read once.
const codeAt = String.prototype.charCodeAt;

export const toCps = (s: string): number[] => {
  // Preallocated and filled in order (a third of the time of push on a megabyte), then cut to
  // the code points read when surrogate pairs made them fewer.
  const length = s.length;
  const out: number[] = new Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = codeAt.call(s, i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < length) {
      const d = codeAt.call(s, i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  if (n < length) out.length = n;
  return out;
};

/**
 * `list` in a store of its own length: an array grown by push from empty keeps room for 17
 * elements (152 bytes) whatever it holds, and the memo's entries held 37,000 such lists, most of
 * one to four elements (a fifth of the heap after a never-seen stream, heap snapshot, T63h): each
 * visited slot by slot at every full collection and copied whole by each scavenge it survives.
 * A slice is stored at its length. Returns `list` itself when empty (no store to trim).
 */
export function fitted<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

export const CONTEXT = 2;

export const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
};

/** The index of the first non-ASCII unit of `s`, or -1 when it has none. */
export const firstNonAscii = (s: string): number => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return i;
  return -1;
};
// How many pages' readings of a group are decoded once more, looking for a second layer.
export const RECURSE_PAGES = 3;

// A line break ends a run's context: the break itself is context, the line beyond it is not. The
// cost model never looks past an ASCII non-letter beside a span (cost.ts: no pair, capital run or
// glued sign reaches over one), so only an inner layer could see the other line, and there its
// characters only cast votes in the inner text (a neighbouring message's last character, read as
// a run of its own). Bounded so, a run at a message's edge in a long text of messages is one
// reading, not one per neighbour: the bench's 10 MB text in one call read 1,080 distinct runs for
// 1.08 million units, most of them the same CJK message beside different neighbours.
/** A line break (LF or CR): where the engine's line votes, a run's context and the lone-ambiguous guard stop. */
export const isBreak = (cp: number | undefined): boolean => cp === 10 || cp === 13;

/** Where the context before cps[start…] begins: CONTEXT characters back, or the line break nearer. */
export function contextFrom(cps: readonly number[], start: number): number {
  let from = start;
  while (from > 0 && start - from < CONTEXT) if (isBreak(cps[--from])) break;
  return from;
}

/** Where the context after cps[…end) ends: `reach` characters on, or just past the line break nearer. */
export function contextTo(cps: readonly number[], end: number, reach = CONTEXT): number {
  let to = end;
  while (to < cps.length && to - end < reach) if (isBreak(cps[to++])) break;
  return to;
}

/**
 * {@link readFrom} on a text's UTF-16 units: the same index for a text with no surrogate pair
 * before `start` (each unit one code point there). The clean scan asks it of the runs it proves
 * before it has made the text's code points (cleanScan.ts knownQuiet).
 */
export function readFromText(text: string, start: number): number {
  if (start > 0 && text.charCodeAt(start - 1) === 0x20 && !isBox(text.charCodeAt(start)))
    return start - 1;
  let from = start;
  while (from > 0 && start - from < CONTEXT) if (isBreak(text.charCodeAt(--from))) break;
  return from;
}

/**
 * {@link contextTo} on a text's UTF-16 units (reach CONTEXT): the same index for a text with no
 * surrogate pair before the index it returns.
 */
export function contextToText(text: string, end: number): number {
  let to = end;
  while (to < text.length && to - end < CONTEXT) if (isBreak(text.charCodeAt(to++))) break;
  return to;
}

/**
 * Where the context a run's reading depends on begins (the engine's memo key, an inner layer's
 * text): {@link contextFrom}'s, or the space alone when one stands right before the run. Past
 * that space the cost model reads nothing (a pair, a capital run or a glued sign stops at an ASCII
 * non-letter), so only an inner layer saw the word before it, as a run of its own casting votes in
 * the inner text; cut there, a word read once reads the same after any other word (a stream's
 * words met again after new neighbours were most of the memo's misses). A run of box characters
 * keeps both: cp437's line-art rule looks at the word before it.
 */
export function readFrom(cps: readonly number[], start: number): number {
  // `start > 0` first: a read at index -1 (a run at the text's start) is a named-property lookup
  // that turns the site megamorphic for every later read, in memoRun and the proofs alike (T59h).
  return start > 0 && cps[start - 1] === 0x20 && !isBox(cps[start])
    ? start - 1
    : contextFrom(cps, start);
}

/** The characters around cps[start, end) that its reading sees ({@link readFrom}, {@link contextTo}). */
export function ctxOf(cps: readonly number[], start: number, end: number) {
  return {
    before: cps.slice(readFrom(cps, start), start),
    after: cps.slice(end, contextTo(cps, end)),
  };
}

export function pageName(page: CodePage, browser: boolean): string {
  return browser ? `${page}+browser` : page;
}

/** The text of code points [from, to), built in chunks (no argument-count limit on long runs). */
export function fromCps(cps: readonly number[], from = 0, to = cps.length): string {
  let out = '';
  if (to - from <= 64) {
    // Short spans (most repairs): no slice and spread.
    for (let i = from; i < to; i++) {
      const cp = cps[i] as number;
      out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }
    return out;
  }
  for (let i = from; i < to; i += 4096) {
    out += String.fromCodePoint(...cps.slice(i, Math.min(to, i + 4096)));
  }
  return out;
}

/**
 * A copy of `s` made of its own characters, for a key that a cache keeps past the call. V8 keeps a
 * slice of 13 characters or more as a view into the whole string it was cut from, and a longer
 * concatenation as its parts: the memo's key "Ð¿Ñ€Ð¸Ð²ÐµÑ‚" cut from a message of 10,000
 * characters held all of them as long as the memo held the key (5,000 such messages: 114 MB left
 * after the calls, 15 MB with copies). Keys are at most a run and its context long.
 */
export function owned(s: string): string {
  // Shorter than 13 units, a slice or a concatenation is a string of its own already: V8 copies a
  // substring shorter than SlicedString::kMinLength (13) and joins a concatenation shorter than
  // ConsString::kMinLength (13) flat (nodejs/node deps/v8/src/objects/string.h). Returned as it
  // is, with the hash the memo's lookup that missed made of it (a copy was hashed again): most
  // keys of a broken Western message are that short (two letters of context, a run of two).
  if (s.length < 13) return s;
  // A concatenation cut again: V8 flattens `s + ' '` into a new string (the characters copied
  // once, natively) and cuts the slice from that copy, which holds nothing else. The units pushed
  // one by one and spread into String.fromCharCode cost ~4 times as much (memoRun's 4.3M of
  // 26.3M on text 11 3 12).
  return `${s} `.slice(0, -1);
}

export function endsInLetterOrNbsp(s: string): boolean {
  const last = s.codePointAt(s.length - 1) ?? 0;
  return last === 0xa0 || kindOf(charInfo(last)) === KIND.letter;
}

/**
 * Whether cps[start, end) is line art typed on purpose, which the DOS page (cp437) does not read:
 * box drawing and nothing else ("├┤a┼┐a", "█▓█▓"), but not a word the page drew in box characters.
 */
export function lineArt(cps: readonly number[], start: number, end: number): boolean {
  // The DOS page writes UTF-8's leads 0xC2–0xC5 as ┬ ├ ─ ┼ (Latin-1 and Latin Extended-A), 0xCE
  // 0xCF as ╬ ╧ (Greek), 0xD0 0xD1 as ╨ ╤ (Cyrillic) and 0xD8 as ╪ (Arabic): before a box
  // continuation they are letters ("╨│╨┤╨╡" is "где", "K├╢ln" is "Köln", "─▒" is "ı").
  let word = true;
  for (let k = start; k < end; k++) {
    const cp = cps[k];
    if (!isBox(cp)) return false;
    // ſ (┼┐) is not written today: leet line art draws with it ("├┤a┼┐a┼┐a").
    if ((k - start) % 2 === 0)
      word &&= letterLead(cp) > 0 && !(cp === 0x253c && cps[k + 1] === 0x2510);
  }
  const before = cps[start - 1];
  const after = cps[end];
  if (!word || isBox(before) || isBox(after)) return true;
  // Three Cyrillic, Greek or Arabic letters in a row are a word (shades and blocks stay drawings:
  // "█▓█▓█▓" is not Persian digits).
  if (end - start >= 6 && letterLead(cps[start]) > 1) return false;
  // Glued to a Latin letter ("K├╢ln", "├╢z├╝r", "hesab─▒n─▒za"), unless a drawing goes on past the
  // letter after it ("├┤a┼┐a": the cross is the drawing's, or ſ's).
  if (isAsciiLetter(after)) {
    const next = cps[end + 1];
    return isBox(next) && (letterLead(next) === 0 || next === 0x253c);
  }
  if (isAsciiLetter(before)) return false;
  // Alone ("в", "и", "η", "ö"), when a word beside it is not ASCII either: a letter, or a Cyrillic,
  // Greek or Arabic word the page drew too ("╨▓ ╨╝╨░╨│╨░╨╖╨╕╨╜╨╡"; "├┤ ├┤" stays).
  const script = letterLead(cps[start]);
  return !(besideText(cps[start - 2], script) || besideText(cps[end + 1], script));
}

/** 2 for a Cyrillic, Greek or Arabic lead the DOS page draws as a box, 1 for a Latin one, else 0. */
function letterLead(cp: number | undefined): number {
  if (cp === 0x2568 || cp === 0x2564 || cp === 0x256c || cp === 0x2567 || cp === 0x256a) return 2;
  return cp === 0x252c || cp === 0x251c || cp === 0x2500 || cp === 0x253c ? 1 : 0;
}

function besideText(cp: number | undefined, script: number): boolean {
  return cp !== undefined && cp > 0x7f && (!isBox(cp) || (script > 1 && letterLead(cp) > 1));
}

function isBox(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x2500 && cp < 0x25a0;
}

function isAsciiLetter(cp: number | undefined): boolean {
  return cp !== undefined && ((cp | 0x20) - 0x61) >>> 0 < 26;
}

const GLUED = ['quele', 'quela', 'quilo', 's '].map((w) => Array.from(w, (c) => c.charCodeAt(0)));

/**
 * "Ã " is "à" whose 0xA0 became a space; "à" is a word of its own in French and Portuguese, so the
 * space stays a space (the word gap), except before another space or where Portuguese glues the
 * "a" to the next word ("às", "àquele"). After a letter, "à" is inside a word, and a Vietnamese
 * syllable's end after it ("hà ng", "bà i": a final consonant or glide, then no letter) is the
 * rest of that word: "hàng", "bài" (a French "voilà" before a word keeps the space: its 0xA0 and
 * the gap make two). Whether the code points (or bytes: the words are ASCII) from `at` on glue to
 * such an "à"; `before` is what stands before the "à".
 */
export function gluesToA(codes: ArrayLike<number>, at: number, before?: number): boolean {
  if (codes[at] === 0x20) return true;
  for (const w of GLUED) {
    let k = 0;
    while (k < w.length && codes[at + k] === w[k]) k++;
    if (k === w.length) return true;
  }
  if (!isAsciiLetter(before)) return false;
  // i y o u m p t, n ng nh, c ch: the finals Vietnamese writes after "à".
  let k = at;
  let final = '';
  while (k < at + 3 && isAsciiLetter(codes[k])) final += String.fromCharCode(codes[k++] as number);
  return (
    (codes[k] ?? 0) < 0x80 && !isAsciiLetter(codes[k]) && /^(?:[iyoumpt]|n[gh]?|ch?)$/.test(final)
  );
}

/**
 * `decoded`, the reading of a group cps[start, end) that took the space after it for its lost
 * 0xA0, with that space given back where it was the word gap after an "à" (readRun, its oracle
 * and the clean-text proof read a group so alike).
 */
export function withGapAfterA(
  cps: readonly number[],
  start: number,
  end: number,
  decoded: string,
): string {
  if (!decoded.endsWith('à')) return decoded;
  const before = decoded.length > 1 ? decoded.charCodeAt(decoded.length - 2) : cps[start - 1];
  return gluesToA(cps, end, before) ? decoded : `${decoded} `;
}
