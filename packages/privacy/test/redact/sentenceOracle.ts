// (Since V61b.) The phone oracle's own reading of the sentences before a value (issue #14): the
// line above it (prepositions.ts proseAbove, V60b) and the words before it on its own line
// (sentenceLine.ts, V61b), written plainly from their definitions. It shares the word lists (data)
// and no function with them: a text is folded a character at a time with the platform's NFD, its
// words split with a regular expression, a reference word looked for with startsWith.
import { REFERENCE_WORDS } from '../../src/redact/keywords.js';
import { CASE_SUFFIXES, OWNED_STEMS, POSSESSIVE_SUFFIXES } from '../../src/redact/ownedNoun.js';
import { OPENERS, POSTPOSITIONS, THANKS } from '../../src/redact/prepositions.js';
import { POSSESSIVES } from '../../src/redact/sentenceLine.js';

/** `s` folded a character at a time (same length): marks dropped, lower case, "ı"/"ł"/"đ" plain. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    // (A unit at a time: an astral character's two units stay two, as the recognizer reads them.)
    for (let k = 0; k < ch.length; k++) {
      const u = ch.length === 1 ? ch : ch.charAt(k);
      let f = u.normalize('NFD');
      if (f.length > 1 && /^\p{L}\p{M}+$/u.test(f)) f = f.charAt(0);
      else f = u;
      const lower = f.toLowerCase();
      if (lower.length === 1) f = lower;
      f = ({ ł: 'l', ı: 'i', đ: 'd' } as Record<string, string>)[f] ?? f;
      out += f.length === 1 ? f : u;
    }
  }
  return out;
}

/** The words of `line` (runs of letters and marks), folded, with where each starts. */
function wordsOf(line: string): [string, number][] {
  return [...line.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => [
    fold(m[0]).replace(/\p{M}/gu, ''),
    m.index,
  ]);
}

/** Whether a reference word starts in `folded` at a word's start (a sign anywhere) before `to`. */
function referenceIn(folded: string, to: number): boolean {
  for (const word of REFERENCE_WORDS) {
    const w = fold(word);
    for (let i = folded.indexOf(w); i >= 0 && i + w.length <= to; i = folded.indexOf(w, i + 1))
      if (!/^[a-z]/.test(w) || i === 0 || !/[\p{L}\p{M}]/u.test(folded.charAt(i - 1))) return true;
  }
  return false;
}

/** Whether the words of `line` read as a sentence's (an opener first, thanks, a postposition). */
function prose(line: string): boolean {
  const folded = fold(line);
  for (const [word, at] of wordsOf(line)) {
    if (THANKS.has(word)) return true;
    const referenced = referenceIn(folded, at);
    if (OPENERS.has(word) && !referenced) return true;
    if (POSTPOSITIONS.has(word) && referenced) return true;
  }
  return false;
}

/** The oracle's proseAbove: the line above the value at `s` (which starts its line) a sentence. */
export function proseAbovePlain(text: string, s: number): boolean {
  const before = text.slice(0, s).replace(/"$/, '');
  if (!before.endsWith('\n')) return false;
  const line = (before.slice(0, -1).split('\n').pop() ?? '').replace(/\r$/, '').replace(/ +$/, '');
  return /[?!]$/.test(line) || prose(line);
}

/**
 * The oracle's sentenceLine: the words right before the value at `s` on its line end with an
 * order's word that a sentence holds (a ", " after it, a possessive or a count right before it, a
 * Turkish postposition after it, or the sentence's words before it read as
 * {@link proseAbovePlain} reads a line), a space, a ", ", a ": " or a " - " between. The recognizer reads the line's last 64 units.
 */
export function sentenceLinePlain(text: string, s: number): boolean {
  const line = text.slice(0, s).split('\n').pop() ?? '';
  const lineStart = s - line.length;
  // (Since V62b: or a ": ", which the sentence's words then decide as they do a space.)
  const sep = / *, *$| *: *$| +[-\u2013\u2014] +$| +$/.exec(line);
  if (sep === null) return false;
  let head = line.slice(0, sep.index);
  const last = /[\p{L}\p{M}]+$/u.exec(head);
  if (last === null) return false;
  let noun = last[0];
  head = head.slice(0, last.index);
  let sentence = sep[0].includes(',');
  if (POSTPOSITIONS.has(wordsOf(noun)[0]?.[0] ?? '')) {
    const before = /([\p{L}\p{M}]+) +$/u.exec(head);
    if (before === null) return false;
    noun = before[1] ?? '';
    head = head.slice(0, before.index);
    sentence = true;
  }
  if (lineStart + head.length < s - 64) return false;
  if (/(?:nr|no|num|number|nummer|numer|numero)$/.test(wordsOf(noun)[0]?.[0] ?? '')) return false;
  if (!referenceIn(fold(noun), noun.length)) return false;
  // (Since V63d.) A Turkish stem with "my" or "our" and a case written onto it: "Kargom".
  if (sentence || ownedPlain(wordsOf(noun)[0]?.[0] ?? '')) return true;
  // The sentence's words before the order's word: from its last ". ", "! " or "? ".
  const words = head.slice(Math.max(0, s - 64 - lineStart));
  const part = words.split(/[.!?] /).pop() ?? '';
  const possessive = /([\p{L}\p{M}]+) +$/u.exec(part);
  if (possessive !== null && POSSESSIVES.has(wordsOf(possessive[1] ?? '')[0]?.[0] ?? ''))
    return true;
  // (Since V62b: a count right before the order's word, "2 items (201) 555-0123", at the line's
  // start or after a space after a letter, a "," or a ":".)
  if (/(?:^|^ |[\p{L}\p{M},:] )[0-9]{1,3} +$/u.test(head)) return true;
  return prose(part);
}

/** Whether the folded `word` is a stem, a possessive, then a case (the lists' every combination). */
function ownedPlain(word: string): boolean {
  const any = (list: readonly string[]) => `(?:${list.join('|')})`;
  return new RegExp(`^${any(OWNED_STEMS)}${any(POSSESSIVE_SUFFIXES)}${any(CASE_SUFFIXES)}$`).test(
    word,
  );
}
