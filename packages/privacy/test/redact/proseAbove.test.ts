// T34c (issue #14): a line with an order's word alone above a value reads as the value's form
// label (context.ts formLabel), and a reference's label keeps a number in a phone's shape. "About
// my order\n(212) 555-0187" kept the phone: a sentence's opening or a mail's subject, which puts
// its order word after a preposition, is about the order and labels nothing (prepositions.ts
// proseAbove). A form's label, a noun phrase headed by its word, still keeps its value.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const go = (locale: string, text: string) => redact(text, { locale }).text;

describe('a sentence above a value is no form label (T34c)', () => {
  it.each([
    ['en-US', 'About my order\n(212) 555-0187', 'About my order\n[PHONE]'],
    ['en-US', 'About my order:\n(212) 555-0187', 'About my order:\n[PHONE]'],
    ['en-US', 'Re: my order\r\n(212) 555-0187', 'Re: my order\r\n[PHONE]'],
    ['en-US', 'RE: Order\n212-555-0187', 'RE: Order\n[PHONE]'],
    ['en-US', 'Fwd: your invoice\n212.555.0187', 'Fwd: your invoice\n[PHONE]'],
    ['en-US', 'Question about my order\n"(212) 555-0187"', 'Question about my order\n"[PHONE]"'],
    ['en-US', 'Regarding the invoice\n(212) 555-0187', 'Regarding the invoice\n[PHONE]'],
    ['en-US', 'Help with my parcel\n(212) 555-0187', 'Help with my parcel\n[PHONE]'],
    ['en-GB', 'Waiting for my order\n020 7946 0018', 'Waiting for my order\n[PHONE]'],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });

  it.each([
    // A form's label: its reference word heads it, a preposition after it or none.
    ['en-US', 'Order number\n(212) 555-0187'],
    ['en-US', 'Order number:\n(212) 555-0187'],
    ['en-US', 'Your order #\n(212) 555-0187'],
    ['en-US', 'Tracking number for your order\n(212) 555-0187'],
    ['en-US', 'Invoice\n212-555-0187'],
    ['pl-PL', 'Numer zamówienia\n600 123 456'],
    ['de-DE', 'Bestellnummer:\n0151 2345 6789'],
  ])('%s %j stays', (locale, text) => {
    expect(go(locale, text)).toBe(text);
  });

  it('a phone word above still names the value, preposition or not (held before)', () => {
    expect(go('en-US', 'About my phone\n(212) 555-0187')).toBe('About my phone\n[PHONE]');
    expect(go('en-US', 'Phone\n2125550187')).toBe('Phone\n[PHONE]');
  });
});

const PHONES = ['(212) 555-0187', '212-555-0187', '212.555.0187', '+1 212 555 0187'];

test.prop([
  fc.constantFrom('About', 'about', 'Regarding', 'Re:', 'RE:', 'Question about', 'Help with'),
  fc.constantFrom('my ', 'the ', 'your ', ''),
  fc.constantFrom('order', 'invoice', 'parcel', 'ticket', 'shipment', 'booking'),
  fc.constantFrom(...PHONES),
  fc.constantFrom('\n', '\r\n'),
])(
  'a sentence that puts its order word after a preposition labels nothing below it (T34c)',
  (opener, determiner, word, phone, newline) => {
    const line = `${opener} ${determiner}${word}`;
    const options = { locale: 'en-US' } as const;
    expect(redact(`${line}${newline}${phone}`, options).text).toBe(
      `${line}${newline}${redact(phone, options).text}`,
    );
  },
);

test.prop([
  fc.constantFrom('', 'Your '),
  fc.constantFrom('Order', 'Invoice', 'Ticket', 'Booking'),
  fc.constantFrom('', ' number', ' #', ' no.'),
  fc.constantFrom('', ':'),
  fc.constantFrom(...PHONES.slice(0, 3)),
])(
  'a form label headed by its order word keeps the value under it (T34c)',
  (your, word, number, colon, phone) => {
    const text = `${your}${word}${number}${colon}\n${phone}`;
    expect(redact(text, { locale: 'en-US' }).text).toBe(text);
  },
);
