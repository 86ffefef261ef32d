// A reference word (order, invoice, "nota fiscal", "Bestellung", "سفارش") names the value after it
// in its own sentence, not one in the next (T29a, issue #14): "Preciso da nota fiscal.
// 123.456.789-09 é o meu." went out whole, a valid CPF kept as the invoice's number. A sentence
// ends at ". " (after a word that is no abbreviation: "Bestellnr. 12345" and "Order no. 123456"
// stay references), "! ", "? ", "؟ ", "۔", "。", "।". And a CPF in its full printed form
// ("123.456.789-09", both check digits holding) is an id whatever word stands before it.

import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/max';
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { cpf } from './corpus/checks.js';
import { inScript } from './corpus/random.js';

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('a reference word names no value in the next sentence', () => {
  it.each([
    [
      'pt-BR',
      'Preciso da nota fiscal. 123.456.789-09 é o meu.',
      'Preciso da nota fiscal. [CPF] é o meu.',
    ],
    [
      'de-DE',
      'Bestellung ist da. 0151 23456789 ist meine Nummer.',
      'Bestellung ist da. [PHONE] ist meine Nummer.',
    ],
    [
      'fa-IR',
      'سفارش دادم. لطفاً با ۰۹۱۲ ۳۴۵ ۱۵۱۰ تماس بگیرید.',
      'سفارش دادم. لطفاً با [PHONE] تماس بگیرید.',
    ],
    // A CPF without its dots is no "full" shape: the sentence's end alone sends it.
    ['pt-BR', 'Veio a nota fiscal! 12345678909 é o meu.', 'Veio a nota fiscal! [CPF] é o meu.'],
    [
      'en-US',
      'Where is my order? 212-555-0187 is my cell.',
      'Where is my order? [PHONE] is my cell.',
    ],
    ['ar-SA', 'وصلت الفاتورة؟ 050 123 4567', 'وصلت الفاتورة؟ [PHONE]'],
  ])('%s %s', (locale, input, output) => {
    expect(text(input, locale)).toBe(output);
  });

  it.each([
    // An abbreviation's full stop ends no sentence: the number is the reference's.
    ['de-DE', 'Bestellnr. 0151 23456789'],
    ['de-DE', 'Bestell-Nr. 0151 23456789'],
    ['de-DE', 'Rechnung Nr. 0151 23456789'],
    ['de-DE', 'Kundennr. 0815-4711'],
    ['en-US', 'Order no. 212 555 0187'],
    ['en-US', 'Order No. 212-555-0187'],
    ['en-US', 'Order ref. 212 555 0187'],
    ['it-IT', 'Ordine n. 347 123 4567'],
    ['pt-BR', 'Pedido nº. 11 91234-5678'],
    // The same sentence: the order's number stays.
    ['de-DE', 'Bestellung ist da 0151 23456789'],
    ['pt-BR', 'Preciso da nota fiscal 12345678909'],
    ['fa-IR', 'سفارش دادم ۰۹۱۲ ۳۴۵ ۱۵۱۰'],
    // A number word after the sentence's end names the value again, as after a digit.
    ['de-DE', 'Bestellung ist da. Nr. 0151 23456789'],
  ])('%s %s stays', (locale, input) => {
    expect(text(input, locale)).toBe(input);
  });

  it('reads what the text says after redaction as it read before (idempotent)', () => {
    const once = text('Bestellung ist da. 0151 23456789. Bestellnr. 4711', 'de-DE');
    expect(once).toBe('Bestellung ist da. [PHONE]. Bestellnr. 4711');
    expect(text(once, 'de-DE')).toBe(once);
  });
});

