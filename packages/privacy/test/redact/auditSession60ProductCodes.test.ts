// V60a's audit (2026-12-07, issue #14: "what must stay: order, invoice and tracking numbers, SKUs
// and product codes"). A seeded hunt over article numbers, EAN/GTIN-13 and -14 (GS1's check digit),
// UPS numbers ("1Z" and 16 letters and digits), other carriers' numbers and product codes, spaced,
// dotted and dashed, after their labels in thirteen locales ("Art.-Nr.", "EAN", "réf.", "codice
// articolo", "número de artículo", "SKU", "品番", "货号", "كود المنتج", "کد کالا", "आइटम कोड" …) or
// alone, with counts, prices and dates beside them: 6,000 texts, 378 changed that held no
// Luhn-valid 13-19 digit run (the rule: those go as cards), all by the phone reading.
// Three causes made 310 of them (each count what its fix took, in this order); each is read
// since V60a:
// - a product's label the reference words lacked ("Art.-Nr.", "EAN", "货号", "आइटम कोड" …:
//   keywords.ts), 207: the number after it stays as after "Artikelnummer";
// - a UPS number's digits after the shipper's letters (phoneCarrier.ts), 59: no number is read
//   inside "1Z" and its 16 characters;
// - four digits, no trunk "0", then three pairs apart alike, no label (phoneLookalikes.ts
//   fourThenPairs), 44: no numbering plan prints a number so (a trunk "0" first, it still goes).
// Each row is the whole output; "main:" is what main (37074c3d) wrote.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const UPS: readonly Row[] = [
  // main: 'Sendungsnummer 1Z ASL [PHONE] x4' (pinned by V59i)
  [
    'de-DE',
    'Sendungsnummer 1Z ASL 808 29 1635 0486 x4',
    'Sendungsnummer 1Z ASL 808 29 1635 0486 x4',
  ],
  // main: 'tracking number 1ZNAU GZL [PHONE] Menge 2'
  [
    'en-GB',
    'tracking number 1ZNAU GZL 34 9512 7278 Menge 2',
    'tracking number 1ZNAU GZL 34 9512 7278 Menge 2',
  ],
  // main: 'ट्रैकिंग: 1Z 81Z HCJ [PHONE] 2026-12-06'
  [
    'hi-IN',
    'ट्रैकिंग: 1Z 81Z HCJ 76 1926 1046 2026-12-06',
    'ट्रैकिंग: 1Z 81Z HCJ 76 1926 1046 2026-12-06',
  ],
  // main: 'کد رهگیری 1Z NWH UMP [PHONE]個'
  ['fa-IR', 'کد رهگیری 1Z NWH UMP 06 6346 4956 3個', 'کد رهگیری 1Z NWH UMP 06 6346 4956 3個'],
  // main: 'zending 1Z JV3 9JA [PHONE] $30.40'
  ['nl-NL', 'zending 1Z JV3 9JA 06 3663 9319 $30.40', 'zending 1Z JV3 9JA 06 3663 9319 $30.40'],
  // main: '条形码 1Z NDB DPR [PHONE] 2026-12-06'
  [
    'zh-CN',
    '条形码 1Z NDB DPR 83 8970 5146 2026-12-06',
    '条形码 1Z NDB DPR 83 8970 5146 2026-12-06',
  ],
  // main: 'SKU: 1Z6P5 T3T [PHONE] Stk.'
  ['de-DE', 'SKU: 1Z6P5 T3T 29 7147 7507 8 Stk.', 'SKU: 1Z6P5 T3T 29 7147 7507 8 Stk.'],
  // main: 'Tracking 1ZR59 WXY [PHONE]'
  ['en-US', 'Tracking 1ZR59 WXY 50 8435 1085', 'Tracking 1ZR59 WXY 50 8435 1085'],
  // main: '1Z ASL [PHONE] [PHONE]' (the second read "0486 0151 23456789": the code's end and the
  // phone; now the phone after the code is read again from past it)
  ['de-DE', '1Z ASL 808 29 1635 0486 0151 23456789', '1Z ASL 808 29 1635 0486 [PHONE]'],
  // main: 'Sendung 1Z ASL [PHONE], Tel. [PHONE]'
  [
    'de-DE',
    'Sendung 1Z ASL 808 29 1635 0486, Tel. 0151 23456789',
    'Sendung 1Z ASL 808 29 1635 0486, Tel. [PHONE]',
  ],
];

