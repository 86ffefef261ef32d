// readKanjiPhones reads a run of kanji digits written without separators through two regular
// expressions (kanjiPhones.ts GLUED, its look-behind and look-ahead). The oracle below reads the
// same rule from its words alone, unit by unit: the maximal runs of kanji digits, each read where
// it has ten to twelve digits from a zero's form (or eleven from a mainland mobile's "1" and 3 to
// 9), no numeral, digit or "第" before it, no numeral, digit, counter or unit after it, and its
// digits not counted in order. Texts here hold no separator, so only glued runs are read.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readKanjiPhones } from './kanjiPhones.js';

const DIGITS = new Map<string, number>([
  ['〇', 0],
  ['零', 0],
  ['○', 0],
  ['◯', 0],
  ['一', 1],
  ['幺', 1],
  ['二', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const NUMERALS = new Set([...'十百千万億亿', ...'0123456789']);
const NOT_BEFORE = new Set([...NUMERALS, '两', '第']);
const UNITS = new Set([
  ...'年月日时時分秒号號番円元块塊圆圓角毛人个個件台本枚回次歳岁点點倍度位名%％',
]);

/** The oracle: `text` with each glued run that is a phone's in ASCII, read unit by unit. */
function oracle(text: string): string {
  const units = [...text];
  let out = '';
  let k = 0;
  while (k < units.length) {
    if (!DIGITS.has(units[k] as string)) {
      out += units[k];
      k++;
      continue;
    }
    let end = k;
    while (end < units.length && DIGITS.has(units[end] as string)) end++;
    const run = units.slice(k, end);
    const digits = run.map((u) => DIGITS.get(u) as number);
    const before = k > 0 ? (units[k - 1] as string) : '';
    const after = end < units.length ? (units[end] as string) : '';
    const zeroStart = digits[0] === 0 && run.length >= 10 && run.length <= 12;
    const mobileStart = digits[0] === 1 && (digits[1] as number) >= 3 && run.length === 11;
    const steps = digits.slice(1).map((d, j) => (d - (digits[j] as number) + 10) % 10);
    const counted = steps.every((s) => s === 1) || steps.every((s) => s === 9);
    const read =
      (zeroStart || mobileStart) &&
      !NOT_BEFORE.has(before) &&
      !NUMERALS.has(after) &&
      !UNITS.has(after) &&
      !counted;
    out += read ? digits.join('') : run.join('');
    k = end;
  }
  return out;
}

const digit = fc.constantFrom(...DIGITS.keys());
const other = fc.constantFrom(...'十百万两第年円元人号の電話はa5、', '');
// Runs of nine to thirteen digits, the first often a zero's or a one's form, between other units.
const run = fc
  .tuple(
    fc.constantFrom('〇', '零', '○', '◯', '一', '幺', '二'),
    fc.constantFrom('三', '八', '九', '〇', '二'),
    fc.array(digit, { minLength: 7, maxLength: 11 }),
  )
  .map(([a, b, rest]) => a + b + rest.join(''));

test.prop([fc.array(fc.oneof(run, other, digit), { maxLength: 8 }).map((u) => u.join(''))])(
  'a glued kanji run is read as digits exactly where the oracle reads it',
  (text) => {
    expect(readKanjiPhones(text)).toBe(oracle(text));
  },
);

test.prop([fc.array(fc.oneof(run, other, digit), { maxLength: 8 }).map((u) => u.join(''))])(
  'the reading keeps every offset: one unit for one',
  (text) => {
    expect(readKanjiPhones(text).length).toBe(text.length);
  },
);
