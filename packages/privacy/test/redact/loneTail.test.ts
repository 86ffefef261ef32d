// T59a (issue #14): a phone's label, a valid number, and a last group of one or two digits that
// makes no number with it ("tel. 601 234 567 1"): read whole, the run is no number and the phone
// stayed (fail open). The numbers before the group are read, and the last one takes the group
// with it (phone.ts readWindow, takeTail). Each row of the first block was written before the
// fix and failed on the code before it.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const FIXED: readonly Row[] = [
  ['pl-PL', 'tel. 601 234 567 1', 'tel. [PHONE]'],
  ['pl-PL', 'tel. 601 234 567 12', 'tel. [PHONE]'],
  ['pl-PL', 'tel. +48 601 234 567 1', 'tel. [PHONE]'],
  ['pl-PL', 'tel. 22 123 45 67 8', 'tel. [PHONE]'],
  ['pl-PL', 'tel. 601 234 567 602 345 678 1', 'tel. [PHONE] [PHONE]'],
  ['pl-PL', 'tel. 601 234 567 1 szt.', 'tel. [PHONE] szt.'],
  ['en-US', 'call 212 555 0123 4', 'call [PHONE]'],
  // A number of another country than the customer's, whose first groups dial where the customer
  // is: in Iran "612 34 12" is a landline (the recorded corpus's three such lines).
  ['fa-IR', 'Mi teléfono es 612 34 12 60.', 'Mi teléfono es [PHONE].'],
];

const KEPT: readonly Row[] = [
  // An extension, a position and an order after the phone keep their numbers; a list's count
  // after a bare number, and a German number whose last group is its own, read as before.
  ['pl-PL', 'tel. 601 234 567 wew. 12', 'tel. [PHONE] wew. 12'],
  ['pl-PL', 'tel. 601 234 567 poz. 1', 'tel. [PHONE] poz. 1'],
  ['pl-PL', 'tel. 601 234 567, zamówienie 4471', 'tel. [PHONE], zamówienie 4471'],
  ['pl-PL', 'tel. 601 234 567 zamówienie 12', 'tel. [PHONE] zamówienie 12'],
  ['pl-PL', 'poz. 1', 'poz. 1'],
  ['pl-PL', 'tel. 601 234 567 x2', 'tel. [PHONE] x2'],
  ['pl-PL', 'tel. 601234567 1', 'tel. [PHONE] 1'],
  ['de-DE', 'Tel. 030 123 45 67 8', 'Tel. [PHONE]'],
  // Without a phone's label the run stays, as any run that reads as no number does.
  ['pl-PL', '601 234 567 1', '601 234 567 1'],
  ['pl-PL', 'zamówienie 601 234 567 1', 'zamówienie 601 234 567 1'],
];

describe.each([
  ['a labelled number, then a lone group', FIXED],
  ['neighbours that stay as they were', KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

// Polish mobiles, each checked valid below.
const POLISH = ['601 234 567', '602 345 678', '512 345 678', '723 456 789', '888 123 456'];
const LABELS = ['tel. ', 'Tel: ', 'telefon ', 'mój numer to ', 'zadzwoń '];

// The property: after a phone's label, a valid Polish mobile printed in groups and a group of
// one or two digits that makes no valid number with it leave no digit of the mobile in the text,
// and the label stays.
describe('a labelled mobile and a lone group', () => {
  test.prop([
    fc.constantFrom(...LABELS),
    fc.constantFrom(...POLISH),
    fc.integer({ min: 0, max: 99 }),
    fc.boolean(),
  ])('replaces the mobile', (label, phone, n, two) => {
    const tail = two ? String(n).padStart(2, '0') : String(n % 10);
    fc.pre(!isValidPhoneNumber(`${phone} ${tail}`, 'PL'));
    const out = redact(`${label}${phone} ${tail}`, { locale: 'pl-PL' }).text;
    expect(out.startsWith(label)).toBe(true);
    expect(out).not.toContain(phone.slice(-3));
    expect(out).toContain('[PHONE]');
  });

  it.each([
    ['PL', '601 234 567'],
    ['PL', '22 123 45 67'],
    ['US', '212 555 0123'],
    ...POLISH.map((p) => ['PL', p] as const),
  ] as const)('%s %s is a valid phone', (country: CountryCode, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
  it('with the lone group it is none', () => {
    expect(isValidPhoneNumber('601 234 567 1', 'PL')).toBe(false);
    expect(isValidPhoneNumber('612 34 12 60', 'IR')).toBe(false);
    expect(isValidPhoneNumber('612 34 12', 'IR')).toBe(true);
  });
});
