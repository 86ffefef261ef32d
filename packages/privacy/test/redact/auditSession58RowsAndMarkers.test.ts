// V58e's audit (2026-12-07, issue #14): rows of numbers after a German one, list markers of two
// digits, calling codes written without "+" after a phone's label. Each row is the whole output,
// written by hand before the fix; rows marked "main:" went so on main at 8d9e0cbb (each row of
// FIXED failed there).
// - A row of three or more heads written alike after an international number ("+49 151 23456789
//   212\n555-0187 212\n555-0187 212\n555-0187"): the row's next number was compared with the next
//   line's whole stretch, which holds the head of the number after it, so the row read as none and
//   the second head went into its number whole (German numbers have any length). Compared up to a
//   space where the two are written alike so far (phone.ts rowNext, headsNext).
// - A row written alike whose numbers no country read reads ("7911\n123456" after a German mobile
//   in Germany or Poland: no German print breaks there): the stretch "7911 123456 7911", a space
//   inside, was read as one German number and the third line's digits stayed. It is split at the
//   row's next head, and that head and the next line's part written alike are the row's next,
//   found as the whole was (splitRow; fail closed, the digits went as one number before).
// - A list's last marker of two digits in brackets, "(10) … (11) … 3 items": read as a list's
//   where it numbers one more than a marker before it and its value is numbers before a count
//   (sequelAt's `last`); not elsewhere, where Brazil's area codes stand so ("(11) 98765-4321 (12)
//   98765-4321"). The count goes as after "10) … 11) …" and "(1) … (2) … (3) …" in the US (V57e's
//   rows, session 53's decision: a US number takes a group of one or two digits after it), so
//   V57e's pin "(10) [PHONE] (11) [PHONE] items" is kept as it was written, not "… 3 items": a
//   count is no phone's digit, but "3" after a number written without a trunk or a "+" may be its
//   last key, and the house reads every such list alike.
// - Markers "0n." ("01. … 02. … 3 items"): read as "1." and "2." are (stopMarkerAt, beforeMarker's
//   zeroLed), two digits, the second not "0"; a number's last group so led ("030 123 45 07. 0151
//   2345678") is cut from it only after the marker numbered one less.
// - "ph no" (Indian chats' "phone number") and Indonesian "nomor saya" (my number) label a phone:
//   a mobile written bare or with its calling code and no "+" ("919876543210", "6281234567890")
//   stayed after them; after a label the customer's own calling code so written was read already
//   (phone.ts ownCodeRead), and after an order's label it stays.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

