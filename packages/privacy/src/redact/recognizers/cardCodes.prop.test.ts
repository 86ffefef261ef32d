// A code glued to its letters, then groups no issuer prints a card in (cardCodes.ts, V59i, issue
// #14): "SKU AT50 1121 9236 2645 4 Stk." stays whole, whatever the groups after the head pass,
// unless the run passes Luhn whole (the issue's rule: that run goes). A card's whole print after
// such a head still goes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { luhnOk, withLuhn } from '../../../test/redact/corpus/checks.js';
import { redact } from '../redact.js';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const letters = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHKLMNPRSTUVWXYZ'),
  minLength: 2,
  maxLength: 2,
});
const LABELS = [
  ['de-DE', 'Artikelnummer '],
  ['en-US', 'SKU '],
  ['fr-FR', 'réf. '],
  ['pt-BR', 'código do produto '],
  ['it-IT', 'codice articolo '],
  ['en-GB', ''],
] as const;
const AFTER = ['', ' 3 Stk.', ' x2', ' $30.40', ' 12,50 €'];

// Fours, then a last group of one to three digits: 4-4-4-1 up to 4-4-4-4-2 (no 4-4-4-4-3, a card's
// 19-digit print); the Luhn digit last, so the groups after the head pass Luhn.
const rest = fc
  .tuple(fc.constantFrom(3, 4), fc.integer({ min: 1, max: 3 }))
  .filter(([fours, last]) => !(fours === 4 && last === 3))
  .chain(([fours, last]) => digits(fours * 4 + last - 1).map((d) => ({ fours, d: withLuhn(d) })))
  .map(({ fours, d }) => (d.match(/.{1,4}/g) as string[]).slice(0, fours + 1).join(' '));

describe('a code glued to letters, then groups no issuer prints', () => {
  test.prop([letters, digits(2), rest, fc.constantFrom(...LABELS), fc.constantFrom(...AFTER)])(
    'stays whole where the run fails Luhn whole (before an amount: as alone)',
    (head, num, groups, [locale, label], after) => {
      // The run read whole runs on into a count or an amount's whole part after a space.
      const run = num + groups.replaceAll(' ', '') + (/^ (\d+)/.exec(after)?.[1] ?? '');
      fc.pre(!luhnOk(run));
      const code = `${label}${head}${num} ${groups}`;
      const text = `${code}${after}`;
      // Since V60c an amount after it (its decimals after a space, " 12,50 €") is read whole or
      // not at all, apart from the run (tokenAfter.ts): the code reads as it does alone.
      if (/^ \d+[.,]\d/.test(after))
        expect(redact(text, { locale }).text).toBe(redact(code, { locale }).text + after);
      else expect(redact(text, { locale }).text).toBe(text);
    },
  );

  test.prop([letters, digits(2), fc.constantFrom(...'23456'), digits(14)])(
    'takes a card printed 4-4-4-4 after it',
    (head, num, first, body) => {
      const card = withLuhn(first + body);
      const text = `SKU ${head}${num} ${(card.match(/.{4}/g) as string[]).join(' ')} x2`;
      expect(redact(text, { locale: 'en-US' }).text).toMatch(/\[CARD\] x2$/);
    },
  );
});

const TRACKING = [
  ['en-GB', 'tracking number '],
  ['de-DE', 'Sendungsnummer: '],
  ['fr-FR', 'numéro de suivi '],
  ['pt-BR', 'código de rastreamento '],
  ['nl-NL', 'zending '],
  ['ja-JP', '追跡番号 '],
] as const;

describe('a shipment’s number in fours after a tracking word (cardCodes.ts shipmentInFours)', () => {
  test.prop([
    fc.constantFrom(...'23456'),
    digits(14),
    digits(4),
    fc.constantFrom(...TRACKING),
    fc.constantFrom(' ', '-'),
    fc.constantFrom(...AFTER),
  ])(
    'stays whole though its first 16 digits pass Luhn',
    (first, body, tail, [locale, label], sep, after) => {
      const run = withLuhn(first + body) + tail;
      // (Since V64a not a year first where a card, an issuer's digit first, passes Luhn after
      // it: that card goes, the year stays; the property below.)
      fc.pre(!(/^(?:19|20)/.test(run) && /^[2-6]/.test(run.slice(4)) && luhnOk(run.slice(4))));
      const text = `${label}${(run.match(/.{4}/g) as string[]).join(sep)}${after}`;
      expect(redact(text, { locale }).text).toBe(text);
    },
  );

  test.prop([
    fc.integer({ min: 1900, max: 2099 }),
    fc.constantFrom('4', '51', '55', '6011', '65'),
    digits(14),
    fc.constantFrom(...TRACKING),
    fc.constantFrom(' ', '-'),
    // (Not a count of digits after it: the run holds it, 21 digits, LEFT in auditSession64.)
    fc.constantFrom(...AFTER.filter((a) => !/^ \d/.test(a))),
  ])(
    'a year, then a card, after a tracking word: the card goes, the year stays (V64a)',
    (year, first, body, [locale, label], sep, after) => {
      const digits15 = (first + body).slice(0, 15);
      const card = (withLuhn(digits15).match(/.{4}/g) as string[]).join(sep);
      const text = `${label}${year} ${card}${after}`;
      expect(redact(text, { locale }).text).toBe(`${label}${year} [CARD]${after}`);
    },
  );

  test.prop([fc.constantFrom(...'23456'), digits(14), digits(4)])(
    'goes as a card, its last four kept, with no tracking word',
    (first, body, tail) => {
      const card = withLuhn(first + body);
      const text = `ref: ${(`${card}${tail}`.match(/.{4}/g) as string[]).join(' ')}`;
      expect(redact(text, { locale: 'en-GB' }).text).toBe(`ref: [CARD] ${tail}`);
    },
  );
});
