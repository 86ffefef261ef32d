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
  irNationalCodeValid,
  peselValid,
} from '../../src/redact/checks/nationalIds.js';
import { verhoeffValid } from '../../src/redact/checks/verhoeff.js';
import * as gen from './corpus/checks.js';

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
});