// Leaks found (each failed on main) and fixed.
const FIXED: readonly Row[] = [
  // main: '[PHONE] [PHONE]\n123456' (V57c's LEFT)
  ['de-DE', '+49 151 23456789 7911\n123456 7911\n123456', '[PHONE] [PHONE] [PHONE]'],
  // main: '[PHONE] [PHONE]\n123456' (V57c's LEFT)
  ['pl-PL', '+49 151 23456789 7911\n123456 7911\n123456', '[PHONE] [PHONE] [PHONE]'],
  // main: '[PHONE] [PHONE]\n123456' (a Berlin number first)
  ['de-DE', '+49 30 1234567 7911\n123456 7911\n123456', '[PHONE] [PHONE] [PHONE]'],
  // main: '[PHONE] [PHONE]\n> 123456' (a quoted reply's)
  ['pl-PL', '+49 151 23456789 7911\n> 123456 7911\n> 123456', '[PHONE] [PHONE] [PHONE]'],
  // main: '[PHONE] [PHONE]\n555-0187 212\n555-0187' (V57c's LEFT)
  [
    'en-US',
    '+49 151 23456789 212\n555-0187 212\n555-0187 212\n555-0187',
    '[PHONE] [PHONE] [PHONE] [PHONE]',
  ],
  // main: '[PHONE] [PHONE]\n[PHONE]\n123456' (V57c's LEFT)
  [
    'en-GB',
    '+49 151 23456789 7911\n123456 7911\n123456 7911\n123456',
    '[PHONE] [PHONE] [PHONE] [PHONE]',
  ],
  // main: '[PHONE] [PHONE]\n[PHONE]\n123 456'
  [
    'pl-PL',
    '+49 30 1234567 600\n123 456 600\n123 456 600\n123 456',
    '[PHONE] [PHONE] [PHONE] [PHONE]',
  ],
  // main: '[PHONE] [PHONE]\n555-0187 212\n555-0187'
  [
    'en-US',
    '+49 30 1234567 212\n555-0187 212\n555-0187 212\n555-0187',
    '[PHONE] [PHONE] [PHONE] [PHONE]',
  ],
  // main: unchanged (V57e's LEFT)
  ['en-US', '(10) 212 555 0123 (11) 646 555 0199 3 items', '(10) [PHONE] (11) [PHONE] items'],
  // main: unchanged
  ['pl-PL', '(10) 601 234 567 (11) 602 345 678 2 szt.', '(10) [PHONE] (11) [PHONE] szt.'],
  // main: unchanged (V57e's LEFT)
  ['en-US', '01. 212 555 0123 02. 646 555 0199 3 items', '01. [PHONE] 02. [PHONE] items'],
  // main: '01. 212 555 0123 02. [PHONE]'
  ['en-US', '01. 212 555 0123 02. 646 555 0199', '01. [PHONE] 02. [PHONE]'],
  // main: unchanged (a German mobile keeps its count, as after "1. … 2. …")
  ['de-DE', '01. 0151 23456789 02. 0151 23456789 3 Stück', '01. [PHONE] 02. [PHONE] 3 Stück'],
  // main: '09. [PHONE] 10. 646 555 0199 3 items'
  ['en-US', '09. 212 555 0123 10. 646 555 0199 3 items', '09. [PHONE] 10. [PHONE] items'],
  // main: unchanged (the brief's)
  ['en-IN', 'ph no 919876543210 pls call', 'ph no [PHONE] pls call'],
  // main: unchanged
  ['en-IN', 'ph no 9876543210 pls call', 'ph no [PHONE] pls call'],
  // main: unchanged
  ['en-IN', 'ph no: 919876543210', 'ph no: [PHONE]'],
  // main: unchanged (the brief's)
  ['id-ID', 'Nomor saya 6281234567890, terima kasih', 'Nomor saya [PHONE], terima kasih'],
  // main: unchanged
  ['id-ID', 'nomor saya 81234567890', 'nomor saya [PHONE]'],
];

