// V57e (2026-12-07, issue #14): numbered and comma lists before a count, and German "n." lists.
// Each row is the whole output, written by hand before the fix; rows marked "main:" went so on
// main at 2e4ab461 (each row of FIXED failed there).
// - A list's last value, numbers written as a phone is (in groups or led by "0") before a group
//   of one or two digits, with no phone's label, after a number found with a "," or ";" between
//   (phone.ts listLead): read whole it was no number, and it stayed with the count. The list
//   stands for a label, as its numbering does (readAfterMarkers, session 56's
//   readListedBeforeLoneTail for a list with spaces alone between), and the count goes or stays
//   as after that number alone (session 53's decision: a US or Polish number takes it, a
//   Brazilian or Dutch one, trunk-led or written as its print, leaves it).
// - So after a marker "n. " numbered one more than one before it (numberedAfterStop), now of one
//   digit or two ("10. … 11. …"), and "n)" of two (sequelAt; in brackets one, as Brazil's area
//   codes "(11)" ask). A German mobile there ("1. 0151 23456789 2. 0151 23456789 3 Stück") is
//   read so too: the matcher found "23456789" alone, unlabelled, and the number stayed.
// - A marker "n. " numbered one more than one before it ends the value before it though the two
//   read as a number (beforeMarker): German numbers have any length, so "4711 0815 2" and
//   "030 12345678 2" are valid, and the marker went into the first number, the second read with
//   no label, not the list's ("Bestellung 1. 4711 0815 2. 4711 0816 3 Stück" lost its second).
// - A long list (phoneList.ts) that starts with a marker in brackets reads its last number, after
//   a marker numbered more than one, with a count as after a label, as a short list does.
// The counts decided so (the pinned wants of auditSession56Counts asked the same): "10. [PHONE]
// 11. [PHONE] items" (a US number takes the group, as after "1. … 2. …" and "tel"), "(1) [PHONE]
// (2) [PHONE] (3) [PHONE] items" (a Polish one, as the short list and the labelled long list).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

// Leaks found (each failed on main) and fixed.
const FIXED: readonly Row[] = [
  // main: '[PHONE], (12) 98765-4321 2 unidades' (LEFT in auditSession56Counts)
  ['pt-BR', '(11) 98765-4321, (12) 98765-4321 2 unidades', '[PHONE], [PHONE] 2 unidades'],
  // main: '[PHONE], 06 23456789 2 stuks'
  ['nl-NL', '06 12345678, 06 23456789 2 stuks', '[PHONE], [PHONE] 2 stuks'],
  // main: '[PHONE]; 646 555 0199 3 items'
  ['en-US', '212 555 0123; 646 555 0199 3 items', '[PHONE]; [PHONE] items'],
  // main: '[PHONE], 646 555 0199 3' (a stray key goes with a US number)
  ['en-US', '212 555 0123, 646 555 0199 3', '[PHONE], [PHONE]'],
  // main: '1. [PHONE], 602 345 678 2 szt.'
  ['pl-PL', '1. 601 234 567, 602 345 678 2 szt.', '1. [PHONE], [PHONE] szt.'],
  // main: '10. [PHONE] 11. 646 555 0199 3 items' (LEFT in auditSession56Counts)
  ['en-US', '10. 212 555 0123 11. 646 555 0199 3 items', '10. [PHONE] 11. [PHONE] items'],
  // main: '9. [PHONE] 10. 646 555 0199 3 items'
  ['en-US', '9. 212 555 0123 10. 646 555 0199 3 items', '9. [PHONE] 10. [PHONE] items'],
  // main: '12. [PHONE] 13. [PHONE] 14. 212 555 0123 3 items'
  [
    'en-US',
    '12. 212 555 0123 13. 646 555 0199 14. 212 555 0123 3 items',
    '12. [PHONE] 13. [PHONE] 14. [PHONE] items',
  ],
  // main: unchanged (both stayed)
  ['en-US', '10) 212 555 0123 11) 646 555 0199 3 items', '10) [PHONE] 11) [PHONE] items'],
  // main: '1. [PHONE] 2. 0151 23456789 3 Stück'
  ['de-DE', '1. 0151 23456789 2. 0151 23456789 3 Stück', '1. [PHONE] 2. [PHONE] 3 Stück'],
  // main: '1. [PHONE]. 0151 23456789 3 Stück'
  ['de-DE', '1. 030 12345678 2. 0151 23456789 3 Stück', '1. [PHONE] 2. [PHONE] 3 Stück'],
  // main: '1. (11) 98765-4321 2. [PHONE] 2 unidades' (a value that opens with "(" after the
  // stop: beforeMarker read only a digit there)
  ['pt-BR', '1. (11) 98765-4321 2. (11) 98765-4321 2 unidades', '1. [PHONE] 2. [PHONE] 2 unidades'],
  // main: '(1) [PHONE] (2) [PHONE] (3) [PHONE] 1 items' (LEFT in auditSession56Counts)
  [
    'pl-PL',
    '(1) 601 234 567 (2) 601 234 567 (3) 601 234 567 1 items',
    '(1) [PHONE] (2) [PHONE] (3) [PHONE] items',
  ],
  // main: '… (4) [PHONE] 2 szt.'
  [
    'pl-PL',
    '(1) 601 234 567 (2) 602 345 678 (3) 601 234 567 (4) 602 345 678 2 szt.',
    '(1) [PHONE] (2) [PHONE] (3) [PHONE] (4) [PHONE] szt.',
  ],
  // main: '… (3) [PHONE] 3 items'
  [
    'en-US',
    '(1) 212 555 0123 (2) 646 555 0199 (3) 212 555 0123 3 items',
    '(1) [PHONE] (2) [PHONE] (3) [PHONE] items',
  ],
];

