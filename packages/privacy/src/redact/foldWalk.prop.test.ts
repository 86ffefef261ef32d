// The shadow's fold finds the first unit past ASCII with a search, counts from it in an int32 and
// searches past eight ASCII units in a row for the next unit that is not (V60d); the digit runs
// read a text's glue only where it holds some. Each must answer as the reading it stands for: the
// fold read unit by unit from the text's start (foldedPlain), the runs reading the shadow as its
// own text at every group's end (as scanRuns did before V60d).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ASTRAL_DIGIT_ZEROS } from './astralDigits.js';
import { DIGIT_ZEROS, foldedNotes, foldedPlain, shadowOf, shadowOfPlain } from './digits.js';
import { type NumberRun, scanRuns } from './runs.js';

// ASCII stretches of every length around the search's threshold: letters, digits, separators,
// line breaks.
const ascii = fc
  .array(fc.constantFrom('a', 'x', 'T', '1', '0', '9', ' ', '-', '.', '/', '\n', '\r\n', ':'), {
    maxLength: 24,
  })
  .map((p) => p.join(''));
// A digit of every script of the BMP and past it, the Latin-1 superscripts, the spaces, marks and
// invisible characters the fold reads (NBSP, ZWNJ, the bidi marks and isolates, the soft hyphen,
// combining marks), letters that fold to themselves, and any unit.
const other = fc.oneof(
  fc
    .tuple(fc.constantFrom(...DIGIT_ZEROS), fc.integer({ min: 0, max: 9 }))
    .map(([z, d]) => String.fromCharCode(z + d)),
  fc
    .tuple(fc.constantFrom(...ASTRAL_DIGIT_ZEROS), fc.integer({ min: 0, max: 9 }))
    .map(([z, d]) => String.fromCodePoint(z + d)),
  fc.constantFrom(
    '²',
    '³',
    '¹',
    '\u00a0',
    '\u202f',
    '\u200c',
    '\u200e',
    '\u200f',
    '\u061c',
    '\u202b',
    '\u2067',
    '\u00ad',
    '\u0301',
    '\u20e3',
    '\ufe0f',
    'é',
    'ł',
    'д',
    'م',
    '電',
    '１',
    '－',
  ),
  fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(fc.oneof(ascii, other), { maxLength: 12 }).map((p) => p.join(''));

/** A run as plain data: its bounds, counts and every group's bounds. */
function plainRun(run: NumberRun): number[] {
  const groups: number[] = [];
  for (let k = 0; k < run.groupCount; k++) groups.push(run.groupStart(k), run.groupEnd(k));
  return [run.start, run.end, run.groupCount, run.digitCount, run.dots, ...groups];
}

describe('the fold walks a text as a unit-by-unit reading does', () => {
  test.prop([text])('same shadow, highest unit and superscripts', (t) => {
    expect(foldedNotes(t)).toEqual(foldedPlain(t));
    expect(shadowOf(t)).toBe(shadowOfPlain(t));
  });

  // A fold, a mark by a digit or a superscript right after the search's threshold of ASCII units,
  // before it, and a text that ends inside a stretch of them.
  test.prop([
    fc.constantFrom(
      'é order 12345678\u0301 x',
      'é abcdefghijk ٣',
      'é abcdefgh1\u0301',
      'é 1234567\u0301',
      'é 12345678 ²',
      'é zzzzzzzzzzzzzzzzzzzzzzzz',
      'é 0151 2345678\u00a09',
    ),
  ])('not vacuous: past ASCII stretches of eight units and more', (t) => {
    const notes = foldedNotes(t);
    expect(notes).toEqual(foldedPlain(t));
    expect(notes[0]).not.toMatch(/[\u0301\u0663\u00a0]/);
  });

  // Where the fold's first loop hands over to its second (V61f): a unit that folds first, last,
  // several in a row, one alone between ASCII stretches past the search's threshold, a mark after
  // a folded digit, a superscript beside folded units, a pair past the BMP between them.
  test.prop([
    fc.constantFrom(
      '\u0661\u0662\u0663',
      '\u0663\u0301x',
      'abc\u00a0',
      '\u00a0abcdefghijklmnop\u00a0',
      '１２３－４５６７ ｘ',
      'tel ۰۹۱۲\u200c۳۴۵ abcdefghij ۶۷۸۹',
      '²\u0661³',
      '\u0661\ud835\udfce\u0662',
      'é 12\u2009345\u0301 678',
    ),
  ])('not vacuous: units that fold first, last, in a row and alone', (t) => {
    const notes = foldedNotes(t);
    expect(notes).toEqual(foldedPlain(t));
    expect(notes[0]).toHaveLength(t.length);
    expect(notes[0]).not.toBe(t);
  });
});

describe('the runs read glue only in a text that holds some', () => {
  test.prop([text])('a shadow read alone gives the runs it gives read as its own text', (t) => {
    const shadow = shadowOf(t);
    const alone = scanRuns(shadow, 2).map(plainRun);
    expect(alone).toEqual(scanRuns(shadow, 2, undefined, shadow).map(plainRun));
  });
});
