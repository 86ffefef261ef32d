// The IBAN scan computes ibantools' check-digit sum while it reads the characters and asks
// ibantools only about the BBAN structure of a span whose check digits fit: it must find exactly
// what the plain reading finds (the characters gathered into a string, every span handed to
// ibantools' isValidIBAN).
import { fc, test } from '@fast-check/vitest';
import { countrySpecs, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { contextOf as sharedContext } from '../../../test/redact/recognizerContext.js';
import { runText } from '../runs.js';
import type { RecognizerMatch } from '../types.js';
import { findIbans, gapAt, plainSpaceAt } from './iban.js';

const alnum = (s: string, i: number) => /^[0-9A-Za-z]$/.test(s.charAt(i));

/** The reading of the previous tree: every position, the characters gathered, ibantools asked. */
function plainIbans(shadow: string): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  let i = 0;
  while (i < shadow.length) {
    const end = plainAt(shadow, i);
    if (end < 0) i++;
    else {
      found.push({ start: i, end, confidence: 0.98 });
      i = end;
    }
  }
  return found;
}

function plainAt(s: string, i: number): number {
  // The check digits right after the country code or after one space ("PL 61 1090 …").
  // Whatever stands before it: letters glued to it ("IBANDE89…") or digits (T35a).
  if (!/^[A-Za-z]{2} ?[0-9]{2}/.test(s.slice(i, i + 5))) return -1;
  // After a space, the check digits stand alone unless the code is in capitals: "is 5124…" is a
  // word before a number (T65c).
  if (/^[A-Za-z]{2} [0-9]{2}[0-9A-Za-z]/.test(s.slice(i, i + 6)) && !/^[A-Z]{2}/.test(s.slice(i)))
    return -1;
  const length = countrySpecs[s.slice(i, i + 2).toUpperCase()]?.chars;
  if (length === undefined) return -1;
  let electronic = '';
  let j = i;
  while (j < s.length && electronic.length < length) {
    if (alnum(s, j)) electronic += s.charAt(j);
    else {
      // A space, a dash or " - " between groups, or a line break with a space or "\r" before it
      // and up to eight units of a quoted reply's "> " marks after it (since session 22).
      const gap = /^(?: - |[ \r]?\n[> ]{0,8}|[ -])/.exec(s.slice(j))?.[0].length ?? 0;
      if (gap === 0 || !alnum(s, j + gap)) break;
      j += gap - 1;
    }
    j++;
  }
  // Letters glued after its last digit, or digits after its last letter ("…0130 00BIC", T35a).
  const digit = (k: number) => /^[0-9]$/.test(s.charAt(k));
  if (electronic.length !== length || (alnum(s, j) && digit(j) === digit(j - 1))) return -1;
  return isValidIBAN(electronic.toUpperCase()) ? j : -1;
}

const VALID = [
  'PL61 1090 1014 0000 0712 1981 2874',
  'PL 61 1090 1014 0000 0712 1981 2874',
  'DE89370400440532013000',
  'GB82 WEST 1234 5698 7654 32',
  'gb82west12345698765432',
  'NL91ABNA0417164300',
  'FR14 2004 1010 0505 0001 3M02 606',
  'BR15 0000 0000 0000 1093 2840 814P 2',
  'CH93-0076-2011-6238-5295-7',
  // Wrapped by a mail at a line's end (T24b).
  'DE89 3704 0044\n0532 0130 00',
  'ES91 2100 0418 4502 \n0005 1332',
  'PL61 1090 1014 0000\r\n0712 1981 2874',
  // Quoted in a reply, and groups set apart by " - " (session 22: both leaked).
  'DE89 3704 0044\n> 0532 0130 00',
  'ES91 2100 0418 4502\r\n> > 0005 1332',
  'DE89 - 3704 - 0044 - 0532 - 0130 - 00',
];

