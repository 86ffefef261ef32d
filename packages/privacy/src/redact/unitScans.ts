// Scans of a few units that stand for a regular expression on the hot pass (V62g, session 62): a
// call of a RegExp builtin costs ~200 instructions before the engine reads a unit, and a global
// replace that builds a string ~2,000 to 4,000 (hotPass redact 1 8's callers of V8's RegExp
// builtins, session 62: the IBAN's BBAN cleaned 1,393 times a pass at ~3,950 instructions each,
// a card's digits 1,490 times at ~2,200). Each reads the units it needs by char code, ASCII only,
// and hands any other unit to the expression it replaces, so that the two cannot disagree on
// one: unitScans.prop.test.ts holds each to that expression on generated strings of its alphabet
// (Unicode spaces, digits of other scripts and combining marks among them). Measured (hotPass
// redact 1 8 with KEEP_CG, by call edge): the BBAN -4.8M (bbanOf itself costs 2.4M of it back,
// ~1,700 instructions an IBAN: its slices and joins), a card's digits -1.9M; with folded's test
// for the first unit past ASCII (-0.3M, digits.ts) 549,348,407 to 543,243,555 outside V8's
// optimising compiler (-1.11%), hash unchanged.

// A unit past the spacing modifier letters, where combining marks start (U+0300).
const PAST_SPACING = /[^\0-\u02ff]/;

/**
 * The BBAN of an IBAN read from `s` between `from` and `to`: its characters without the spaces,
 * line breaks, a quoted reply's ">" marks, dashes and combining marks read between its groups,
 * in capitals. `s.slice(from, to)` without `/[\s>-]/g` (and `/\p{M}/gu` where a unit past U+02FF
 * stands), upper-cased; a text with a unit past ASCII is read so (internal: iban.ts).
 *
 * @param s - The shadow the IBAN was read from.
 * @param from - The first unit of the BBAN's read.
 * @param to - Its end (exclusive).
 * @returns The BBAN ibantools' pattern reads.
 * @since 0.1.0
 */
export function bbanOf(s: string, from: number, to: number): string {
  let out = '';
  let run = from;
  // Whether a lower-case ASCII letter stands in it: only then is the BBAN upper-cased, a call into
  // V8's runtime (~1,000 instructions an IBAN, its CEntry under bbanOf, V63f) that most IBANs,
  // written in capitals and digits, asked for nothing.
  let lower = false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    // ASCII's white space (\t \n \v \f \r and the space), "-" and ">".
    if (c === 32 || c === 45 || c === 62 || (c >= 9 && c <= 13)) {
      if (k > run) out += s.slice(run, k);
      run = k + 1;
    } else if (c >= 0x80) {
      const read = s.slice(from, to).replace(/[\s>-]/g, '');
      return (PAST_SPACING.test(read) ? read.replace(/\p{M}/gu, '') : read).toUpperCase();
    } else if (c >= 97 && c <= 122) lower = true;
  }
  if (to > run) out += s.slice(run, to);
  return lower ? out.toUpperCase() : out;
}

/**
 * `s` with each unit `unit` that stands between two ASCII digits written as `by` (one unit, no
 * digit): `s.replace(/(?<=\d)U(?=\d)/g, by)` for the unit U, by indexOf and two compares per unit
 * found, where that replacement cost ~4,400 instructions a text holding U anywhere (a Persian
 * text's half-spaces between letters, a Japanese one's prolonged sound marks in its words: 441
 * texts a pass of redact 1's 6,000, V63f). `s` itself where none stands so (internal: digits.ts
 * shadowOf, whose shadow holds its digits in ASCII).
 *
 * @param s - The shadow.
 * @param unit - The code unit looked for (U+200C, U+30FC, U+FF70).
 * @param by - What it is read as between digits (" ", "-").
 * @returns The shadow so read.
 * @since 0.1.0
 */
export function joinedBetweenDigits(s: string, unit: number, by: string): string {
  const u = String.fromCharCode(unit);
  let at = s.indexOf(u);
  let out = '';
  let run = 0;
  // (No unit is read outside `s`: a read there, NaN, threw a compiled reader out, T56d.)
  const last = s.length - 1;
  while (at >= 0) {
    const before = at > 0 ? s.charCodeAt(at - 1) : 0;
    const after = at < last ? s.charCodeAt(at + 1) : 0;
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57) {
      out += s.slice(run, at) + by;
      run = at + 1;
    }
    at = s.indexOf(u, at + 1);
  }
  return run === 0 ? s : out + s.slice(run);
}

/**
 * How many ASCII digits `s` holds between `from` and `to`: the length of
 * `s.slice(from, to).replace(/\D/g, '')` without making it (internal: card.ts asks whether a
 * match holds an IMEI's fifteen).
 *
 * @param s - The text (a shadow: its digits of every script are ASCII).
 * @param from - The first unit read.
 * @param to - The end (exclusive).
 * @returns The count of units "0" to "9".
 * @since 0.1.0
 */
export function asciiDigitCount(s: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}
