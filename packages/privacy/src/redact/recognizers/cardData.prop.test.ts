// cardData.ts reads a card's verification code typed bare after the card ("4111 1111 1111 1111
// 123", "…, 123", "… 1227 123", "… 123 12/27"). Held against an oracle that shares nothing with
// it: the message is written by the property from its parts (a card valid or not, the code's
// length, where the expiry stands, what follows), and the oracle reads the rule from those parts,
// Luhn computed from the left (test/redact/corpus/checks.ts luhnOk), never from the text.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk } from '../../../test/redact/corpus/checks.js';
import { scanRuns } from '../runs.js';
import { runGrouping } from './card.js';
import { cardGroupsAtStart, mayHoldCardBefore, printedAsCard } from './cardData.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A card: Visa or Mastercard (16 digits, in fours) or Amex (15, 4-6-5), Luhn-valid or not. */
const card = fc
  .tuple(fc.constantFrom('4', '51', '37', '34'), fc.boolean(), fc.boolean())
  .chain(([head, valid, spaced]) => {
    const amex = head === '37' || head === '34';
    const n = amex ? 15 : 16;
    return digits(n - head.length - 1).map((rest) => {
      const body = head + rest;
      let check = 0;
      while (!luhnOk(body + check)) check++;
      const all = body + (valid ? check : (check + 1) % 10);
      const groups = amex ? [4, 6, 5] : [4, 4, 4, 4];
      let printed = all;
      if (spaced) {
        const parts: string[] = [];
        let at = 0;
        for (const g of groups) {
          parts.push(all.slice(at, at + g));
          at += g;
        }
        printed = parts.join(' ');
      }
      return { digits: all, printed, valid, amex, spaced };
    });
  });

/** What stands after the code (and its expiry), and whether it ends the message, line or sentence. */
const after = fc.constantFrom(
  ['', true],
  ['.', true],
  ['. thanks', true],
  ['\nthanks', true],
  [', ok?', true],
  ['。', true],
  // A closing word (T64a): a thanks, a please, the code's name; not one glued to more letters.
  [' thanks', true],
  [' merci!', true],
  [' cvv', true],
  [' спасибо', true],
  [' Thanksgiving', false],
  [' items', false],
  [' Main Street', false],
  [',50 zł', false],
  ['.50', false],
  [':30', false],
  [' €', false],
) as fc.Arbitrary<readonly [string, boolean]>;

