// IBANs glued to the words around them (T35a, issue #14). A bank form or a PDF copied without its
// line breaks glues the next label to the IBAN ("IBAN: DE89 3704 0044 0532 0130 00BIC:
// COBADEFFXXX"), and a label typed without a space glues itself before it ("IBANDE89…"): both
// were kept whole, an alphanumeric token the IBAN reader would not cut.
//
// Decisions this file holds. The IBAN is read at its country's exact length and must pass what a
// standalone one passes (ibantools' length and BBAN structure, the mod-97 check digits); then
// - what stands before it is not read: letters are a label's ("Konto", "IBAN"), digits another
//   value's (two IBANs glued, "…2874PL61 1090 …");
// - after it, letters may follow its last digit ("BIC", "Kontoinhaber", "betreff", any word) and
//   digits its last letter (Malta's and Qatar's end in one); a digit after its last digit or a
//   letter after its last letter makes it the head of a longer code, which stays ("…0130001", a
//   Mauritian IBAN glued to "BIC": its "MUR" and "BIC" run on).
// The precision cost: a token "DE" + 20 digits + letters is redacted when its check digits fit
// (1 in 97 by chance, what a token "DE" + 20 digits alone already costs); random hex and base64
// hashes and 24-character codes, 20,000 of each, lost no head (.tmp/try/prec.ts in T35a's report).
// Every value is synthetic or a published example (ibantools accepts each).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';

type Row = [locale: string, text: string, expected: string];

function check(locale: string, text: string, expected: string): void {
  expect(redact(text, { locale }).text).toBe(expected);
}

describe('an IBAN glued to the word after it', () => {
  it.each<Row>([
    ['de-DE', 'IBAN DE89370400440532013000BIC COBADEFFXXX', 'IBAN [IBAN]BIC COBADEFFXXX'],
    ['de-DE', 'IBAN: DE89 3704 0044 0532 0130 00BIC: COBADEFFXXX', 'IBAN: [IBAN]BIC: COBADEFFXXX'],
    ['de-DE', 'DE89370400440532013000Kontoinhaber Max Muster', '[IBAN]Kontoinhaber Max Muster'],
    ['de-DE', 'DE89 3704 0044 0532 0130 00Betreff: Miete', '[IBAN]Betreff: Miete'],
    ['de-DE', 'DE89370400440532013000betreff miete', '[IBAN]betreff miete'],
    ['en-GB', 'GB82 WEST 1234 5698 7654 32SWIFT NWBKGB2L', '[IBAN]SWIFT NWBKGB2L'],
    ['fr-FR', 'FR14 2004 1010 0505 0001 3M02 606BIC BNPAFRPP', '[IBAN]BIC BNPAFRPP'],
    ['pl-PL', 'PL61 1090 1014 0000 0712 1981 2874SWIFT WBKPPLPP', '[IBAN]SWIFT WBKPPLPP'],
    // Its BBAN ends in a letter: the digits after it are the next value's.
    ['en-GB', 'MT84MALT011000012345MTLCAST001S2024', '[IBAN]2024'],
    // A hash whose head is an IBAN that validates loses that head (the rule: it validates).
    ['de-DE', 'DE89370400440532013000ab12f', '[IBAN]ab12f'],
  ])('%s: %s', check);
});

describe('an IBAN glued to the word before it', () => {
  it.each<Row>([
    ['de-DE', 'IBANDE89370400440532013000', 'IBAN[IBAN]'],
    ['de-DE', 'KontoDE89370400440532013000 bitte', 'Konto[IBAN] bitte'],
    ['de-DE', 'Konto:DE89 3704 0044 0532 0130 00', 'Konto:[IBAN]'],
    // Two IBANs a form glued: the second starts after the first's last digit.
    [
      'pl-PL',
      'PL61 1090 1014 0000 0712 1981 2874PL61 1090 1014 0000 0712 1981 2874',
      '[IBAN][IBAN]',
    ],
  ])('%s: %s', check);
});

describe('what stays: no IBAN at its exact length, or the head of a longer code', () => {
  it.each<[locale: string, text: string]>([
    // Check digits off by one.
    ['de-DE', 'IBAN DE88370400440532013000BIC COBADEFFXXX'],
    ['de-DE', 'DE89370400440532013001ab12f'],
    // A digit after its last digit: 21 digits are no German IBAN.
    ['de-DE', 'DE893704004405320130001BIC'],
    ['de-DE', 'DE893704004405320130001'],
    // A letter after its last letter.
    ['en-GB', 'MU17BOMM0101101030300200000MURBIC'],
    // SKUs and tracking numbers.
    ['de-DE', 'SKU DE12345678901234567890AB'],
    ['en-US', 'Tracking 1Z999AA10123456784 shipped'],
  ])('%s: %s', (locale, text) => check(locale, text, text));
});

// Published examples, as a form writes them: in fours or not.
const IBANS = [
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'NL91ABNA0417164300',
  'FR1420041010050500013M02606',
  'CH9300762011623852957',
  'PL61109010140000071219812874',
  'BR1500000000000010932840814P2',
  'ES9121000418450200051332',
];
const LABELS_AFTER = [
  'BIC',
  'SWIFT',
  'BLZ',
  'Kontoinhaber',
  'Betreff',
  'bic',
  'x',
  'Verwendungszweck',
];
const LABELS_BEFORE = ['', 'IBAN', 'Konto', 'iban:', 'IBAN ', 'Nr.'];
const inFours = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');

describe('a valid IBAN glued to any label', () => {
  it('the examples are valid', () => {
    for (const iban of IBANS) expect(isValidIBAN(iban), iban).toBe(true);
  });

  test.prop([
    fc.constantFrom(...IBANS),
    fc.boolean(),
    fc.constantFrom(...LABELS_BEFORE),
    fc.constantFrom(...LABELS_AFTER),
  ])('goes whole, and the labels stay', (iban, spaced, before, after) => {
    const written = spaced ? inFours(iban) : iban;
    const text = `${before}${written}${after} COBADEFFXXX`;
    const r = redact(text, { locale: 'de-DE' });
    expect(r.text).toBe(`${before}[IBAN]${after} COBADEFFXXX`);
  });

  test.prop([
    fc.constantFrom(...IBANS),
    fc.nat(),
    fc.constantFrom(...LABELS_BEFORE),
    fc.constantFrom(...LABELS_AFTER),
  ])('with one check digit changed, none of it goes as an IBAN', (iban, at, before, after) => {
    const k = 2 + (at % 2);
    const changed = `${iban.slice(0, k)}${(Number(iban.charAt(k)) + 1) % 10}${iban.slice(k + 1)}`;
    const r = redact(`${before}${changed}${after}`, { locale: 'de-DE' });
    expect(r.findings.filter((f) => f.type === 'iban')).toEqual([]);
  });
});
