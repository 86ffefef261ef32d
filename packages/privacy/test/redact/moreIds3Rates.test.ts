// How many random strings of each id's print the ids of T38b take (issue #14: order numbers must
// stay), 10,000 of each (a fixed seed), bare and after the id's label, in its country's locale and
// in en-US. The label rule of each id was chosen from these counts, as nationalIds2.ts's were:
// - fi-hetu, a date-led print "DDMMYY", a sign of the thirteen, three digits, a character of the
//   31: its date holds for 1 in 27 and its check for 1 in 31: 8 of 10,000 pass; with a letter in
//   it that is a print no other number takes, and it goes bare anywhere. Its digits-only print
//   ("150385-1241") is a date-led reference's shape whose check 1 in 31 of them passes, and goes
//   bare only in Finland.
// - dk-cpr, ten digits printed 6-4: only its date is checked (362 pass, 1 in 28): its label only.
// - no-fnr, eleven digits: a date, a century's individual number and two mod-11 digits (5 of
//   10,000 pass): strong enough to go bare at home as a Swedish one does, but eleven digits are a
//   Norwegian account's and order's length too: its label only, in Norway too.
// - sg-nric, a capital, seven digits, a capital: 72 pass, 1 in 139 (5 prefixes of 26, 1 letter of
//   26), and 384, 1 in 26, of those a prefix starts; a Spanish NIE, the same print, passes 1 in 23 of its own
//   and goes anywhere: so does this.
// - is-kt, ten digits printed 6-4: a date, a mod-11 digit and a century of three (6 of 10,000
//   pass): bare in Iceland, as a Swedish personnummer (1 in 140) is in Sweden.
import { describe, expect, it } from 'vitest';
import { stringsOf, taken } from './rates.js';

const RUNS = 10_000;

const strings = (alphabets: readonly string[]) => stringsOf(alphabets, RUNS);

const D = '0123456789';
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('random strings of each print each id takes, of 10,000', () => {
  it.each([
    // type, print, locale, label, [home bare, home labelled, en-US bare, en-US labelled]
    [
      'fi-hetu',
      [D, D, D, D, D, D, '+-ABCDEFYXWVU', D, D, D, '0123456789ABCDEFHJKLMNPRSTUVWXY'],
      'fi-FI',
      'henkilötunnus ',
      [8, 8, 8, 8],
    ],
    ['fi-hetu', [D, D, D, D, D, D, '-', D, D, D, D], 'fi-FI', 'hetu ', [11, 11, 0, 11]],
    ['dk-cpr', [D, D, D, D, D, D, '-', D, D, D, D], 'da-DK', 'CPR-nr. ', [0, 362, 0, 362]],
    ['no-fnr', [D, D, D, D, D, D, D, D, D, D, D], 'nb-NO', 'fødselsnummer ', [0, 5, 0, 5]],
    ['sg-nric', [AZ, D, D, D, D, D, D, D, AZ], 'en-SG', 'NRIC ', [72, 72, 72, 72]],
    ['sg-nric', ['STFGM', D, D, D, D, D, D, D, AZ], 'en-SG', 'NRIC ', [384, 384, 384, 384]],
    ['is-kt', [D, D, D, D, D, D, '-', D, D, D, D], 'is-IS', 'kennitala ', [6, 6, 0, 6]],
  ] as const)(
    '%s %j',
    (type, print, locale, label, expected) => {
      const bare = strings(print);
      const labelled = bare.map((s) => label + s);
      expect([
        taken(type, bare, locale),
        taken(type, labelled, locale),
        taken(type, bare, 'en-US'),
        taken(type, labelled, 'en-US'),
      ]).toEqual(expected);
    },
    120_000,
  );
});