describe('a code bare after a card goes exactly where the oracle says', () => {
  test.prop(
    [
      card,
      fc.integer({ min: 3, max: 4 }).chain(digits),
      fc.constantFrom(' ', ', ', ' / ', '\n', '; ', ' | '),
      fc.constantFrom('none', 'mmyy-before', 'mmyy-after', 'slash-after'),
      fc.integer({ min: 1, max: 12 }),
      after,
      fc.constantFrom('card ', 'my card is ', 'karta ', 'カード '),
    ],
    { numRuns: 800 },
  )(
    'the code goes where it fits its card and ends the message',
    (c, code, gap, exp, month, [tail, ends], said) => {
      const mm = String(month).padStart(2, '0');
      const before = exp === 'mmyy-before' ? `${mm}27 ` : '';
      const afterCode =
        exp === 'mmyy-after' ? ` ${mm}28` : exp === 'slash-after' ? ` ${mm}/28` : '';
      const text = `${said}${c.printed}${gap}${before}${code}${afterCode}${tail}`;
      const codeAt = said.length + c.printed.length + gap.length + before.length;
      // The digits after the card in its run (a space between), or on the next line: a card read
      // with some of them as one Luhn-valid number goes whole as the card (card.ts), no rule here.
      const groups = [
        before.trim(),
        code,
        exp === 'mmyy-after' ? `${mm}28` : exp === 'slash-after' ? mm : '',
        // An amount's decimals after a dot go on in the run (after a year behind a slash, in the
        // year's).
        gap === ' ' && tail === '.50' && exp !== 'slash-after' ? '50' : '',
      ].filter((g) => g !== '');
      const wholeWith = (k: number) => {
        const w = c.digits + groups.slice(0, k).join('');
        return w.length <= 19 && luhnOk(w);
      };
      if (gap === ' ') for (let k = 1; k <= groups.length; k++) fc.pre(!wholeWith(k));
      if (gap === '\n') fc.pre(!wholeWith(groups.length));
      // (Since V60c a code of three digits or fewer and ".50" after a space are an amount, read
      // whole or not at all apart from the run (tokenAfter.ts): the run ends before it. Since V61c
      // a whole part of four to six digits too where no "0" leads it ("card 2221 3496 3518 0458
      // 1849.71"), and so an expiry after the code ("0127 7000.50", "000 1028.50": V64b, seeds 1
      // to 3 found the oracle still at V60c's three digits.)
      const amountOf = (whole: string) => whole.length <= 3 || !whole.startsWith('0');
      const amount =
        gap === ' ' &&
        tail === '.50' &&
        (((exp === 'none' || exp === 'mmyy-before') && amountOf(code)) ||
          (exp === 'mmyy-after' && amountOf(`${mm}28`)));
      const fits = code.length === 3 || (c.amex && code.length === 4);
      const expected = c.valid && fits && ends;
      const result = redact(text, { locale: 'en-US' });
      // A card's findings: what else reads the digits (a phone in "2095 01/28.50") is no matter here.
      const covers = (start: number, end: number) =>
        result.findings.find(
          (f) => f.start <= start && end <= f.end && (f.type === 'card' || f.type === 'card-code'),
        );
      // An Amex's code of four digits that reads as a month and year, then its expiry as MMYY:
      // the first group of four is read as the expiry (a form's order), the second as the code.
      const swapped = exp === 'mmyy-after' && code.length === 4 && /^(?:0[1-9]|1[0-2])/.test(code);
      if (swapped && expected) {
        const expiryAt = codeAt + code.length + 1;
        expect(covers(codeAt, codeAt + 4), text).toBeUndefined();
        expect(covers(expiryAt, expiryAt + 4)?.type, text).toBe('card-code');
        return;
      }
      const byCode = covers(codeAt, codeAt + code.length);
      expect(byCode !== undefined, text).toBe(expected);
      if (expected) expect(byCode?.type).toBe('card-code');
      // The card goes where it is valid, unless more than four digits follow it in its run, more
      // than eight or printed in fours, and they are not its code (of its length) and expiry alone.
      // (An expiry after the code that is the amount's whole part leaves the code in the run.)
      const beforeAmount = exp === 'mmyy-after' ? code.length : before.trim().length;
      const inRun = gap !== ' ' ? 0 : amount ? beforeAmount : groups.join('').length;
      // Printed in fours throughout, the card in fours too, the last group shorter at most (a
      // parcel's number); a card whole or 4-6-5 before fours is no such print (T65c).
      const fours =
        c.spaced &&
        !c.amex &&
        groups.every((g, k) => (k < groups.length - 1 ? g.length === 4 : g.length <= 4));
      const dataAlone = fits && !groups.includes('50') && !amount;
      const cardAt = said.length;
      const byCard = covers(cardAt, cardAt + c.printed.length);
      expect(byCard !== undefined, text).toBe(
        c.valid && (inRun <= 4 || (inRun <= 8 && !fours) || dataAlone),
      );
      if (byCard !== undefined) expect(byCard.type).toBe('card');
      // What follows stays (unless a phone reads it).
      if (result.findings.every((f) => f.type !== 'phone'))
        expect(result.text.endsWith(tail)).toBe(true);
    },
  );
});

describe("cardData's grouping is card.ts's", () => {
  const lengths = fc.array(fc.constantFrom(1, 2, 3, 4, 4, 4, 5, 6, 7), {
    minLength: 1,
    maxLength: 7,
  });
  test.prop([lengths, fc.constantFrom(' ', '-'), fc.nat()])(
    'printedAsCard reads the first groups as runGrouping does',
    (sizes, sep, x) => {
      const [run] = scanRuns(sizes.map((l) => '7'.repeat(l)).join(sep));
      if (run === undefined) throw new Error('no run');
      const c = 1 + (x % sizes.length);
      expect(printedAsCard(run, c)).toBe(runGrouping(run, 0, c));
    },
  );
});

// bareCodeAfterCard asks mayHoldCardBefore before cardGroupsAtStart's digits and Luhn sums, where
// only a card that is some first groups of the run, fewer than all, reads on (T69c): it must say
// yes wherever cardGroupsAtStart finds such a card (its brute-force oracle, Luhn and all).
describe('mayHoldCardBefore never rejects a card cardGroupsAtStart finds before the run ends', () => {
  const group = fc.integer({ min: 1, max: 19 }).chain((n) => digits(n));
  // A card (valid or not, in its groups or one) and groups after it, or groups of any length.
  const head = fc.oneof(
    card.map((c) => c.printed),
    group,
  );
  test.prop([
    head,
    fc.array(group, { minLength: 1, maxLength: 5 }),
    fc.array(fc.constantFrom(' ', '-', '.'), { minLength: 6, maxLength: 6 }),
  ])('runs of a card or a group, then groups, separators mixed', (first, groups, seps) => {
    const printed = [first, ...groups.map((g, k) => `${seps[k]}${g}`)].join('');
    for (const run of scanRuns(printed)) {
      const c = cardGroupsAtStart(run);
      if (c > 0 && c < run.groupCount) expect(mayHoldCardBefore(run)).toBe(true);
    }
  });
});