// False positives fixed: a German "n." list's next marker read into the number before it.
const MARKERS_KEPT: readonly Row[] = [
  // main: 'Seite 1. [PHONE]. [PHONE] Stück' (each value goes as "Seite 4711 0815" does; the count
  // goes as after "4711 0816" alone, valid with it: session 53's decision)
  ['de-DE', 'Seite 1. 4711 0815 2. 4711 0816 3 Stück', 'Seite 1. [PHONE] 2. [PHONE] Stück'],
  // main: 'Bestellung 1. 4711 0815 2. [PHONE] Stück' (the second now reads the order's label)
  [
    'de-DE',
    'Bestellung 1. 4711 0815 2. 4711 0816 3 Stück',
    'Bestellung 1. 4711 0815 2. 4711 0816 3 Stück',
  ],
  // main: 'Rechnung 1. 4711 0815 2. [PHONE] Stück'
  [
    'de-DE',
    'Rechnung 1. 4711 0815 2. 4711 0816 3 Stück',
    'Rechnung 1. 4711 0815 2. 4711 0816 3 Stück',
  ],
  // main: '1. [PHONE]. [PHONE] Stück'
  ['de-DE', '1. 030 12345678 2. 030 12345678 3 Stück', '1. [PHONE] 2. [PHONE] Stück'],
  // main: '1. [PHONE]. [PHONE]'
  ['de-DE', '1. 030 12345678 2. 030 12345678', '1. [PHONE] 2. [PHONE]'],
  // main: 'tel. 1. [PHONE]. [PHONE]'
  ['de-DE', 'tel. 1. 030 12345678 2. 030 12345678', 'tel. 1. [PHONE] 2. [PHONE]'],
  // main: '1. [PHONE]. [PHONE]'
  ['de-DE', '1. (030) 12345678 2. (030) 12345678', '1. [PHONE] 2. [PHONE]'],
  // main: '1. [PHONE]. [PHONE]. [PHONE]'
  ['de-DE', '1. 030 12345678 2. 030 12345678 3. 0151 23456789', '1. [PHONE] 2. [PHONE] 3. [PHONE]'],
];