const PRODUCT_LABELS: readonly Row[] = [
  // main: 'Art.-Nr. [PHONE] Stk.'
  ['de-DE', 'Art.-Nr. 4562 9098 7875 3 Stk.', 'Art.-Nr. 4562 9098 7875 3 Stk.'],
  // main: 'Art.-Nr. [PHONE] [PHONE]' (20 digits in fours, read as two numbers)
  ['de-DE', 'Art.-Nr. 4006 3811 3393 1234 5678', 'Art.-Nr. 4006 3811 3393 1234 5678'],
  // main: 'Art.Nr. [PHONE] Menge 2'
  ['de-DE', 'Art.Nr. 444 818 46 73 Menge 2', 'Art.Nr. 444 818 46 73 Menge 2'],
  // main: 'EAN [PHONE] [PHONE] 06.12.2026'
  ['de-DE', 'EAN 0506 3778 0483 9187 4200 06.12.2026', 'EAN 0506 3778 0483 9187 4200 06.12.2026'],
  // main: 'EAN [PHONE] Stk.' (an EAN-13 whole, its count read into it)
  ['de-DE', 'EAN 4006381333931 3 Stk.', 'EAN 4006381333931 3 Stk.'],
  // main: 'EAN: [PHONE]'
  ['nl-NL', 'EAN: 200 452 42 6', 'EAN: 200 452 42 6'],
  // main: 'आइटम कोड: [PHONE] $30.40'
  ['hi-IN', 'आइटम कोड: 91.8673.6804 $30.40', 'आइटम कोड: 91.8673.6804 $30.40'],
  // main: 'उत्पाद कोड [PHONE] pcs'
  ['hi-IN', 'उत्पाद कोड 650.271.17.9 3 pcs', 'उत्पाद कोड 650.271.17.9 3 pcs'],
  // main: '货号 [PHONE]'
  ['zh-CN', '货号 856 0275 053', '货号 856 0275 053'],
  // main: '货号 [PHONE] 电话 [PHONE]'
  ['zh-CN', '货号 856 0275 053 电话 138 1234 5678', '货号 856 0275 053 电话 [PHONE]'],
  // main: '商品编码 [PHONE] 06.12.2026'
  ['zh-CN', '商品编码 9710 34-76-35 06.12.2026', '商品编码 9710 34-76-35 06.12.2026'],
  // main: 'كود المنتج [PHONE] $30.40'
  ['ar-EG', 'كود المنتج 0460 90-04-83 $30.40', 'كود المنتج 0460 90-04-83 $30.40'],
  // main: 'رقم الصنف: [PHONE] 2 uds.'
  ['ar-EG', 'رقم الصنف: 11.6043.9281 2 uds.', 'رقم الصنف: 11.6043.9281 2 uds.'],
  // main: 'شناسه کالا [PHONE] $30.40'
  ['fa-IR', 'شناسه کالا 7473 81.31.99 $30.40', 'شناسه کالا 7473 81.31.99 $30.40'],
  // main: 'código do produto [PHONE] Stk.'
  ['pt-BR', 'código do produto 6831 90 88 6 8 Stk.', 'código do produto 6831 90 88 6 8 Stk.'],
  // main: 'Part No. [PHONE] 2026-12-06'
  ['en-US', 'Part No. 3375 42.43.98 2026-12-06', 'Part No. 3375 42.43.98 2026-12-06'],
  // main: 'JANコード [PHONE] 2026-12-06'
  ['ja-JP', 'JANコード 0449 15 11 01 2026-12-06', 'JANコード 0449 15 11 01 2026-12-06'],
  // main: 'Art.-Nr. [PHONE]'
  ['de-DE', 'Art.-Nr. 4711 12.50.99', 'Art.-Nr. 4711 12.50.99'],
];

