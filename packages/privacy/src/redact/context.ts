import { PHONE_WORDS, REFERENCE_WORDS } from './keywords.js';
import { labelBit, labelEnds, lineStartOf } from './labels.js';
import type { RecognizerContext } from './types.js';
import { lastEnd } from './words.js';

export { lastEnd };

/** What the nearest keyword before a span says it is. */
export type ContextKind = 'own' | 'phone' | 'reference' | 'none';

// How far before a value its label may stand. A reference label must be close ("order #", "nr
// zamówienia: "); a label for personal data may sit a little further ("my PESEL number is ").
const OWN_WINDOW = 48;
const REFERENCE_WINDOW = 24;

const LETTER = /\p{L}/u;
// Chinese and Japanese write without spaces: a number right after a kana or a Han character is not
// glued to a word, as it would be after a Latin letter.
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3000-\u303f\uff01-\uff0f]/u;

/** Whether `c` is a letter of a script that separates words with spaces (so a value next to it is glued). */
export function isGlueLetter(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  // ASCII answers from its code: a Latin letter is glue, nothing else is (no ASCII is spaceless).
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(c) && !SPACELESS.test(c);
}

/** Whether `c` is a character of a script written without spaces (Han, kana). */
export function isSpaceless(c: string): boolean {
  return c !== '' && c.charCodeAt(0) >= 0x80 && SPACELESS.test(c);
}

/**
 * The kind of the nearest label before `start` on the same line, read with three look-ups (one
 * per word list): the plain reading, kept as the oracle of {@link contextBefore}.
 */
export function contextBeforePlain(
  context: RecognizerContext,
  start: number,
  own: readonly string[],
  window: number = OWN_WINDOW,
): ContextKind {
  const { lower } = context;
  const line = lower.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(line, start - window);
  const ownEnd = lastEnd(lower, from, start, own);
  const phoneEnd = own === PHONE_WORDS ? -1 : lastEnd(lower, from, start, PHONE_WORDS);
  const refFrom = Math.max(line, start - REFERENCE_WINDOW);
  const refEnd = lastEnd(lower, refFrom, start, REFERENCE_WORDS);
  return kindOf(ownEnd, phoneEnd, refEnd);
}

function kindOf(ownEnd: number, phoneEnd: number, refEnd: number): ContextKind {
  const best = Math.max(ownEnd, phoneEnd, refEnd);
  if (best < 0) return 'none';
  if (best === refEnd) return 'reference';
  if (best === ownEnd) return 'own';
  return 'phone';
}

const ends: [number, number, number] = [-1, -1, -1];

/**
 * The kind of the nearest label before `start` on the same line: the recognizer's own words,
 * phone words, or reference words (order, invoice, tracking… in the desk's languages). The labels
 * of the whole text are found once (labels.ts) and only those in the window are looked at, so the
 * cost of a question is a binary search, not a scan of the window. A list the index does not hold
 * is read in the window. A property test holds it to {@link contextBeforePlain}.
 */
export function contextBefore(
  context: RecognizerContext,
  start: number,
  own: readonly string[],
  window: number = OWN_WINDOW,
): ContextKind {
  const ownBit = labelBit(own);
  if (ownBit === 0) return contextBeforePlain(context, start, own, window);
  const line = lineStartOf(context, start);
  labelEnds(
    context,
    {
      from: Math.max(line, start - window),
      refFrom: Math.max(line, start - REFERENCE_WINDOW),
      to: start,
      ownBit,
      phoneBit: own === PHONE_WORDS ? 0 : labelBit(PHONE_WORDS),
      refBit: labelBit(REFERENCE_WORDS),
    },
    ends,
  );
  return kindOf(ends[0], ends[1], ends[2]);
}

/** Whether the span is glued to a product code: a letter, or a letter and `-`/`_`/`/`, before or after. */
export function gluedToCode(shadow: string, start: number, end: number): boolean {
  const before = shadow.charAt(start - 1);
  const after = shadow.charAt(end);
  if (isGlueLetter(before) || isGlueLetter(after) || after === '_' || before === '_') return true;
  if ((before === '-' || before === '/') && isGlueLetter(shadow.charAt(start - 2))) return true;
  const next = shadow.charAt(end + 1);
  if ((after === '-' || after === '/') && (isGlueLetter(next) || (next >= '0' && next <= '9')))
    return true;
  return before === '#';
}
