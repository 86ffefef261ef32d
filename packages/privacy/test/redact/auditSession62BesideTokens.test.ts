// V62c's audit (2026-12-07, issue #14): a phone beside a fraction, a month and a two-digit year, a
// version, an amount after its currency, or a date's or a month's year. A seeded hunt (valid
// mobiles of ten countries, "tel", a token before or after, one space between; 3,000 texts) left
// 912 wrong on main at b1a72bc0 and 335 here (the LEFT rows below are their clusters). Each row is
// the whole output, written by hand before the fix; rows marked "main:" went so on main.
// - phone.ts cuts a fraction or a month and a two-digit year ("1/3", "06/90") off a span's end
//   where the words before it are a valid number alone and the span whole is none
//   (tokenAfter.ts fractionAfter; "/" is a phone's mark, "030/1234567").
// - phone.ts starts a span past a version after a "v" or an amount after a currency's sign
//   (tokenAfter.ts afterLeadToken): the token's digits went as the number's first groups.
// - card.ts: a run led by a token (leadToken) whose rest is no card but a valid number whole
//   pushes that rest below every reading (SHORT_HEAD), typed by the phone's: the year and the
//   number passed Luhn together and went as "28.11.[CARD]".
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: the whole text (auditSession61CardEdges' LEFT rows: "/" is a phone's mark)
  ['de-DE', 'tel +49 1511 7787950 1/3', 'tel [PHONE] 1/3'],
  ['en-AU', 'phone +61 412 854 868 06/90', 'phone [PHONE] 06/90'],
  ['nl-NL', 'tel 06 12141766 3/4', 'tel [PHONE] 3/4'],
  ['en-GB', 'tel 07407 447522 1/10', 'tel [PHONE] 1/10'],
  ['it-IT', 'tel 347 123 4567 12/98', 'tel [PHONE] 12/98'],
  ['fr-FR', '06 12 34 56 78 06/90', '[PHONE] 06/90'],
  // main: the whole text (auditSession61CardEdges' LEFT rows: the token's digits start the span)
  ['fr-FR', 'v4.6.7 06 12 23 05 79', 'v4.6.7 [PHONE]'],
  ['en-US', 'v2.3.1 212 555 0187', 'v2.3.1 [PHONE]'],
  ['en-AU', 'phone $1573.49 0412 257 343', 'phone $1573.49 [PHONE]'],
  ['en-AU', 'phone $ 1573.49 0412 257 343', 'phone $ 1573.49 [PHONE]'],
  // main: 'Telefon 02/03/[PHONE]', '28.11.[CARD]', 'Telefon 12.[CARD]' (auditSession61CardEdges'
  // LEFT rows: the year and the number passed Luhn together)
  ['fr-FR', 'Telefon 02/03/1996 06 12 29 07 87', 'Telefon 02/03/1996 [PHONE]'],
  ['pl-PL', '28.11.2000 512 273 796', '28.11.2000 [PHONE]'],
  ['en-GB', 'Telefon 12.2016 07407 447522', 'Telefon 12.2016 [PHONE]'],
  // main: '1,002.[PHONE]' (auditSession61CardEdges' LEFT row: "06 0044 …" passed Luhn)
  ['en-GB', '1,002.06 0044 20 7946 0018', '1,002.06 [PHONE]'],
];

// The same tokens beside orders' numbers, counts, articles and cards: they stay as they were.
const LOOKALIKES: readonly Row[] = [
  ['en-US', 'v2.3.1 5500 0000 0000', 'v2.3.1 5500 0000 0000'],
  ['en-US', 'Order 4711 1/3', 'Order 4711 1/3'],
  ['de-DE', 'Seite 1/3 0151 23456789', 'Seite 1/3 [PHONE]'],
  ['en-US', '$12.50 4711 items', '$12.50 4711 items'],
  ['en-US', '$1573.49 order 4711 2023', '$1573.49 order 4711 2023'],
  ['de-DE', 'Artikel 4711 0815 1/2', 'Artikel 4711 0815 1/2'],
  ['en-US', '28.11.2000 4711 2023 3', '28.11.2000 4711 2023 3'],
  ['en-US', 'v1.2.3 4711', 'v1.2.3 4711'],
  ['en-US', '€12.50 1234 5678', '€12.50 1234 5678'],
  ['en-GB', '1,002.06 12 items 2024', '1,002.06 12 items 2024'],
  ['en-US', '1,002.06 0044 12', '1,002.06 0044 12'],
  ['fr-FR', 'v4.6.7 2023 1234', 'v4.6.7 2023 1234'],
  ['en-US', 'Invoice 2024 1/2 4711', 'Invoice 2024 1/2 4711'],
  ['de-DE', 'Bestellung 4711 0815 06/90', 'Bestellung 4711 0815 06/90'],
  ['en-AU', 'total $1573.49 12 items', 'total $1573.49 12 items'],
  ['en-US', '12.2016 4111 1111 1111 1111', '12.2016 [CARD]'],
  ['pl-PL', '28.11.2000 4711 2023 1234', '28.11.2000 4711 2023 1234'],
  ['en-US', 'v10.2.15 4711 2023', 'v10.2.15 4711 2023'],
  ['fr-FR', 'Commande 4711 1/2', 'Commande 4711 1/2'],
  // Phones that went before too.
  ['de-DE', 'Telefon 28.11.2000 0151 23456789', 'Telefon 28.11.2000 [PHONE]'],
  ['en-US', '£1,250.00 212 555 0187', '£1,250.00 [PHONE]'],
];

// Found by V62c and left (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // A phone before an amount after its currency's sign (60 texts in 191 of the hunt): the span
  // ends at the sign and nothing is read. Left: not traced for time.
  ['pl-PL', 'tel 512 428 348 $1142.67', 'tel [PHONE] $1142.67', 'a phone, then "$1142.67"'],
  // A year alone before a phone (124 in 190): "2012 3456" is a Danish mobile, and a year alone is
  // no token (phone.ts DATE; tokenAfter.ts reads none). Left: no reading tells them apart.
  ['pl-PL', 'tel 2015 512 228 090', 'tel 2015 [PHONE]', 'a year, then a phone'],
  // A version after a phone's label ("tel v2.4.0"): read as a version's label, no number after it.
  ['nl-NL', 'tel v2.4.0 06 78187757', 'tel v2.4.0 [PHONE]', 'a version after "tel"'],
  // An amount after "$" in de-DE, a number after it: its whole part read as a German number.
  ['de-DE', 'tel $2582.18 +49 1511 1844597', 'tel $2582.18 [PHONE]', 'a "$" amount in de-DE'],
  // A fraction before a phone whose first group is one of its digits: "6 06 90 …" reads on.
  ['fr-FR', 'tel 7/6 06 90 25 55 58', 'tel 7/6 [PHONE]', 'a fraction, then a phone'],
];

describe('session 62: a phone beside a fraction, a version, an amount or a year (issue #14)', () => {
  for (const [name, rows] of [
    ['the phone goes, the token stays', FIXED],
    ['look-alikes that stay as they were', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V62c (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