const FOUR_THEN_PAIRS: readonly Row[] = [
  // main: '[PHONE]'
  ['de-DE', '7549 69.63.93', '7549 69.63.93'],
  // main: 'Preis [PHONE]'
  ['de-DE', 'Preis 4711 12.50.99', 'Preis 4711 12.50.99'],
  // main: '[PHONE] 2026-12-06' (a US number is printed 3-3-4)
  ['en-US', '5753 97.47.46 2026-12-06', '5753 97.47.46 2026-12-06'],
  // main: '[PHONE] Menge 2'
  ['de-DE', '3857 65 00 67 Menge 2', '3857 65 00 67 Menge 2'],
  // main: '[PHONE] 2026-12-06'
  ['pt-BR', '9147 58-83-95 2026-12-06', '9147 58-83-95 2026-12-06'],
];

// As on main: phones labelled beside product words, numbers in their country's own print (a
// trunk "0" first), a UPS number cut short (no UPS number: "1Z ASL 808" then a mobile), a phone
// after a UPS number that its label names, a word that ends "ean", and codes, counts, dates and
// amounts that stayed.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', 'Art.-Nr. 4711, Tel. 030 1234567', 'Art.-Nr. 4711, Tel. [PHONE]'],
  ['de-DE', 'Handy: 255 263 500', 'Handy: [PHONE]'],
  ['de-DE', 'Tel. 0151 23456789', 'Tel. [PHONE]'],
  ['de-DE', 'EAN: 4006381333931, Handy 0151 23456789', 'EAN: 4006381333931, Handy [PHONE]'],
  ['de-DE', 'Handy: 7549 69.63.93', 'Handy: [PHONE]'],
  ['de-DE', '0711 12 34 56', '[PHONE]'],
  ['sv-SE', '0771-23 45 67', '[PHONE]'],
  ['nl-BE', '0471 12 34 56', '[PHONE]'],
  ['fr-FR', '06 12 34 56 78', '[PHONE]'],
  ['es-ES', '612 34 56 78', '[PHONE]'],
  [
    'en-US',
    'Tracking 1Z 999 AA1 01 2345 6784, call (212) 555-0187',
    'Tracking 1Z 999 AA1 01 2345 6784, call [PHONE]',
  ],
  ['de-DE', '1Z ASL 808 0151 23456789', '1Z ASL [PHONE]'],
  ['en-GB', 'Part no. 4711, mobile 07911 123456', 'Part no. 4711, mobile [PHONE]'],
  ['ja-JP', '品番 4711 電話 090-1234-5678', '品番 4711 電話 [PHONE]'],
  ['de-DE', 'Preis 12,50 € Tel. 0151 23456789', 'Preis 12,50 € Tel. [PHONE]'],
  ['en-US', 'The mean: 212-555-0187', 'The mean: [PHONE]'],
  [
    'de-DE',
    'Artikelnummer 4006 3811 3393 1234 5678 12',
    'Artikelnummer 4006 3811 3393 1234 5678 12',
  ],
  [
    'de-DE',
    'Bestellung 4711 vom 06.12.2026, 2 Stk. à 12,99 €',
    'Bestellung 4711 vom 06.12.2026, 2 Stk. à 12,99 €',
  ],
  ['de-DE', 'SKU 4711-0815 x3', 'SKU 4711-0815 x3'],
  [
    'en-US',
    'Order 12345 shipped 2026-12-06, 3 items $30.40',
    'Order 12345 shipped 2026-12-06, 3 items $30.40',
  ],
  ['fr-FR', 'réf. 4711 12.50.99', 'réf. 4711 12.50.99'],
  ['en-US', 'ean: 4006381333931', 'ean: 4006381333931'], // Added by the lead (session 60's review): a product's label, then a phone's label and a
  // phone, in eight more locales; each stays the same on main 37074c3d.
  ['it-IT', 'codice articolo 4711, cell. 312 345 6789', 'codice articolo 4711, cell. [PHONE]'],
  ['fr-FR', 'réf. 4711, tél. 06 12 34 56 78', 'réf. 4711, tél. [PHONE]'],
  ['es-ES', 'artículo 4711, móvil 612 34 56 78', 'artículo 4711, móvil [PHONE]'],
  [
    'pt-BR',
    'código do produto 4711, celular (11) 91234-5678',
    'código do produto 4711, celular [PHONE]',
  ],
  ['zh-CN', '货号 4711 手机 138 1234 5678', '货号 4711 手机 [PHONE]'],
  ['hi-IN', 'आइटम कोड 4711 मोबाइल 98765 43210', 'आइटम कोड 4711 मोबाइल [PHONE]'],
  ['ar-EG', 'كود المنتج 4711 موبايل 0100 123 4567', 'كود المنتج 4711 موبايل [PHONE]'],
  ['de-DE', 'Art.-Nr. 4711, 2 Stk., Tel. 0151 23456789', 'Art.-Nr. 4711, 2 Stk., Tel. [PHONE]'],
  ['en-GB', 'Part number 4711 x2, call 020 7946 0018', 'Part number 4711 x2, call [PHONE]'],
  ['de-DE', 'EAN 4006381333931 Menge 2', 'EAN 4006381333931 Menge 2'],
  [
    'en-US',
    'UPS 1Z 999 AA1 01 2345 6784 then call 212-555-0187',
    'UPS 1Z 999 AA1 01 2345 6784 then call [PHONE]',
  ],
  ['nl-NL', 'artikelnummer 4711, mobiel 06 12345678', 'artikelnummer 4711, mobiel [PHONE]'],
  ['pl-PL', 'kod produktu 4711, tel. 600 123 456', 'kod produktu 4711, tel. [PHONE]'],
];

