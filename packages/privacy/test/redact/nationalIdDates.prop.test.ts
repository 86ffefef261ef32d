// The calendar of the T38b checks read by arithmetic (T39a) against Date's reading, the oracle,
// and the Norwegian check's centuries tried in turn against the list it once made.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isDate, noFnrValid } from '../../src/redact/checks/nationalIds3.js';

/** The oracle: Date's calendar (a year from 1800 on, as every check here reads). */
function dateOracle(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/** The Norwegian check as it was written: the centuries listed, then the date tried in each. */
function noFnrOracle(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const two = (i: number) => Number(d.slice(i, i + 2));
  let day = two(0);
  if (day > 40) day -= 40;
  const yy = two(4);
  const individual = Number(d.slice(6, 9));
  const centuries: number[] = [];
  if (individual <= 499 || (individual >= 900 && yy >= 40)) centuries.push(1900);
  if (individual >= 500 && individual <= 749 && yy >= 54) centuries.push(1800);
  if (individual >= 500 && yy <= 39) centuries.push(2000);
  if (!centuries.some((c) => dateOracle(c + yy, two(2), day))) return false;
  const sum = (w: number[]) =>
    (w.reduce((s, x, i) => s + x * Number(d[i]), 0) + Number(d[w.length])) % 11;
  return sum([3, 7, 6, 1, 8, 9, 4, 5, 2]) === 0 && sum([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === 0;
}

describe('isDate', () => {
  test.prop([
    fc.integer({ min: 1800, max: 2099 }),
    fc.integer({ min: -1, max: 14 }),
    fc.integer({ min: -1, max: 40 }),
  ])('agrees with Date on every year the checks read', (year, month, day) => {
    expect(isDate(year, month, day)).toBe(dateOracle(year, month, day));
  });

  test.prop([
    fc.constantFrom(1800, 1900, 1996, 2000, 2024, 2100 - 1),
    fc.integer({ min: 28, max: 30 }),
  ])("agrees on February's last days of the century years and leap years", (year, day) => {
    expect(isDate(year, 2, day)).toBe(dateOracle(year, 2, day));
  });
});

describe('noFnrValid', () => {
  // Random runs pass the date one time in a few and both checks one in 121: a run of a date and
  // individual number that holds, with every pair of check digits, reaches the checks too.
  const date = fc
    .tuple(
      fc.integer({ min: 1, max: 71 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([d, m, y, i, c]) =>
        [d, m, y].map((x) => String(x).padStart(2, '0')).join('') +
        String(i).padStart(3, '0') +
        String(c).padStart(2, '0'),
    );
  test.prop([fc.oneof(fc.stringMatching(/^\d{11}$/), date)])(
    'agrees with the centuries listed',
    (d) => {
      expect(noFnrValid(d)).toBe(noFnrOracle(d));
    },
  );

  test.prop([date])(
    'of the hundred check pairs of a date, as many pass as the oracle says',
    (d) => {
      const body = d.slice(0, 9);
      for (let c = 0; c < 100; c++) {
        const n = body + String(c).padStart(2, '0');
        expect(noFnrValid(n)).toBe(noFnrOracle(n));
      }
    },
  );
});
