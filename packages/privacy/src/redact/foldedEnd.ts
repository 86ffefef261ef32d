import { foldWord, isMark, lowerCodeAt } from './context.js';
import { unitAt } from './digits.js';
import { precomposedTwin } from './nukta.js';

// Label words read where context.ts's word index does not (a phone word after a number, a national
// id's labels in numericId.ts, a postal word): folded as it folds them (lowerCodeAt: lower case,
// accents off, ł ı İ đ), so "NUMARASİNDAN ARAYIN" reads as "numarasından arayın" and "KİMLİK" as
// "kimlik", which a lower-case copy of the text kept apart ("İ" lowers to two units, and kept
// its own one). A combining diacritical mark (U+0300-U+036F) after a unit of the text is read as
// a part of it, so a text typed decomposed (NFD, as macOS and some keyboards write it: "KI\u0307MLI\u0307K")
// reads as the same text composed.

const lists = new WeakMap<readonly string[], readonly string[]>();

/**
 * The words of `words` folded (context.ts foldWord), each once, with each one's precomposed
 * twin (nukta.ts precomposedTwin): made once per list. Not
 * context.ts's `folded`, which adds each word's NFD form where the fold keeps its letters whole
 * (Hangul jamo): the words read after a value skip combining marks only.
 */
export function foldedList(words: readonly string[]): readonly string[] {
  let list = lists.get(words);
  if (list === undefined) {
    // With each word's twin where a nukta letter NFC leaves decomposed is typed precomposed.
    list = [...new Set(words.flatMap((w) => [foldWord(w), foldWord(precomposedTwin(w))]))];
    lists.set(words, list);
  }
  return list;
}

/**
 * The end in `s` of the folded `word` (see {@link foldedList}) read from `at`, the marks after
 * each unit of it and after its last included, or -1 where it does not stand there or ends past
 * `limit`: a run of marks costs no more than the window it is read in.
 */
export function foldedEnd(s: string, at: number, word: string, limit = s.length): number {
  let i = at;
  // (Read through unitAt, inside `s` only: the texts and words are strings of several kinds, and
  // a limit past the text's end, or a start before it, read outside it, T66c.)
  const end = Math.min(limit, s.length);
  for (let k = 0; k < word.length; k++) {
    if (i < 0 || i >= end || lowerCodeAt(s, i) !== unitAt(word, k)) return -1;
    i++;
    while (i < end && isMark(unitAt(s, i))) i++;
  }
  return i;
}