describe('V60a: product codes, article numbers and shipment numbers (issue #14)', () => {
  for (const [name, rows] of [
    ['a UPS number holds no phone', UPS],
    ['a product’s label names the number after it', PRODUCT_LABELS],
    ['four digits then three pairs, no trunk, no label', FOUR_THEN_PAIRS],
    ['look-alikes', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });
});

// Found and left (each fails today; the row is what should come out).
const LEFT: readonly Row[] = [
  // An Italian "cod. art." (codice articolo, written short): "cod." is no abbreviation the label
  // reading knows (context.ts ABBREVIATIONS), so its dot ends a sentence and the label reaches no
  // number. Left: an abbreviation's list is read by every label; "codice articolo" keeps it.
  ['it-IT', 'cod. art.: 0197 29.87.79', 'cod. art.: 0197 29.87.79'],
  // A phone with no label right after a UPS number whose digits run on ("… 01 0000 0000 0151
  // 23456789"): it stayed on main too. Left: a leak of the value reading, not of the code's (after
  // a shipment's label, "Sendung 0000 0000 0151 …", it goes since V61a; with no label it stays).
  ['de-DE', '1ZAAA AAA 01 0000 0000 0151 23456789', '1ZAAA AAA 01 0000 0000 [PHONE]'],
  // Dotted article numbers of no label (3-3-3-2 here, V59i's "255.263.500 8 Stk." in
  // auditSession59CardLookalikes): libphonenumber takes them in Britain and Germany, and a
  // Spaniard's "612.345.678" or a Pole's "602.345.678" is printed so too. Left: no shape tells them
  // apart without a label.
  ['en-GB', '34.625.465.38 2 uds.', '34.625.465.38 2 uds.'],
  // Twelve digits in fours, no label: a German number of any length. Left: as above.
  ['de-DE', '6167 1714 5933', '6167 1714 5933'],
  // A UPS number glued whole, after its label: its last 10 digits go as a card's (cardLetters,
  // a device's id after its model). Left: a card reading's, not a phone's.
  ['de-DE', 'Art.-Nr.: 1Z5UGVER9187381543 2026-12-06', 'Art.-Nr.: 1Z5UGVER9187381543 2026-12-06'],
  // A product code then a date: main read "8569 34 11 66" as a phone, now that its label names it
  // the card reading takes it with the date's year ("8569341166 2026", card.ts's edge window).
  // Left: went on main too (as a phone); the card's edge window is V59i's LEFT too.
  ['zh-CN', '商品编码 8569 34 11 66 2026-12-06', '商品编码 8569 34 11 66 2026-12-06'],
];

describe.runIf(LEFT.length > 0)('V60a: left', () => {
  it.fails.each(LEFT)('%s %s', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
});