describe('a CPF in its full printed form is an id after any word', () => {
  it.each([
    ['pt-BR', 'nota fiscal 123.456.789-09', 'nota fiscal [CPF]'],
    ['pt-BR', 'Pedido #123.456.789-09', 'Pedido #[CPF]'],
  ])('%s %s', (locale, input, output) => {
    expect(text(input, locale)).toBe(output);
  });

  it.each([
    // Check digits that fail, other shapes, and a value glued to a code stay references.
    ['pt-BR', 'nota fiscal 123.456.789-00'],
    ['pt-BR', 'nota fiscal 12345678909'],
    ['pt-BR', 'nota fiscal NF-123.456.789-09'],
    // An SSN's shape has no check digit behind it: a ticket's number may take it.
    ['en-US', 'About my order: 536-22-8714 for the check'],
  ])('%s %s stays', (locale, input) => {
    expect(text(input, locale)).toBe(input);
  });
});

// A reference sentence per locale whose word stands within the reference window of the value
// after it, so that without the stop the value is the reference's.
const SENTENCES: Readonly<Record<string, { country: CountryCode; said: readonly string[] }>> = {
  'de-DE': { country: 'DE', said: ['Bestellung ist da', 'Die Rechnung kam', 'Paket erhalten'] },
  'pt-BR': { country: 'BR', said: ['Preciso da nota fiscal', 'O pedido chegou'] },
  'fa-IR': { country: 'IR', said: ['سفارش دادم', 'فاکتور رسید'] },
  'pl-PL': { country: 'PL', said: ['Zamówienie doszło', 'Faktura przyszła'] },
  'fr-FR': { country: 'FR', said: ['Commande reçue', 'La facture est là'] },
  'es-ES': { country: 'ES', said: ['Pedido recibido', 'La factura llegó'] },
  'it-IT': { country: 'IT', said: ['Ordine arrivato', 'Fattura ricevuta'] },
  'nl-NL': { country: 'NL', said: ['Bestelling ontvangen', 'Factuur gekregen'] },
  'en-US': { country: 'US', said: ['Order arrived', 'Got the invoice', 'Parcel came'] },
  'en-GB': { country: 'GB', said: ['Order arrived', 'Got the invoice'] },
  'ar-SA': { country: 'SA', said: ['وصل الطلب', 'الفاتورة وصلت'] },
};
const STOPS: Readonly<Record<string, readonly string[]>> = {
  'fa-IR': ['. ', '؟ ', '! '],
  'ar-SA': ['. ', '؟ ', '! '],
};

/** A valid mobile of `country` in its national format, the last four digits drawn. */
function nationalMobile(country: CountryCode, last4: string): string | undefined {
  const example = getExampleNumber(country, examples);
  if (example === undefined) return undefined;
  const national = String(example.nationalNumber);
  const number = parsePhoneNumberFromString(
    `+${example.countryCallingCode}${national.slice(0, -4)}${last4}`,
  );
  return number?.isValid() ? number.formatNational() : undefined;
}

describe('a stop between a reference sentence and a value', () => {
  it('sends the value; the same sentence without it keeps it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(SENTENCES)),
        fc.nat(),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
        fc.nat(),
        fc.boolean(),
        (locale, said, nine, stop, persian) => {
          const { country, said: sentences } = SENTENCES[locale] as (typeof SENTENCES)[string];
          const sentence = sentences[said % sentences.length] as string;
          const stops = STOPS[locale] ?? ['. ', '! ', '? '];
          // A CPF in Brazil (its eleven digits bare: no shape of its own), a mobile elsewhere.
          let value =
            country === 'BR' && said % 2 === 0 ? cpf(nine) : nationalMobile(country, nine.slice(5));
          fc.pre(value !== undefined);
          if (country === 'IR' && persian) value = inScript(value as string, 'persian');
          const sent = `${sentence}${stops[stop % stops.length]}${value}`;
          const kept = `${sentence} ${value}`;
          expect(text(sent, locale)).not.toContain(value);
          expect(text(kept, locale)).toBe(kept);
        },
      ),
    );
  });
});

