// V60a (issue #14, phoneCarrier.ts): a UPS shipment's number, "1Z" and 16 letters and digits
// (the shipper's 6, the service's 2, the package's 8: track-hive.com/blog/ups-tracking-number-
// format), printed in groups or glued, after a shipment's, an article's or no label, with a
// count, an amount or a date after it: its digits after the shipper's letters went as a phone of
// the customer's country ("Sendungsnummer 1Z ASL 808 29 1635 0486 x4"). Stated in the domain's
// words: the shipment's number stays as written; a phone after it, labelled or led by its trunk,
// still goes; and the phone recognizer agrees with its oracle (test/redact/phoneOracle.ts reads
// the code with a regular expression of its own).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';

const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const LABELS: readonly (readonly [string, string])[] = [
  ['de-DE', 'Sendungsnummer '],
  ['de-DE', 'Art.-Nr. '],
  ['de-DE', ''],
  ['en-GB', 'tracking number '],
  ['en-US', 'UPS '],
  ['fr-FR', 'colis '],
  ['it-IT', 'spedizione '],
  ['pt-BR', 'rastreio '],
  ['hi-IN', 'ट्रैकिंग: '],
  ['fa-IR', 'کد رهگیری '],
  ['zh-CN', '快递单号 '],
];
const AFTER = ['', ' x4', ' 8 Stk.', ' 12,99 €', ' $30.40', ' 2026-12-06', ' 3個'];
// Prints of the 16 characters after "1Z": glued, as UPS's labels group them, as shops do.
const PRINTS: readonly ((c: string) => string)[] = [
  (c) => `1Z${c}`,
  (c) => `1Z ${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6, 8)} ${c.slice(8, 12)} ${c.slice(12)}`,
  (c) => `1Z${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6, 8)} ${c.slice(8, 12)} ${c.slice(12)}`,
  (c) => `1Z ${c.slice(0, 6)} ${c.slice(6, 8)} ${c.slice(8)}`,
  (c) => `1Z-${c.slice(0, 6)}-${c.slice(6, 8)}-${c.slice(8)}`,
];

// The services' codes as the page lists them (01 Next Day Air, 02 2nd Day Air, 03 Ground, 12
// 3-Day Select, 13 Next Day Air Saver, 14 Next Day Air Early).
const code = fc
  .tuple(
    fc.array(fc.constantFrom(...ALNUM), { minLength: 6, maxLength: 6 }),
    fc.constantFrom('01', '02', '03', '12', '13', '14'),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 8, maxLength: 8 }),
  )
  .map(([account, service, digits]) => account.join('') + service + digits.join(''));

describe('a UPS shipment’s number holds no phone (V60a)', () => {
  test.prop([
    code,
    fc.constantFrom(...PRINTS),
    fc.constantFrom(...LABELS),
    fc.constantFrom(...AFTER),
  ])('no phone is read in it', (c, print, [locale, label], after) => {
    // (A card may be: its digits with a count's or an amount's after them are at times a
    // Luhn-valid run of 13 to 19, which goes whatever its label, the rule; card.ts.)
    const text = `${label}${print(c)}${after}`;
    expect(redact(text, { locale }).text).not.toContain('[PHONE]');
  });

  // (Not after the code printed with "-": a number after "…-00000000" stayed before V60a too,
  // auditSession60ProductCodes LEFT.)
  test.prop([
    code,
    fc.constantFrom(...PRINTS.slice(0, 4)),
    fc.constantFrom('', 'Sendung '),
    fc.constantFrom(', Tel. 0151 23456789', ', Handy: +49 151 23456789', ' Tel. 030 1234567'),
  ])('a labelled phone after it still goes', (c, print, label, phone) => {
    // (A phone after it with no label of its own stays at times, as after the same digits with
    // no "1Z" before V60a: "1ZAAA AAA 01 0000 0000 0151 23456789", auditSession60ProductCodes
    // LEFT.)
    const text = `${label}${print(c)}${phone}`;
    const out = redact(text, { locale: 'de-DE' }).text;
    // (The code's digits may go as a card, Luhn-valid: never as a phone.)
    expect(out.endsWith('[PHONE]')).toBe(true);
    expect(out.indexOf('[PHONE]')).toBe(out.length - 7);
  });

  test.prop([
    code,
    fc.constantFrom(...PRINTS),
    fc.constantFrom(...LABELS),
    fc.constantFrom(...AFTER, ' 0151 23456789', ', Tel. 030 1234567', ' +44 7911 123456'),
    fc.constantFrom('DE', 'GB', 'US', 'FR', 'IN', 'IR', 'CN', undefined),
  ])('the phone recognizer agrees with its oracle', (c, print, [locale, label], after, country) => {
    const [fast, plain] = phoneAndOracle(contextOf(`${label}${print(c)}${after}`, locale, country));
    expect(fast).toEqual(plain);
  });
});

// Not vacuous: before V60a these went (each a phone inside the code), and a code cut short, or
// "1Z" inside a word, is no UPS number: the phone after it reads as before.
it('the rows that went, and what is no UPS number', () => {
  expect(redact('Sendungsnummer 1Z ASL 808 29 1635 0486 x4', { locale: 'de-DE' }).text).toBe(
    'Sendungsnummer 1Z ASL 808 29 1635 0486 x4',
  );
  expect(redact('1Z ASL 808 0151 23456789', { locale: 'de-DE' }).text).toBe('1Z ASL [PHONE]');
  expect(redact('X1Z ASL 808 29 1635 0486', { locale: 'de-DE' }).text).toBe('X1Z ASL [PHONE]');
});
