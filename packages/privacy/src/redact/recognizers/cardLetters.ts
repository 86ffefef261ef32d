// A card typed or read with letters for some of its digits (T61d, issue #14): "4111 1111 1111 111l",
// "4l11 1111 1111 1111", "4111 IIII 1111 1111", "51O5 1O51 0510 5100". A customer copying a card
// from a photo, or an OCR reading one, writes a capital O or a small o for a zero and a capital I,
// a small l or a bar for a one; the card recognizer reads digits only and left such a card whole.
// A capital S for a five and a capital B for an eight too ("4S11 …", "4012 BBBB 8888 1881", T63d):
// the pairs lists of characters people confuse in print give beside O/0 and I/1 (Stack Overflow
// 11919708, "Set of unambiguous looking letters & numbers for user input", read 2026-12-05: "B =
// 8", "S = 5"). A small s and b too, inside a group only, a digit or another look-alike either
// side ("4s11", "4012 88b8 8888 1881", T64a): password generators' lists of similar characters
// hold them beside 5 and 8 (gordug/pw-gen, src/password/consts.rs, SIMILAR_CHARS
// "012568BGIOQDSZbgiloqdsz", read 2026-12-05); at a group's edge a small s is a plural ("the
// 1990s") and a small b a flat's or a seat's letter ("5b"), so neither is read there. Sources
// differ on what a small b stands for: fonts' test strings set it beside 6 as well as 8
// ("b69B80Oo"); only 8 is read, the pair the brief and the capital's lists give.
//
// A print goes where it is printed as a card is (groups of four, or Amex's 4-6-5 and Diners' 4-6-4,
// one separator throughout), holds one or two of those letters, or one whole group of four of them
// and no other ("4111 IIII 1111 1111"), and with the letters read as their digits is
// a card: 13 to 19 digits, an issuer's first digit (2 to 6) and Luhn-valid. Not glued to a word or
// a code ("ORD-4111-1111-111L", "SKU-4l11 …" stay): a card is never printed so. A random print of
// that shape passes Luhn one time in ten, so a SKU of digits and those letters in fours can go
// (fail closed); SKUs and order codes with other letters, or glued to their prefix, stay.
import { luhnValid } from '../checks/luhn.js';
import { isGlueLetter } from '../context.js';
import type { NumberRun } from '../runs.js';
import type { RecognizerMatch } from '../types.js';

// A print in groups, each of digits and look-alike letters, the first of four; one separator.
const PRINT =
  /(?<![\w./-])[\dOoIl|SBsb]{4}( |-)[\dOoIl|SBsb]{4,6}(?:\1[\dOoIl|SBsb]{1,5}){1,3}(?![\w-])/g;

/**
 * A letter typed for a digit, as a digit (O, o: 0; I, l, |: 1; S: 5; B: 8), or -1. The small s
 * and b, read inside a group only, are {@link innerLookAlikeDigit}'s.
 *
 * @since 0.1.0
 */
export function lookAlikeDigit(c: number): number {
  // 'O', 'o'; 'I', 'l', '|'; 'S'; 'B'.
  if (c === 79 || c === 111) return 0;
  if (c === 73 || c === 108 || c === 124) return 1;
  return c === 83 ? 5 : c === 66 ? 8 : -1;
}

/**
 * A small s or b as the digit it is typed for inside a group (s: 5; b: 8), or -1 (see above).
 *
 * @since 0.1.0
 */
export function innerLookAlikeDigit(c: number): number {
  return c === 115 ? 5 : c === 98 ? 8 : -1;
}

// How cards are printed: 4-4-4-4(-3) and shorter last groups, Amex 4-6-5, Diners 4-6-4.
function printedAsCard(sizes: readonly number[]): boolean {
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4));
}

/**
 * The digits a print reads as with its look-alike letters mapped (see {@link lookAlikeDigit}), or
 * undefined where it is no card so typed: a print of groups `groups` must hold one or two
 * letters, or one group of four letters and no other, and read as 13 to
 * 19 digits with an issuer's first digit (2 to 6) that pass Luhn.
 *
 * @since 0.1.0
 */
export function cardWithLetters(groups: readonly string[]): string | undefined {
  if (!printedAsCard(groups.map((g) => g.length))) return undefined;
  let digits = '';
  let letters = 0;
  let wholeGroups = 0;
  for (const g of groups) {
    let own = 0;
    for (let k = 0; k < g.length; k++) {
      const c = g.charCodeAt(k);
      let d = lookAlikeDigit(c);
      if (d < 0) {
        d = innerLookAlikeDigit(c);
        // A small s or b at a group's edge: a plural, a flat's letter.
        if (d >= 0 && (k === 0 || k === g.length - 1)) return undefined;
      }
      if (d < 0) {
        digits += g.charAt(k);
        own++;
      } else {
        digits += d;
        letters++;
      }
    }
    if (own === 0 && (g.length !== 4 || wholeGroups++ > 0)) return undefined;
  }
  const first = digits.charCodeAt(0) - 48;
  // One or two letters, or one whole group of four (a run of four digits or more then stands in
  // every such print: card.ts asks only such runs).
  if (letters < 1 || (letters > 2 && !(letters === 4 && wholeGroups === 1))) return undefined;
  if (digits.length < 13 || digits.length > 19 || first < 2 || first > 6) return undefined;
  return luhnValid(digits) ? digits : undefined;
}

