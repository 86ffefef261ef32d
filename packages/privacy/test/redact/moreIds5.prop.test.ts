// The birth number's check (T43b) against an oracle written apart, in the form its sources state
// it: the whole ten-digit number divisible by 11, or else the remainder 10 and a 0 (NZIS DASTA);
// the months as the list of the four additions; a date a date when Date gives the same day back.
// Then brute force over the ten last digits, and every id the oracle makes goes after its label as
// cz-rc, another last digit not.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { czRcValid } from '../../src/redact/checks/nationalIds5.js';

function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The additions to the month, each with the years whose numbers may carry it. */
const ADDITIONS: readonly (readonly [number, (year: number) => boolean])[] = [
  [0, () => true],
  [50, () => true],
  [20, (year) => year >= 2004],
  [70, (year) => year >= 2004],
];

function rcOracle(d: string): boolean {
  if (!/^\d{9,10}$/.test(d)) return false;
  const yy = Number(d.slice(0, 2));
  const printed = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const years =
    d.length === 9
      ? yy <= 53
        ? [1900 + yy]
        : []
      : yy >= 54
        ? [1900 + yy]
        : [1900 + yy, 2000 + yy];
  const dated = years.some((year) =>
    ADDITIONS.some(([add, since]) => since(year) && isDay(year, printed - add, day)),
  );
  if (!dated || d.length === 9) return dated;
  if (BigInt(d) % 11n === 0n) return true;
  return BigInt(d.slice(0, 9)) % 11n === 10n && d.endsWith('0');
}

const digit = fc.integer({ min: 0, max: 9 });
const two = (n: number) => `${n}`.padStart(2, '0');
// A head that is often a date: a year, a month with one of the additions or none at all, a day.
const head = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 14 }),
    fc.constantFrom(0, 20, 50, 70, 30, 60),
    fc.integer({ min: 1, max: 31 }),
    fc.tuple(digit, digit, digit),
  )
  .map(([y, m, add, day, s]) => `${two(y)}${two(m + add)}${two(day)}${s.join('')}`);

describe('cz-rc agrees with its oracle', () => {
  test.prop([head])('every last digit, and the nine digits alone', (nine) => {
    expect(czRcValid(nine)).toBe(rcOracle(nine));
    for (let c = 0; c < 10; c++) expect(czRcValid(nine + c)).toBe(rcOracle(nine + c));
  });

  test.prop([fc.string({ minLength: 8, maxLength: 11, unit: fc.constantFrom(...'0123456789a') })])(
    'any string',
    (s) => {
      expect(czRcValid(s)).toBe(rcOracle(s));
    },
  );
});

describe('brute force: the check holds for exactly one last digit where the date holds', () => {
  test.prop([head])('one of ten', (nine) => {
    const passing = [...'0123456789'].filter((c) => czRcValid(nine + c));
    const dated = [...'0123456789'].some((c) => rcOracle(nine + c));
    expect(passing.length).toBe(dated ? 1 : 0);
  });
});

describe('an id the oracle makes goes after its label; another last digit is no such id', () => {
  test.prop([head, fc.constantFrom('/', '', '-', ' ')])('cz-rc', (nine, sep) => {
    const c = [...'0123456789'].find((x) => rcOracle(nine + x));
    if (c === undefined) return;
    const print = (last: string) => `${nine.slice(0, 6)}${sep}${nine.slice(6)}${last}`;
    const types = (last: string) =>
      redact(`rodné číslo ${print(last)}`, { locale: 'cs-CZ' }).findings.map((f) => f.type);
    expect(types(c)).toEqual(['cz-rc']);
    expect(types(String((Number(c) + 1) % 10))).not.toContain('cz-rc');
  });
});