/** A valid IBAN with one character changed, dropped or doubled (a near miss). */
const nearMiss = fc
  .tuple(fc.constantFrom(...VALID), fc.nat(), fc.constantFrom('0', '7', 'A', ' ', '-', ''))
  .map(([v, at, ch]) => {
    const k = at % v.length;
    return v.slice(0, k) + ch + v.slice(k + (ch === '' ? 1 : 0));
  });

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VALID),
      nearMiss,
      fc.constantFrom(
        ' ',
        '-',
        'x',
        'PL',
        'DE12',
        '1',
        '\u00a0',
        'IBAN: ',
        'BIC',
        'IBAN',
        '\n',
        ' \n',
        '\r\n',
        '\r',
        '\n> ',
        '>',
        ' - ',
        // A word before a number whose digits pass mod-97 with it (Iceland's 26), spaced or not.
        'is 5124434717619721\n1127 3267',
        'IS 5124434717619721\n1127 3267',
        'is 51 2443 4717 6197 2111 2732 67',
        'de 89 3704 0044 0532 0130 00',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const contextOf = (t: string) => sharedContext(t, 'en', undefined);

describe('IBAN remainder read in the scan', () => {
  test.prop([text], { numRuns: 500 })('the same IBANs as asking ibantools at every span', (t) => {
    const context = contextOf(t);
    expect(findIbans(context)).toEqual(plainIbans(context.shadow));
  });

  it('finds IBANs and rejects near misses (the property is not vacuous)', () => {
    const samples = fc.sample(text, { numRuns: 300, seed: 7 });
    const found = samples.filter((t) => plainIbans(contextOf(t).shadow).length > 0).length;
    expect(found).toBeGreaterThan(30);
    expect(findIbans(contextOf('PL61 1090 1014 0000 0712 1981 2875'))).toEqual([]);
  });

  // The scan looks a country's spec up by the number of its two letters (iban.ts letterPair):
  // an ibantools code of another form would be read as some other country's.
  it('every ibantools country code is two capital letters', () => {
    expect(Object.keys(countrySpecs).filter((code) => !/^[A-Z]{2}$/.test(code))).toEqual([]);
  });
});

// findIbans asks mayStartIban before ibanAt at each run's start (T69c: the first unit an ASCII
// letter, then a letter or a combining mark): it must find what ibanAt finds tried at every
// position (findIbans with every start, the oracle), on texts with words of other scripts, marks
// typed after a country code's letters and the IBANs of the texts above.
describe('mayStartIban never rejects a start ibanAt reads an IBAN at', () => {
  const other = fc.constantFrom(
    'رقم الحساب ',
    '口座番号',
    'खाता ',
    'счёт ',
    'Ω',
    '\u0301',
    'D\u0301E89 3704 0044 0532 0130 00',
    'P\u0301L61 1090 1014 0000 0712 1981 2874',
    'PL\u0301 61 1090 1014 0000 0712 1981 2874',
    'é',
    '\u0300',
    '12',
  );
  const mixed = fc.array(fc.oneof(text, other), { maxLength: 6 }).map((parts) => parts.join(''));
  test.prop([mixed], { numRuns: 300 })('the same IBANs as ibanAt at every position', (t) => {
    const context = contextOf(t);
    const every = Array.from({ length: context.shadow.length }, (_, k) => k);
    expect(findIbans(context)).toEqual(findIbans(context, every));
  });
});

// ibanAt steps over a plain space between two groups without asking gapAt (V64h): wherever
// plainSpaceAt says so, gapAt reads a gap of one unit and an IBAN's unit after it, on texts of
// spaces beside glue (a soft hyphen, a zero-width space, a combining mark), "&nbsp;", " - ",
// line breaks and quote marks, and digits and letters of other scripts.
describe('plainSpaceAt is gapAt where it answers', () => {
  const unit = fc.constantFrom(
    ' ',
    '  ',
    '1',
    'A',
    'z',
    '-',
    ' - ',
    '\n',
    '\r\n',
    ' \n> ',
    '&nbsp;',
    '&#160;',
    '\u00ad',
    '\u200b',
    '\u0301',
    '\u0661',
    '\uff11',
    '=\r\n',
    'é',
  );
  const spaced = fc.array(unit, { maxLength: 12 }).map((parts) => parts.join(''));
  test.prop([spaced], { numRuns: 400 })('a gap of one unit before an IBAN unit', (t) => {
    const context = contextOf(t);
    const { shadow } = context;
    const glued = runText(context);
    for (let j = 0; j < shadow.length; j++) {
      if (!plainSpaceAt(shadow, glued, j)) continue;
      expect(gapAt(shadow, j, glued)).toBe(1);
      expect(alnum(shadow, j + 1)).toBe(true);
    }
  });

  it('answers at a space between groups (the property is not vacuous)', () => {
    const context = contextOf('DE89 3704');
    expect(plainSpaceAt(context.shadow, runText(context), 4)).toBe(true);
    expect(plainSpaceAt(context.shadow, runText(context), 3)).toBe(false);
  });
});
