// How many random strings of each print T61c's ids take, 10,000 of each (a fixed seed), bare and
// after the label, at home and in en-US ([home bare, home labelled, en-US bare, en-US labelled]).
// The label rules were chosen from these:
// - the CURP, four capitals, six digits and eight characters drawn as its structure allows (a sex
//   of H, M or X, two capitals, three capitals, a digit or capital, a digit): its state (33 of 676
//   pairs), date and check pass so few (none here) that it goes bare, in capitals.
// - the CLABE, eighteen digits: one in ten passes; the label only.
// - the cédula, ten digits: province, third digit and check, one in 66; the label only (Ecuador's
//   mobiles have ten digits), and "cédula" names it at home only.
// - the RNOKPP, ten digits: one in ten; the label only.
// - the TFN, nine digits: one in eleven; the label only (an ACN has nine digits).
// - the MyKad, twelve digits YYMMDD-PB-###G: a date and a place, 309 (one in 32) dashed, no check;
//   bare in Malaysia in that print only, which no phone or order there takes; unbroken after the
//   label only.
import { describe, expect, it } from 'vitest';
import { stringsOf, takenHomeAndAway } from './rates.js';

const RUNS = 10_000;
const D = '0123456789';
const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const d = (n: number) => Array<string>(n).fill(D);

describe('random strings of each print, of 10,000', () => {
  it.each([
    [
      'mx-curp',
      [L, L, L, L, ...d(6), 'HMX', L, L, L, L, L, D + L, D],
      'CURP',
      'es-MX',
      [0, 0, 0, 0],
    ],
    ['bank-account', d(18), 'CLABE', 'es-MX', [0, 977, 0, 977]],
    ['ec-ci', d(10), 'cédula', 'es-EC', [0, 151, 0, 0]],
    ['ua-rnokpp', d(10), 'РНОКПП', 'uk-UA', [0, 1047, 0, 1047]],
    ['au-tfn', d(9), 'TFN', 'en-AU', [0, 890, 0, 890]],
    ['my-nric', [...d(6), '-', D, D, '-', ...d(4)], 'No. IC', 'ms-MY', [309, 309, 0, 309]],
    ['my-nric', d(12), 'No. IC', 'ms-MY', [0, 344, 0, 344]],
  ] as const)(
    '%s %#',
    (type, print, label, locale, expected) => {
      const counts = takenHomeAndAway(type, stringsOf(print, RUNS), label, locale);
      expect(counts).toEqual(expected);
    },
    120_000,
  );
});