// T29e (issue #14): an ellipsis, and a stop before or after a closing bracket or quote, end a
// sentence too. "Bestellung ist da... 0151 23456789 ist meine Nummer." went out whole: the "."
// after a "." (or after a ")", a quote) follows no letter, so it ended nothing.
describe('an ellipsis, or a stop beside a closing bracket or quote, ends the sentence', () => {
  it.each([
    [
      'de-DE',
      'Bestellung ist da... 0151 23456789 ist meine Nummer.',
      'Bestellung ist da... [PHONE] ist meine Nummer.',
    ],
    ['de-DE', 'Bestellung ist da… 0151 23456789', 'Bestellung ist da… [PHONE]'],
    ['de-DE', 'Bestellung (ist da). 0151 23456789', 'Bestellung (ist da). [PHONE]'],
    ['de-DE', 'Bestellung "ist da". 0151 23456789', 'Bestellung "ist da". [PHONE]'],
    ['de-DE', 'Bestellung «ist da». 0151 23456789', 'Bestellung «ist da». [PHONE]'],
    ['de-DE', 'Bestellung „ist da“. 0151 23456789', 'Bestellung „ist da“. [PHONE]'],
    [
      'de-DE',
      'Er schrieb "Bestellung ist da." 0151 23456789',
      'Er schrieb "Bestellung ist da." [PHONE]',
    ],
    ['en-US', 'Order (it came!) 212-555-0187', 'Order (it came!) [PHONE]'],
    ['ja-JP', '「注文しました。」090-1234-5678', '「注文しました。」[PHONE]'],
    // T30c: two marks after the stop, a quote inside a bracket or a bracket inside a quote, ended
    // nothing, where one ended the sentence ('da.") 0151 …' kept the phone as the order's).
    [
      'de-DE',
      '(Er sagte: "Die Bestellung ist da.") 0151 23456789',
      '(Er sagte: "Die Bestellung ist da.") [PHONE]',
    ],
    ['de-DE', '«Bestellung (ist da.)» 0151 23456789', '«Bestellung (ist da.)» [PHONE]'],
    ['de-DE', '(Bestellung «ist da.») 0151 23456789', '(Bestellung «ist da.») [PHONE]'],
    ['en-US', '(She said: "Order came!") 212-555-0187', '(She said: "Order came!") [PHONE]'],
  ])('%s %s', (locale, input, output) => {
    expect(text(input, locale)).toBe(output);
  });

  it.each([
    // An abbreviation's full stop before a closing bracket ends nothing: the number is the order's.
    ['en-US', '(Order no.) 212 555 0187'],
    ['de-DE', 'Bestellung (Nr.) 0151 23456789'],
    ['en-US', 'Order no. 212 555 0187'],
    ['de-DE', 'Bestellnr. 0151 23456789'],
    // A quote or bracket with no stop before it ends nothing ("Bestellung (neu) 0151 …").
    ['de-DE', 'Bestellung (neu) 0151 23456789'],
    ['de-DE', 'Bestellung "neu" 0151 23456789'],
    // Nor do two marks after an abbreviation's full stop (T30c).
    ['de-DE', 'Bestellung ("Nr.") 0151 23456789'],
    ['en-US', '(Order "no.") 212 555 0187'],
  ])('%s %s stays', (locale, input) => {
    expect(text(input, locale)).toBe(input);
  });

  // Each form of stop around a reference sentence, each locale's sentences and mobiles.
  const WRAPS: readonly ((s: string) => string)[] = [
    (s) => `${s}... `,
    (s) => `${s}… `,
    (s) => `(${s}). `,
    (s) => `"${s}". `,
    (s) => `«${s}». `,
    (s) => `„${s}“. `,
    (s) => `"${s}." `,
    (s) => `(${s}!) `,
    (s) => `("${s}.") `,
    (s) => `«(${s}.)» `,
  ];
  it('sends the value after each of them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(SENTENCES).filter((l) => l !== 'pt-BR')),
        fc.nat(),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 4 }),
        fc.nat(WRAPS.length - 1),
        (locale, said, last4, wrap) => {
          const { country, said: sentences } = SENTENCES[locale] as (typeof SENTENCES)[string];
          const sentence = sentences[said % sentences.length] as string;
          const value = nationalMobile(country, last4);
          fc.pre(value !== undefined);
          const sent = `${(WRAPS[wrap] as (s: string) => string)(sentence)}${value}`;
          expect(text(sent, locale)).not.toContain(value);
        },
      ),
    );
  });
});
