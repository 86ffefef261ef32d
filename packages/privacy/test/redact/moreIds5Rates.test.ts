// How many random strings of each print the birth number (T43b) takes, 10,000 of each (a fixed
// seed), bare and after its label, in cs-CZ and in en-US. The label rule was chosen from these:
// - ten digits: a date (the month +0, +20, +50, +70) and the number divisible by 11 pass 110, 1 in
//   91; a Swedish personnummer (1 in 140) goes bare in Sweden. Ten digits unbroken or 6-4 are an
//   order's print too, and go after the label only; YYMMDD/XXXX, a print an order seldom takes,
//   goes bare at home.
// - nine digits (before 1954): a date of 1900–1953 only, no check (384 pass, 1 in 26): the label
//   only.
import { describe, expect, it } from 'vitest';
import { stringsOf, takenHomeAndAway } from './rates.js';

const RUNS = 10_000;

const strings = (alphabets: readonly string[]) => stringsOf(alphabets, RUNS);

const D = '0123456789';

describe('random strings of each print the birth number takes, of 10,000', () => {
  it.each([
    // print, [cs-CZ bare, cs-CZ labelled, en-US bare, en-US labelled]
    [
      [D, D, D, D, D, D, '/', D, D, D, D],
      [110, 110, 0, 110],
    ],
    [
      [D, D, D, D, D, D, D, D, D, D],
      [0, 108, 0, 108],
    ],
    [
      [D, D, D, D, D, D, '-', D, D, D, D],
      [0, 110, 0, 110],
    ],
    [
      [D, D, D, D, D, D, '/', D, D, D],
      [0, 384, 0, 384],
    ],
  ] as const)(
    '%j',
    (print, expected) => {
      expect(takenHomeAndAway('cz-rc', strings(print), 'rodné číslo', 'cs-CZ')).toEqual(expected);
    },
    120_000,
  );
});
