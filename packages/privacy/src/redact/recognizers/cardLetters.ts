// A card typed or read with letters for some of its digits (T61d, issue #14): "4111 1111 1111 111l",
// "4l11 1111 1111 1111", "4111 IIII 1111 1111", "51O5 1O51 0510 5100". A customer copying a card
// from a photo, or an OCR reading one, writes a capital O or a small o for a zero and a capital I,
// a small l or a bar for a one; the card recognizer reads digits only and left such a card whole.
//
// A print goes where it is printed as a card is (groups of four, or Amex's 4-6-5 and Diners' 4-6-4,
// one separator throughout), holds one to four of those letters and nine digits or more, no group
// of letters alone but a whole group of four ("IIII"), and with the letters read as their digits is
// a card: 13 to 19 digits, an issuer's first digit (2 to 6) and Luhn-valid. Not glued to a word or
// a code ("ORD-4111-1111-111L", "SKU-4l11 …" stay): a card is never printed so. A random print of
// that shape passes Luhn one time in ten, so a SKU of digits and those letters in fours can go
// (fail closed); SKUs and order codes with other letters, or glued to their prefix, stay.
import { luhnValid } from '../checks/luhn.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';

// A print in groups, each of digits and look-alike letters, the first of four; one separator.
const PRINT =
  /(?<![\p{L}\p{N}_./-])[\dOoIl|]{4}( |-)[\dOoIl|]{4,6}(?:\1[\dOoIl|]{1,5}){1,3}(?![\p{L}\p{N}_-])/gu;

/** A letter typed for a digit, as a digit (O, o: 0; I, l, |: 1), or -1. */
export function lookAlikeDigit(c: number): number {
  // 'O', 'o'; 'I', 'l', '|'.
  return c === 79 || c === 111 ? 0 : c === 73 || c === 108 || c === 124 ? 1 : -1;
}

// How cards are printed: 4-4-4-4(-3) and shorter last groups, Amex 4-6-5, Diners 4-6-4.
function printedAsCard(sizes: readonly number[]): boolean {
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4));
}

/**
 * The digits a print reads as with its look-alike letters mapped (see {@link lookAlikeDigit}), or
 * undefined where it is no card so typed: a print of groups `groups` must hold one to four
 * letters and nine digits or more, no group of letters alone but one of four, and read as 13 to
 * 19 digits with an issuer's first digit (2 to 6) that pass Luhn.
 *
 * @since 0.1.0
 */
export function cardWithLetters(groups: readonly string[]): string | undefined {
  if (!printedAsCard(groups.map((g) => g.length))) return undefined;
  let digits = '';
  let letters = 0;
  for (const g of groups) {
    let own = 0;
    for (let k = 0; k < g.length; k++) {
      const c = g.charCodeAt(k);
      const d = lookAlikeDigit(c);
      if (d < 0) {
        digits += g.charAt(k);
        own++;
      } else {
        digits += d;
        letters++;
      }
    }
    if (own === 0 && g.length !== 4) return undefined;
  }
  const first = digits.charCodeAt(0) - 48;
  if (letters < 1 || letters > 4 || digits.length - letters < 9) return undefined;
  if (digits.length < 13 || digits.length > 19 || first < 2 || first > 6) return undefined;
  return luhnValid(digits) ? digits : undefined;
}

/**
 * Whether the unit at `k` of `s` is a look-alike letter, or a separator (" ", "-") and the unit
 * after it in direction `step` is one ("4111 IIII": the run ends before the space).
 */
function touchesLookAlike(s: string, k: number, step: number): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  if (c === 32 || c === 45) return k + step >= 0 && lookAlikeDigit(s.charCodeAt(k + step)) >= 0;
  return lookAlikeDigit(c) >= 0;
}

// How far from a run a print it is part of may reach: a print is at most 23 units.
const REACH = 24;

function findCardsWithLetters(context: RecognizerContext): RecognizerMatch[] {
  const s = context.shadow;
  const found: RecognizerMatch[] = [];
  // Only where a run of digits touches a look-alike letter (a card so typed holds a run of two
  // digits or more beside one): two units read per run, the expression read near it.
  let last = 0;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    if (!touchesLookAlike(s, run.start - 1, -1) && !touchesLookAlike(s, run.end, 1)) continue;
    const from = Math.max(0, run.start - REACH);
    const to = Math.min(s.length, run.end + REACH);
    for (const m of s.slice(from, to).matchAll(PRINT)) {
      const start = from + m.index;
      const end = start + m[0].length;
      // The look-behind and look-ahead read the window's edges as the text's; a print two runs
      // reach is read once.
      if (start < last) continue;
      if (start === from && start > 0 && /[\p{L}\p{N}_./-]/u.test(s.charAt(start - 1))) continue;
      if (end === to && end < s.length && /[\p{L}\p{N}_-]/u.test(s.charAt(end))) continue;
      if (cardWithLetters(m[0].split(m[1] as string)) === undefined) continue;
      found.push({ start, end, confidence: 0.85 });
      last = end;
    }
  }
  return found;
}

/**
 * A payment card typed with letters for one to four of its digits (O or o for a zero; I, l or |
 * for a one), printed as cards are and Luhn-valid with them read as digits (see
 * {@link cardWithLetters}): "4111 1111 1111 111l", "4111 IIII 1111 1111". Typed `card`.
 *
 * @since 0.1.0
 */
export const cardLettersRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'card-letters',
  type: 'card',
  placeholder: '[CARD]',
  find: findCardsWithLetters,
});
