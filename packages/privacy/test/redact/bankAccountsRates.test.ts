// How many random strings of each print the Czech account number (T45c) takes, 10,000 of each (a
// fixed seed), bare and after its label, in cs-CZ and in en-US. The bare rule was chosen from
// these: a random second part passes the decree's check 1 in 11 (the zeros aside), a first part
// and a second 1 in 121, and after a label any four digits are a code; bare, only the 48 listed
// codes of 10,000 and six digits or more go: 6 random ten-digit prints of 10,000 (1 in 1,667;
// about 1 in 2,300 expected), 3 of six digits.
// A second part of two digits passes 8 in 100 ("19", "27"…): after its label only.
import { describe, expect, it } from 'vitest';
import { stringsOf, takenHomeAndAway } from './rates.js';

const RUNS = 10_000;

const D = '0123456789';

describe('random strings of each print the Czech account number takes, of 10,000', () => {
  it.each([
    // print, [cs-CZ bare, cs-CZ labelled, en-US bare, en-US labelled]
    [
      [D, D, D, D, D, D, D, D, D, D, '/', D, D, D, D],
      [6, 896, 0, 896],
    ],
    [
      [D, D, D, D, D, D, '/', D, D, D, D],
      [3, 903, 0, 903],
    ],
    [
      [D, D, D, D, D, '/', D, D, D, D],
      [0, 920, 0, 920],
    ],
    [
      [D, D, '/', D, D, D, D],
      [0, 781, 0, 781],
    ],
    [
      [D, D, D, D, D, D, '-', D, D, D, D, D, D, D, D, D, D, '/', D, D, D, D],
      [1, 87, 0, 87],
    ],
  ] as const)(
    '%j',
    (print, expected) => {
      expect(
        takenHomeAndAway('bank-account', stringsOf(print, RUNS), 'číslo účtu', 'cs-CZ'),
      ).toEqual(expected);
    },
    120_000,
  );
});