// Look-alikes (right on main and after): numbered lists of order numbers, amounts, years, prices
// and pages; a bare run after a list's number (no label: it stays, count or not); an order's
// label before a comma list; markers out of sequence; a count after a number alone.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', '1. 4711 2. 4712 3 Stück', '1. 4711 2. 4712 3 Stück'],
  ['pl-PL', '10. 1 299,00 zł 11. 12,50 zł', '10. 1 299,00 zł 11. 12,50 zł'],
  ['pl-PL', '1. 1 299,00 zł 2. 12,50 zł 3 szt.', '1. 1 299,00 zł 2. 12,50 zł 3 szt.'],
  ['de-DE', '1. 2024 2. 2025 3 Stück', '1. 2024 2. 2025 3 Stück'],
  ['en-US', '1. 12.50 2. 13.50 3 items', '1. 12.50 2. 13.50 3 items'],
  ['de-DE', 'Kapitel 1. 12 2. 13 3 Seiten', 'Kapitel 1. 12 2. 13 3 Seiten'],
  ['de-DE', 'Termine 1. 12.05. 2. 13.05. 3 Stück', 'Termine 1. 12.05. 2. 13.05. 3 Stück'],
  ['en-US', 'items 10. 4711 11. 4712 3 left', 'items 10. 4711 11. 4712 3 left'],
  ['en-US', '10) 4711 2345 11) 4711 2346 3 items', '10) 4711 2345 11) 4711 2346 3 items'],
  ['pt-BR', '(11) 98765-4321, 12345678 2 unidades', '[PHONE], 12345678 2 unidades'],
  ['pt-BR', '(11) 98765-4321, 1234567890 2 unidades', '[PHONE], 1234567890 2 unidades'],
  ['en-US', '212 555 0123, 4155550123 2 items', '[PHONE], 4155550123 2 items'],
  ['en-US', '212 555 0123, 4711 2 items', '[PHONE], 4711 2 items'],
  ['en-US', '1. 212 555 0123 2. 4155550123 3 items', '1. [PHONE] 2. 4155550123 3 items'],
  ['en-US', 'order 212 555 0123, 646 555 0199 3 items', 'order 212 555 0123, 646 555 0199 3 items'],
  ['en-US', 'Order 4711, 4712 3 items', 'Order 4711, 4712 3 items'],
  // An order's numbered list: its label, not the numbering, is the list's (each value stays).
  [
    'de-DE',
    'Bestellung 1. 0151 23456789 2. 0151 23456789 3 Stück',
    'Bestellung 1. 0151 23456789 2. 0151 23456789 3 Stück',
  ],
  [
    'en-US',
    'Order 1. 212 555 0123 2. 646 555 0199 3 items',
    'Order 1. 212 555 0123 2. 646 555 0199 3 items',
  ],
  ['en-US', 'Order 12345678, 23456789 3 items', 'Order 12345678, 23456789 3 items'],
  ['en-US', 'Order 4711 2345, 646 555 0199 3 items', 'Order 4711 2345, 646 555 0199 3 items'],
  ['en-US', '12. 212 555 0123 10. 646 555 0199 3 items', '12. [PHONE] 10. 646 555 0199 3 items'],
  ['en-US', '1. 212 555 0123 2. 646 items', '1. [PHONE] 2. 646 items'],
  ['pt-BR', '(11) 98765-4321 2 unidades', '(11) 98765-4321 2 unidades'],
  ['pt-BR', '(11) 98765-4321 (12) 98765-4321', '[PHONE] [PHONE]'],
  ['nl-NL', '06 12345678, 06 23456789', '[PHONE], [PHONE]'],
  ['de-DE', 'Seite 1. 4711 0815', 'Seite 1. [PHONE]'],
  ['de-DE', '030 123 45 67. 0151 2345678', '[PHONE]. 0151 2345678'],
];

// Left (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // (Two rows were here, a German landline wrapped after a head valid alone, "tel 030 123\n4567"
  // and "tel 030 123\n4567 2 Stück": fixed by V58b, in auditSession58WrappedHeads, the count kept
  // as the brief read it, not this file's 'tel [PHONE] Stück'.)
  // (Two-digit bracketed markers, "(10) … (11) … 3 items", and "0"-led ones, "01. … 02. … 3
  // items", go since V58e: auditSession58RowsAndMarkers.test.ts.)
  // (A false positive was here, an order's comma list, "Bestellnummer 4711 0815, 4711 0816 2
  // Stück": fixed by V58c, in auditSession58Lookalikes.)
];

describe('session 57: numbered and comma lists, their counts, German "n." markers (issue #14)', () => {
  for (const [name, rows] of [
    ['leaks fixed', FIXED],
    ['markers kept', MARKERS_KEPT],
    ['look-alikes', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V57e (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
