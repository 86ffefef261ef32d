// The package's check-digit validators against the corpus generator's own implementations (written
// apart, the generating way): every generated value validates, and every single-digit change of it
// is caught where the scheme promises it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { luhnValid } from '../../src/redact/checks/luhn.js';
import {
  bsnValid,
  cpfValid,
  dniLetter,
  grAmkaValid,
  ilIdValid,
  irNationalCodeValid,
  krCorporateValid,
  krRrnDated,
  krRrnValid,
  peselValid,
  trTcknValid,
} from '../../src/redact/checks/nationalIds.js';
import { verhoeffValid } from '../../src/redact/checks/verhoeff.js';
import * as gen from './corpus/checks.js';
import * as more from './moreIdsGen.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

// Change one digit (position i to a different digit): Luhn, Verhoeff, PESEL and the BSN 11-proef
// detect every single-digit substitution (CPF and the Iranian scheme do not: see below).
const mutate = (value: string, i: number, by: number) =>
  value.slice(0, i) + String((Number(value.charAt(i)) + by) % 10) + value.slice(i + 1);

describe('check digits agree with the generating algorithms', () => {
  test.prop([digits(15), fc.nat(15), fc.integer({ min: 1, max: 9 })])('Luhn', (body, i, by) => {
    const value = gen.withLuhn(body);
    expect(luhnValid(value)).toBe(true);
    expect(gen.luhnOk(value)).toBe(true);
    expect(luhnValid(mutate(value, i % value.length, by))).toBe(false);
  });

  test.prop([digits(11), fc.nat(11), fc.integer({ min: 1, max: 9 })])('Verhoeff', (body, i, by) => {
    const value = gen.withVerhoeff(body);
    expect(verhoeffValid(value)).toBe(true);
    expect(verhoeffValid(mutate(value, i % value.length, by))).toBe(false);
  });

  test.prop([
    fc.integer({ min: 1900, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    digits(4),
    fc.nat(10),
    fc.integer({ min: 1, max: 9 }),
  ])('PESEL', (y, m, d, serial, i, by) => {
    const value = gen.pesel(y, m, d, serial);
    expect(peselValid(value)).toBe(true);
    expect(peselValid(mutate(value, i, by))).toBe(false);
  });

  // CPF maps remainders 0 and 1 to the same check digit, so some substitutions slip through:
  // only agreement is asserted.
  test.prop([digits(9)])('CPF', (body) => {
    fc.pre(!/^(\d)\1+$/.test(body));
    expect(cpfValid(gen.cpf(body))).toBe(true);
  });

  test.prop([digits(8), fc.nat(8), fc.integer({ min: 1, max: 9 })])(
    'BSN (11-proef)',
    (body, i, by) => {
      const value = gen.bsn(body);
      fc.pre(value !== undefined && value !== '000000000');
      expect(bsnValid(value as string)).toBe(true);
      expect(bsnValid(mutate(value as string, i, by))).toBe(false);
    },
  );

  // The Iranian scheme folds remainders 1 and 10 onto check digit 1: only agreement is asserted.
  test.prop([digits(9)])('Iranian national code', (body) => {
    const value = gen.irCode(body);
    fc.pre(!/^(\d)\1+$/.test(value));
    expect(irNationalCodeValid(value)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 99_999_999 })])('DNI letter', (n) => {
    expect(dniLetter(String(n))).toBe(gen.dniLetter(n));
  });

  // The Korean scheme folds remainders 0 and 10 onto check digit 1: agreement, and a changed
  // check digit caught. Births from 2020 carry no check digit (krRrnValid): before 2020 only.
  test.prop([
    fc.integer({ min: 1900, max: 2019 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
    digits(5),
    fc.integer({ min: 1, max: 9 }),
  ])('Korean RRN', (y, m, d, female, five, by) => {
    const sex = (y < 2000 ? 1 : 3) + (female ? 1 : 0);
    const value = more.krRrn(`${more.pad2(y % 100)}${more.pad2(m)}${more.pad2(d)}`, sex, five);
    expect(krRrnValid(value)).toBe(true);
    expect(krRrnValid(mutate(value, 12, by))).toBe(false);
  });

  // Both check digits catch every single-digit substitution (7 and 9 are prime to 10), and a 0
  // put first is no number.
  test.prop([
    fc.integer({ min: 1, max: 9 }),
    digits(8),
    fc.nat(10),
    fc.integer({ min: 1, max: 9 }),
  ])('T.C. kimlik no', (first, rest, i, by) => {
    const value = more.tckn(`${first}${rest}`);
    expect(trTcknValid(value)).toBe(true);
    expect(trTcknValid(mutate(value, i, by))).toBe(false);
  });

  test.prop([digits(8), fc.nat(8), fc.integer({ min: 1, max: 9 })])(
    'Israeli identity number',
    (eight, i, by) => {
      fc.pre(eight !== '00000000');
      const value = more.ilId(eight);
      expect(ilIdValid(value)).toBe(true);
      expect(ilIdValid(mutate(value, i, by))).toBe(false);
    },
  );

  // Luhn catches any one changed digit, of the date too; the date itself is checked below.
  test.prop([
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 99 }),
    digits(4),
    fc.nat(10),
    fc.integer({ min: 1, max: 9 }),
  ])('AMKA', (d, m, y, serial, i, by) => {
    const value = more.amka(`${more.pad2(d)}${more.pad2(m)}${more.pad2(y)}`, serial);
    expect(grAmkaValid(value)).toBe(true);
    expect(grAmkaValid(mutate(value, i, by))).toBe(false);
  });
});

// Examples from the sources each check cites, where they give one. None of the four authorities
// publishes an example number; Hebrew Wikipedia's (מספר זהות (ישראל)) is the one found.
describe('examples and edges of the four ids of T31a', () => {
  test('Israeli identity number: Hebrew Wikipedia 050012343; all zeros is none', () => {
    expect(ilIdValid('050012343')).toBe(true);
    expect(ilIdValid('050012344')).toBe(false);
    expect(ilIdValid('000000000')).toBe(false);
  });

  test('AMKA: the date of birth is DDMMYY, of 19YY or 20YY', () => {
    // 29 February 2000 (a leap year) holds; 29 February of 1901 or 2001 does not exist.
    expect(grAmkaValid(more.amka('290200', '1234'))).toBe(true);
    expect(grAmkaValid(more.amka('290201', '1234'))).toBe(false);
    expect(grAmkaValid(more.amka('320130', '9999'))).toBe(false);
    expect(grAmkaValid(more.amka('011330', '9999'))).toBe(false);
    expect(grAmkaValid('00000000000')).toBe(false);
  });

  test('T.C. kimlik no: the first digit is not 0', () => {
    expect(trTcknValid('10000000146')).toBe(true);
    expect(trTcknValid(more.tckn('012345678'))).toBe(false);
  });

  test('Korean RRN: the century digit and the date; since 2020 no check digit', () => {
    expect(krRrnValid('9001011234568')).toBe(true);
    expect(krRrnValid('9001011234567')).toBe(false);
    // 9 and 0: born in the 1800s (29 February 1896 was a day; 1900 had none).
    expect(krRrnValid(more.krRrn('960229', 9, '12345'))).toBe(true);
    expect(krRrnValid(more.krRrn('000229', 2, '12345'))).toBe(false);
    expect(krRrnValid(more.krRrn('000229', 4, '12345'))).toBe(true);
    // 5-8: a foreigner's registration number, another id.
    expect(krRrnValid(more.krRrn('900101', 5, '23456'))).toBe(false);
    // Born in 2020 or later: every last digit.
    for (let last = 0; last <= 9; last++) expect(krRrnValid(`210315323456${last}`)).toBe(true);
  });
});

// T32b: the Korean corporate registration number's check (weights 1, 2 in turn, mod 10) against
// the generator's, and the dated reading of resident and foreigners' registration numbers.
describe('the checks of T32b', () => {
  // A weight of 2 misses a change by 5 there (2·5 ≡ 0 mod 10): agreement, and a changed digit at a
  // weight of 1 caught.
  test.prop([digits(12), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 9 })])(
    'Korean corporate registration number',
    (twelve, half, by) => {
      const value = more.krCorporate(twelve);
      expect(krCorporateValid(value)).toBe(true);
      expect(krCorporateValid(mutate(value, half * 2, by))).toBe(false);
      expect(krCorporateValid(mutate(value, 12, by))).toBe(false);
    },
  );

  // Any day of 1800-2099 and a digit of sex and century (9, 0; 1, 2 or 5, 6; 3, 4 or 7, 8) is
  // dated, whatever the last six; a day that does not exist is not.
  test.prop([
    fc.integer({ min: 1800, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
    fc.boolean(),
    digits(6),
  ])('Korean resident or foreigner registration number: dated', (y, m, d, female, foreign, six) => {
    const base = y < 1900 ? 9 : y < 2000 ? 1 : 3;
    const sex = y < 1900 ? (female ? 0 : 9) : base + (female ? 1 : 0) + (foreign ? 4 : 0);
    const date = `${more.pad2(y % 100)}${more.pad2(m)}${more.pad2(d)}`;
    expect(krRrnDated(`${date}${sex}${six}`)).toBe(true);
    expect(krRrnDated(`${more.pad2(y % 100)}${more.pad2(m)}32${sex}${six}`)).toBe(false);
    expect(krRrnDated(`${more.pad2(y % 100)}13${more.pad2(d)}${sex}${six}`)).toBe(false);
  });

  test('examples: a number passing both Korean checks; foreigners are dated, not valid', () => {
    expect(krCorporateValid('1101111234361')).toBe(true);
    expect(krRrnValid('1101111234361')).toBe(true);
    expect(krCorporateValid('1101111234362')).toBe(false);
    // 29 February: 2000 (7, 8) was a leap year, 1900 (5, 6) was not.
    expect(krRrnDated('0002297234567')).toBe(true);
    expect(krRrnDated('0002295234567')).toBe(false);
    expect(krRrnValid('9001015234567')).toBe(false);
    expect(krRrnDated('9001015234567')).toBe(true);
  });
});
