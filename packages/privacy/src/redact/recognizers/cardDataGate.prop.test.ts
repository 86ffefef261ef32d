// cardData.ts asks a few units and a run's fields before any Luhn or expression (T64a): a bare code
// needs a digit in the five units after a card that is its whole run, or a card printed as one
// with an issuer's first digit and three digits more in the run; a card before its data needs a
// first group of four or the card whole. Each gate must refuse only runs the full reading refuses:
// held here against that reading as it was before the gates (T63d's), written from the pieces it
// is made of, over texts of card-like runs and what follows them.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { luhnOk } from '../../../test/redact/corpus/checks.js';
import { isGlueLetter } from '../context.js';
import { type NumberRun, scanRuns } from '../runs.js';
import type { RecognizerMatch } from '../types.js';
import {
  bareCodeAfterCard,
  cardBeforeItsData,
  cardGroupsAtStart,
  codeFitsCard,
  dataAfterCard,
  endsHere,
} from './cardData.js';

/** A digit or a letter that glues, as cardData.ts reads one. */
function glues(s: string, k: number): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  return (c >= 48 && c <= 57) || isGlueLetter(s.charAt(k));
}

/** bareCodeAfterCard without its gate (T63d's reading). */
function bareUngated(s: string, run: NumberRun, found: RecognizerMatch[]): void {
  const c = cardGroupsAtStart(run);
  if (c === 0 || glues(s, run.start - 1)) return;
  const data = dataAfterCard(s, run.groupEnd(c - 1));
  if (data === undefined || data.end < run.end || !endsHere(s, data.end)) return;
  let digits = 0;
  for (let k = 0; k < c; k++) digits += run.groupLength(k);
  if (!codeFitsCard(run.digits.slice(0, digits), data.codeEnd - data.codeStart)) return;
  found.push({ start: data.codeStart, end: data.codeEnd, confidence: 0.85 });
}

/** cardBeforeItsData without its first group's gate (T63d's reading). */
function beforeUngated(s: string, run: NumberRun, found: RecognizerMatch[]): void {
  const n = run.digitCount;
  const first = s.charCodeAt(run.start);
  if (n < 18 || n > 27 || first < 50 || first > 54) return;
  const c = cardGroupsAtStart(run);
  const g = run.groupCount;
  if (c === 0 || c === g || run.sepAt(c - 1) !== 32 || glues(s, run.start - 1)) return;
  let digits = 0;
  for (let k = 0; k < c; k++) digits += run.groupLength(k);
  const rest = run.digitCount - digits;
  if (rest <= 4) return;
  // In fours throughout, the card's groups too (T65c).
  let fours = run.groupLength(g - 1) <= 4;
  for (let k = 0; k < g - 1; k++) fours &&= run.groupLength(k) === 4;
  if (rest > 8 || fours) {
    const data = dataAfterCard(s, run.groupEnd(c - 1));
    if (data === undefined || data.end < run.end) return;
    if (!codeFitsCard(run.digits.slice(0, digits), data.codeEnd - data.codeStart)) return;
  }
  found.push({ start: run.start, end: run.groupEnd(c - 1), confidence: 0.9 });
}

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A Luhn-valid card (or one digit off) printed in fours, as Amex, or whole; or random groups. */
const head = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('4', '51', '37', '6011', '9', '1'),
      fc.constantFrom(13, 15, 16, 19),
      fc.boolean(),
      fc.constantFrom('fours', 'amex', 'whole'),
      fc.constantFrom(' ', '-'),
    )
    .chain(([prefix, n, valid, print, sep]) =>
      digits(n - prefix.length - 1).map((rest) => {
        const body = prefix + rest;
        let check = 0;
        while (!luhnOk(body + check)) check++;
        const all = body + (valid ? check : (check + 1) % 10);
        const sizes = print === 'amex' && n === 15 ? [4, 6, 5] : print === 'whole' ? [n] : [];
        if (sizes.length === 0) for (let at = 0; at < n; at += 4) sizes.push(Math.min(4, n - at));
        const parts: string[] = [];
        let at = 0;
        for (const z of sizes) {
          parts.push(all.slice(at, at + z));
          at += z;
        }
        return parts.join(sep);
      }),
    ),
  fc
    .array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 })
    .chain((sizes) => fc.tuple(...sizes.map(digits)).map((g) => g.join(' '))),
);

/** What follows: more groups in the run, a gap, a code or an expiry, words. */
const tail = fc
  .array(
    fc.constantFrom(
      ' 123',
      ' 4321',
      ' 1227',
      ' 12',
      '/27',
      ', 852',
      '\n963',
      ' / 321',
      ';741',
      ' 1',
      ' 55',
      ' 99999',
      '.',
      ', ok',
      ' thanks',
      ' items',
      'x',
      ' ',
      '\n',
    ),
    { maxLength: 4 },
  )
  .map((t) => t.join(''));

describe("cardData's gates refuse only what the full reading refuses", () => {
  test.prop([fc.constantFrom('', 'card ', 'x', '7 ', 'ref-'), head, tail], { numRuns: 2000 })(
    'bareCodeAfterCard and cardBeforeItsData push what their ungated readings push',
    (before, card, after) => {
      const s = `${before}${card}${after}`;
      for (const run of scanRuns(s)) {
        const gated: RecognizerMatch[] = [];
        const full: RecognizerMatch[] = [];
        if (run.digitCount >= 13 && run.digitCount <= 23) {
          bareCodeAfterCard(s, run, gated);
          bareUngated(s, run, full);
        }
        if (run.groupCount > 2) {
          cardBeforeItsData(s, run, gated);
          beforeUngated(s, run, full);
        }
        expect(gated, s).toEqual(full);
      }
    },
  );

  test('not vacuous: both readings push a code and a card before its data', () => {
    const read = (s: string, ask: typeof bareCodeAfterCard) => {
      const found: RecognizerMatch[] = [];
      for (const run of scanRuns(s)) ask(s, run, found);
      return found.length;
    };
    expect(read('card 4111 1111 1111 1111, 123', bareCodeAfterCard)).toBe(1);
    expect(read('card 4111 1111 1111 1111 1227 123', bareCodeAfterCard)).toBe(1);
    expect(read('card 4111111111111111\n852', bareCodeAfterCard)).toBe(1);
    expect(read('card 4111 1111 1111 1111 123 12/27', cardBeforeItsData)).toBe(1);
  });
});