// Look-alikes (right on main and after): order numbers after order labels and after "ph no",
// numbers no valid "+" number, "pH" in a lab's text, dates, amounts, order numbers in "0n." and
// "(nn)" lists, a marker "00.", Brazil's area codes, rows not written alike (a year, an order's
// number, a number cut short, a count).
const LOOKALIKES: readonly Row[] = [
  ['en-IN', 'order no 919876543210 pls call', 'order no 919876543210 pls call'],
  ['en-IN', 'ph no 471123456789 pls', 'ph no 471123456789 pls'],
  ['en-IN', 'ph no 123456789012 pls', 'ph no 123456789012 pls'],
  ['en-IN', 'ph no 4711 pls', 'ph no 4711 pls'],
  ['en-IN', 'ph no order no 919876543210', 'ph no order no 919876543210'],
  ['en-IN', 'pH normal 7.35 919876543210', 'pH normal 7.35 919876543210'],
  ['id-ID', 'Nomor pesanan 6281234567890', 'Nomor pesanan 6281234567890'],
  ['id-ID', 'Nomor pesanan saya 6281234567890', 'Nomor pesanan saya 6281234567890'],
  ['id-ID', 'Nomor saya 1234567890123', 'Nomor saya 1234567890123'],
  ['id-ID', 'Nomor resi 6281234567890', 'Nomor resi 6281234567890'],
  ['id-ID', 'Nomor saya 2024-05-12', 'Nomor saya 2024-05-12'],
  ['id-ID', 'nomor saya 12 items', 'nomor saya 12 items'],
  ['en-US', '01. 4711 2345 02. 4711 2346 3 items', '01. 4711 2345 02. 4711 2346 3 items'],
  ['en-US', '01. 12.50 02. 13.50 3 items', '01. 12.50 02. 13.50 3 items'],
  ['de-DE', '01. 05. 2024', '01. 05. 2024'],
  ['de-DE', 'Termine 01. 12.05. 02. 13.05. 3 Stück', 'Termine 01. 12.05. 02. 13.05. 3 Stück'],
  ['de-DE', '030 123 45 07. 0151 2345678', '[PHONE]. 0151 2345678'],
  [
    'en-US',
    '00. 212 555 0123 01. 646 555 0199 3 items',
    '00. 212 555 0123 01. 646 555 0199 3 items',
  ],
  ['en-US', '(10) 4711 2345 (11) 4711 2346 3 items', '(10) 4711 2345 (11) 4711 2346 3 items'],
  ['pt-BR', '(11) 98765-4321 (12) 98765-4321 2 unidades', '[PHONE] [PHONE] 2 unidades'],
  ['en-US', '(11) 98765-4321 (12) 98765-4321 2 items', '(11) 98765-4321 (12) 98765-4321 2 items'],
  ['de-DE', '+49 151 23456789 7911\n123456 4711\n2024', '[PHONE] [PHONE]\n2024'],
  ['de-DE', '+49 151 23456789 7911\n123456 7911\n12345', '[PHONE] [PHONE]\n12345'],
  ['en-US', '+49 151 23456789 212\n555-0187 212\n555-01 items', '[PHONE] [PHONE]\n555-01 items'],
  ['en-US', '+49 151 23456789 212\n555-0187 2024\n12 items', '[PHONE] [PHONE]\n12 items'],
];

// Left (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // Three numbers written alike after a German mobile where no country read reads them: the
  // second is split from the first (splitRow), but the head after it is read as a home head of
  // the first's row (readHomeHead remembers the head it read, not the one splitRow found), and
  // "7911\n123456" alone is no German number; the last stays.
  [
    'de-DE',
    '+49 151 23456789 7911\n123456 7911\n123456 7911\n123456',
    '[PHONE] [PHONE] [PHONE] [PHONE]',
    'three heads no country reads',
  ],
  // (V59g read the last "(nn)" marker with no count, labelled or not: auditSession59OutDialAndRows'
  // FIXED rows.)
  // A card's reading (card.ts: "1 212 555-0187 2125", fifteen digits that pass Luhn) holds both
  // numbers and the space between before the phone recognizer reads them: one placeholder, no
  // digit left. Two would need the card reading to yield after a "+" (no card is written so),
  // a change to card.ts's runs with its own audit, not made here (on main too). V59g: and the
  // phone reading to read the second number wrapped, which it does not without the card ("+1 212
  // 555-0187 2126\n550187" keeps "2126\n550187"): yielding alone would leave it in clear.
  ['en-US', '+1 212 555-0187 2125\n550187', '[PHONE] [PHONE]', "a card's reading holds both"],
  // Another country's calling code written without "+" after a label: only the customer's own is
  // read so (ownCodeRead), as order numbers of any country start with any two digits (on main
  // too; "phone +91 98765 43210" goes). V59g: left for want of time; a reading would be bare runs
  // of 11 to 13 digits after a phone's own label, valid read with a "+" and as no national number
  // ("ph no 471123456789" stays: no valid number either way).
  ['en-US', 'phone 919876543210', 'phone [PHONE]', "another country's code without '+'"],
];

describe('session 58: rows after a German number, two-digit markers, bare calling codes (issue #14)', () => {
  for (const [name, rows] of [
    ['leaks fixed', FIXED],
    ['look-alikes', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V58e (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
