// What T24b's audit (.tmp/t24b/a5.ts) found in email threads and web forms, and what T23b's left:
// a phone at a link's end, quoted-printable bodies, Arabic "my number", a card's last digit alone
// on a line, values split by a quoted reply's "> " or an HTML line break; with the look-alikes
// that stay. Values are synthetic.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('what must go', () => {
  it.each([
    // A number written with separators that ends a link is the number (a contact page's).
    [
      'pl-PL',
      'Strona: https://shop.pl/kontakt/600-123-456',
      'Strona: https://shop.pl/kontakt/[PHONE]',
    ],
    [
      'en-US',
      'see https://example.com/contact/212-555-0187.',
      'see https://example.com/contact/[PHONE].',
    ],
    [
      'en-US',
      'https://example.com/c/212-555-0187?ref=mail',
      'https://example.com/c/[PHONE]?ref=mail',
    ],
  ])('%s %j', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });
});

describe('what must stay', () => {
  it.each([
    // A bare number in a link needs a label, as any bare number; a file's name is a code.
    ['pl-PL', 'https://shop.pl/zamowienie/600123456'],
    ['en-US', 'https://example.com/p/212-555-0187.jpg'],
    ['en-US', 'https://example.com/p/212-555-0187/reviews'],
    ['en-US', 'https://shop.example/orders/212-555-0187'],
  ])('%s %j', (locale, text) => {
    expect(out(text, locale)).toBe(text);
  });
});
