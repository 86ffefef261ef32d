import { charInfo, KIND, kindOf } from './charClass.js';
import type { CodePage } from './codePages.js';

// Small pieces the run readers (readRun.ts and its oracle readRunOracle.ts) and the engine share.

export const toCps = (s: string): number[] => {
  // Preallocated and filled in order (a third of the time of push on a megabyte), then cut to
  // the code points read when surrogate pairs made them fewer.
  const out: number[] = new Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  if (n < s.length) out.length = n;
  return out;
};

export const CONTEXT = 2;

export const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
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

/** Where the context after cps[…end) ends: CONTEXT characters on, or just past the line break nearer. */
export function contextTo(cps: readonly number[], end: number): number {
  let to = end;
  while (to < cps.length && to - end < CONTEXT) if (isBreak(cps[to++])) break;
  return to;
}

export function ctxOf(cps: readonly number[], start: number, end: number) {
  return {
    before: cps.slice(contextFrom(cps, start), start),
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

export function endsInLetterOrNbsp(s: string): boolean {
  const last = s.codePointAt(s.length - 1) ?? 0;
  return last === 0xa0 || kindOf(charInfo(last)) === KIND.letter;
}

/**
 * Whether cps[start, end) is line art typed on purpose, which the DOS page (cp437) does not read:
 * box drawing and nothing else ("├┤a┼┐a", "█▓█▓"), but not a Cyrillic or Greek word the page drew
 * in box characters.
 */
export function lineArt(cps: readonly number[], start: number, end: number): boolean {
  // Three Cyrillic or Greek letters in a row are a word, not line art: the DOS page writes their
  // UTF-8 leads 0xD0 0xD1 0xCE 0xCF as ╨ ╤ ╬ ╧, and а–п, α–ο as ╨ or ╬ before a box continuation
  // ("╨│╨┤╨╡" is "где"). Shades and blocks stay drawings ("█▓█▓█▓" would read as Persian digits).
  if (end - start >= 6) {
    let word = true;
    for (let k = start; k < end && word; k += 2) {
      const lead = cps[k];
      word = lead === 0x2568 || lead === 0x2564 || lead === 0x256c || lead === 0x2567;
    }
    if (word) return false;
  }
  // Box pairs led by ├ (UTF-8's 0xC3: ð–ÿ, among them ö ü ñ ó ô) inside a Latin word are its
  // letters ("K├╢ln", "Se├▒or"); drawings are not glued between two letters.
  let glued = isAsciiLetter(cps[start - 1]) && isAsciiLetter(cps[end]);
  for (let k = start; k < end; k++) {
    const cp = cps[k] ?? 0;
    if (cp < 0x2500 || cp >= 0x25a0) return false;
    glued &&= (k - start) % 2 === 1 || cp === 0x251c;
  }
  return !glued;
}

function isAsciiLetter(cp: number | undefined): boolean {
  return cp !== undefined && ((cp | 0x20) - 0x61) >>> 0 < 26;
}

const GLUED = ['quele', 'quela', 'quilo', 's '].map((w) => Array.from(w, (c) => c.charCodeAt(0)));

/**
 * "Ã " is "à" whose 0xA0 became a space; "à" is a word of its own in French and Portuguese, so the
 * space stays a space (the word gap), except before another space or where Portuguese glues the
 * "a" to the next word ("às", "àquele"). Whether the code points (or bytes: the words are ASCII)
 * from `at` on glue to such an "à".
 */
export function gluesToA(codes: ArrayLike<number>, at: number): boolean {
  if (codes[at] === 0x20) return true;
  for (const w of GLUED) {
    let k = 0;
    while (k < w.length && codes[at + k] === w[k]) k++;
    if (k === w.length) return true;
  }
  return false;
}