/**
 * Whether the unit at `k` of `s` is a look-alike letter, or a separator (" ", "-") and the two
 * units after it in direction `step` are a look-alike and a look-alike or a digit ("4111 IIII":
 * the run ends before the space; "3 of", "10 or", "2 I" are words, read no further). card.ts asks
 * it before {@link cardsWithLettersNear}, which asks it again.
 *
 * @since 0.1.0
 */
export function touchesLookAlike(s: string, k: number, step: number): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  // Glued: the look-alike, then a digit, a look-alike, a separator or the text's edge ("No1234",
  // "Vol2" are words before a number); a small s or b inside a group, then a digit or a
  // look-alike ("4s11"; "1990s " is a plural).
  if (c !== 32 && c !== 45) {
    if (lookAlikeDigit(c) >= 0) {
      // The unit after it may stand in a print: a digit, a look-alike (a small s or b too), a
      // separator, or none. (Read here: a helper of its own, asked ~360 times a pass of redact 1,
      // ticked cold and compiled alone in the measured pass, V62e.)
      const u = unitAt(s, k + step);
      return (
        u < 0 ||
        (u >= 48 && u <= 57) ||
        u === 32 ||
        u === 45 ||
        lookAlikeDigit(u) >= 0 ||
        innerLookAlikeDigit(u) >= 0
      );
    }
    if (innerLookAlikeDigit(c) < 0) return false;
    const next = unitAt(s, k + step);
    return (
      (next >= 48 && next <= 57) || lookAlikeDigit(next) >= 0 || innerLookAlikeDigit(next) >= 0
    );
  }
  // Read inside the text only (-1 past either end, as NaN read): a read past it threw this
  // function's compiled code away three times in the cold workload (--trace-deopt, T62a).
  const after = unitAt(s, k + step);
  const next = unitAt(s, k + 2 * step);
  // The unit after the separator opens a group (no small s or b there); the next may be one.
  return (
    lookAlikeDigit(after) >= 0 &&
    (lookAlikeDigit(next) >= 0 || innerLookAlikeDigit(next) >= 0 || (next >= 48 && next <= 57))
  );
}

/** The unit at `k` of `s`, or -1 outside it. */
function unitAt(s: string, k: number): number {
  return k < 0 || k >= s.length ? -1 : s.charCodeAt(k);
}

// How far from a run a print it is part of may reach: a print is at most 23 units.
const REACH = 24;

/**
 * The cards typed with letters near `run` of `s` (see {@link cardWithLetters}), pushed onto
 * `found`, where the run touches a look-alike letter (two units read per run; the expression
 * only near one): card.ts's recognizer asks it of each run. A print that starts before `last`
 * (the end of the last one pushed) is not read again; returns the new `last`.
 *
 * @since 0.1.0
 */
export function cardsWithLettersNear(
  s: string,
  run: NumberRun,
  found: RecognizerMatch[],
  last: number,
): number {
  if (!touchesLookAlike(s, run.start - 1, -1) && !touchesLookAlike(s, run.end, 1)) return last;
  const from = Math.max(0, run.start - REACH);
  const to = Math.min(s.length, run.end + REACH);
  for (const m of s.slice(from, to).matchAll(PRINT)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // The look-behind and look-ahead read ASCII (no Unicode class is compiled) and the window's
    // edges as the text's; a letter of another script glued either side is read here. A print
    // two runs reach is read once.
    if (start < last || isGlueLetter(s.charAt(start - 1)) || isGlueLetter(s.charAt(end))) continue;
    if (start === from && start > 0 && /[\w./-]/.test(s.charAt(start - 1))) continue;
    if (end === to && end < s.length && /[\w-]/.test(s.charAt(end))) continue;
    if (cardWithLetters(m[0].split(m[1] as string)) === undefined) continue;
    // Above an international phone's 0.95, as card.ts's block across lines is: a phone reads the
    // groups after a look-alike one as a number of their own ("400O 0062 7110 9208": "0062…" dials
    // Indonesia), where in digits the card's run holds them, and the union, typed by the most
    // confident, went out as [PHONE] (cardLetters.prop.test.ts at FC_SEED=13403, T65c).
    found.push({ start, end, confidence: 0.96 });
    last = end;
  }
  return last;
}
