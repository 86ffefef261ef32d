// What T24b's audit (.tmp/t24b/a5.ts) found in email threads and web forms, and what T23b's left:
// a phone at a link's end, quoted-printable bodies, Arabic "my number", a card's last digit alone
// on a line, values split by a quoted reply's "> " or an HTML line break; with the look-alikes
// that stay. Values are synthetic.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('what must go', () => {
  it.each([
    // A number written as a phone's (three groups, or two after a trunk "0") that ends a link is
    // the number (a contact page's).
    ['de-DE', 'https://example.de/kontakt/0151-23456789', 'https://example.de/kontakt/[PHONE]'],
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
    // A quoted-printable body writes "@" as "=40" (its "=20", "=3D", soft line breaks, encoded
    // letters or its header say it is one).
    [
      'de-DE',
      'Content-Transfer-Encoding: quoted-printable\n\nMail: max=40example.de',
      'Content-Transfer-Encoding: quoted-printable\n\nMail: [EMAIL]',
    ],
    ['en-US', 'Hi,=20write to jane=40example.com.=\nThanks', 'Hi,=20write to [EMAIL].=\nThanks'],
    ['pl-PL', 'Dzie=C5=84 dobry, jan=40example.pl', 'Dzie=C5=84 dobry, [EMAIL]'],
    // Arabic "my number" labels a phone written bare or one digit at a time.
    ['ar-SA', 'رقمي ٠ ٥ ٠ ١ ٢ ٣ ٤ ٥ ٦ ٧', 'رقمي [PHONE]'],
    ['ar-SA', 'رقمي: 512345678', 'رقمي: [PHONE]'],
    // A card's last group of one digit alone on its line; a card across a quoted reply's lines
    // or an HTML line break.
    ['en-US', 'card 4222 2222 2222\n2 exp 12/27', 'card [CARD] exp 12/27'],
    ['en-US', '> card 4111 1111\n> 1111 1111\n> thanks', '> card [CARD]\n> thanks'],
    ['en-US', '<p>card 4111 1111<br>1111 1111</p>', '<p>card [CARD]</p>'],
    // An IBAN a mail wrapped at a line's end.
    ['de-DE', 'auf IBAN DE89 3704 0044\n0532 0130 00 bis', 'auf IBAN [IBAN] bis'],
    ['es-ES', 'IBAN ES91 2100 0418 4502\r\n0005 1332', 'IBAN [IBAN]'],
    // Quoted in a reply, or its groups set apart by " - " (session 22: both leaked).
    ['de-DE', '> IBAN DE89 3704 0044\n> 0532 0130 00\n> danke', '> IBAN [IBAN]\n> danke'],
    ['de-DE', 'IBAN DE89 - 3704 - 0044 - 0532 - 0130 - 00', 'IBAN [IBAN]'],
    // A local part with its dots or "_" spoken goes whole (the words before "at" went out).
    ['en-US', 'email me at jane dot doe at gmail dot com', 'email me at [EMAIL]'],
    ['en-US', 'it is john underscore smith at gmail dot com', 'it is [EMAIL]'],
    // A form mailed as text: a bare value alone on its line under its label's line.
    ['en-US', 'Phone\n2125550187\n\nMessage\nhi', 'Phone\n[PHONE]\n\nMessage\nhi'],
    ['pl-PL', 'Telefon:\n600123456\nWiadomość:\npaczka', 'Telefon:\n[PHONE]\nWiadomość:\npaczka'],
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
    // Two groups without a trunk "0": a product's code (T23b's look-alike).
    ['de-DE', 'https://example.de/produkt/4711-0815'],
    // "رقمية" is "digital": no label.
    ['ar-SA', 'المحفظة الرقمية 512345678'],
    // Lines of short numbers with a last digit alone.
    ['en-US', '> lines:\n> 1234 5678 9012\n> 1'],
    // Under an order's label, or a line that is no label, a value stays.
    ['en-US', 'Order number:\n212-555-0187'],
    ['en-US', 'Notes\n2125550187'],
    ['en-US', 'a long line that says phone somewhere in it, and more\n2125550187'],
    // "=40" outside a quoted-printable body is a key's value.
    ['en-US', 'img size=40x40 border=40 ok=40example.com'],
    ['en-US', '<td width=3D"600">size=40x40</td>'],
  ])('%s %j', (locale, text) => {
    expect(out(text, locale)).toBe(text);
  });
});
