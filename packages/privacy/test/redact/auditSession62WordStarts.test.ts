// V62d's audit (2026-12-07, issue #14): false positives of the label reading's words inside
// longer words, and a numbered list's last phone before a year. Each row is the whole output,
// written by hand before the fix; rows marked "base:" went so on main at b1a72bc0, each group
// with look-alikes that stay as they were (the same on base).
// - A label word that starts with a Greek or an Arabic letter was read anywhere, inside a longer
//   word too (context.ts startsAt, startsWord: only Latin and Cyrillic words had to start one):
//   "κινητό" (mobile) inside "αυτοκίνητο" (a car), "ακίνητο" (real estate), "καλέστε" (call)
//   inside "προσκαλέστε" (invite), Arabic "تواصل" (contact) inside "متواصل" (continuous), "جوال"
//   (mobile) inside "التجوال" (roaming). Such a word now labels where a word starts; an Arabic
//   one after the particles Arabic writes onto a word too ("للتواصل", "بالجوال", "والتواصل").
// - Polish "kom." (a mobile) is Swedish, Danish and Norwegian "kom." (came): no label in a text
//   of those languages (context.ts besideRead).
// - A numbered list's last value followed by a year was read with the year as one value that is
//   no number, and no marker cut the list: its second number stayed, and its first went with
//   "(1)" read as a calling code (phone.ts readAfterMarkers). Cut before the year.
// - A phone's dash that opens the next line, glued to its digits, after a phone's label or a "+"
//   or "00" head, is the number's separator as one that ends the line is (phone.ts dashOpens,
//   readTail's joined print; the oracle's `wrapped`): "tel 0151\n-23456789" (V59e's LEFT row).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const WORD_INSIDE_A_WORD: readonly Row[] = [
  // base: 'Αυτοκίνητο [PHONE]' (a car's, "κινητό" inside it)
  ['el-GR', 'Αυτοκίνητο 2121860353', 'Αυτοκίνητο 2121860353'],
  // base: 'ακίνητο [PHONE]' (real estate)
  ['el-GR', 'ακίνητο 2251814457', 'ακίνητο 2251814457'],
  // base: 'Ακίνητο: [PHONE]'
  ['el-GR', 'Ακίνητο: 2251814457', 'Ακίνητο: 2251814457'],
  // base: 'προσκαλέστε [PHONE]' (invite: "καλέστε" inside it)
  ['el-GR', 'προσκαλέστε 2353288679', 'προσκαλέστε 2353288679'],
  // base: 'Προσκαλέστε 2 φίλους [PHONE]'
  ['el-GR', 'Προσκαλέστε 2 φίλους 2353288679', 'Προσκαλέστε 2 φίλους 2353288679'],
  // base: 'التجوال [PHONE]' (roaming: "جوال" inside it)
  ['ar-SA', 'التجوال 543481991', 'التجوال 543481991'],
  // base: 'رسوم التجوال [PHONE]' (roaming fees)
  ['ar-SA', 'رسوم التجوال 543481991', 'رسوم التجوال 543481991'],
  // base: 'متواصل [PHONE]' (continuous: "تواصل" inside it)
  ['ar-EG', 'متواصل 257449417', 'متواصل 257449417'],
  // base: 'العمل متواصل [PHONE]' (the work goes on)
  ['ar-EG', 'العمل متواصل 257449417', 'العمل متواصل 257449417'],
  // base: 'مهاتف [PHONE]'
  ['ar-EG', 'مهاتف 257449417', 'مهاتف 257449417'],
  // base: 'متماس [PHONE]' (Persian "تماس", contact, inside it)
  ['fa-IR', 'متماس 9965602445', 'متماس 9965602445'],
  // base: 'تجوال [PHONE]'
  ['fa-IR', 'تجوال 9965602445', 'تجوال 9965602445'],
];

const NORDIC_KOM: readonly Row[] = [
  // base: 'Paketet kom. [PHONE]' (the parcel came.)
  ['sv-SE', 'Paketet kom. 4011493', 'Paketet kom. 4011493'],
  // base: 'Pakken kom. [PHONE]'
  ['nb-NO', 'Pakken kom. 71473477', 'Pakken kom. 71473477'],
  // base: 'Pakken kom. [PHONE]'
  ['da-DK', 'Pakken kom. 71473477', 'Pakken kom. 71473477'],
];

const LIST_THEN_YEAR: readonly Row[] = [
  // Moved from auditSession59OutDialAndRows' LEFT (V59g). base: '[PHONE] (2) 646 555 0199 2024'
  ['en-US', '(1) 212 555 0123 (2) 646 555 0199 2024', '(1) [PHONE] (2) [PHONE] 2024'],
  // base: unchanged
  ['en-US', '1) 212 555 0123 2) 646 555 0199 2024', '1) [PHONE] 2) [PHONE] 2024'],
  // base: '(1) [PHONE] [PHONE]' (the marker and the year went)
  ['de-DE', '(1) 030 12345678 (2) 0151 23456789 2024', '(1) [PHONE] (2) [PHONE] 2024'],
  // base: '1) [PHONE] [PHONE]'
  ['de-DE', '1) 030 12345678 2) 0151 23456789 2024', '1) [PHONE] 2) [PHONE] 2024'],
  // base: 'call [PHONE] (2) 646 555 0199 2024'
  ['en-US', 'call (1) 212 555 0123 (2) 646 555 0199 2024', 'call (1) [PHONE] (2) [PHONE] 2024'],
  // base: unchanged
  ['en-US', '(10) 212 555 0123 (11) 646 555 0199 2024', '(10) [PHONE] (11) [PHONE] 2024'],
  // base: unchanged
  ['en-US', '(1) 4711 2023 (2) 646 555 0199 2024', '(1) 4711 2023 (2) [PHONE] 2024'],
];

const DASH_OPENS_LINE: readonly Row[] = [
  // base: unchanged (pinned by V59e: a phone's dash that opens the next line)
  ['de-DE', 'tel 0151\n-23456789', 'tel [PHONE]'],
  // base: unchanged
  ['de-DE', '+49 151\n-23456789', '[PHONE]'],
  // base: unchanged
  ['en-US', 'call 212 555\n-0187', 'call [PHONE]'],
  // base: 'tel 0151\n-[PHONE] Stück' (the second line read alone)
  ['de-DE', 'tel 0151\n-23456789 2 Stück', 'tel [PHONE] Stück'],
];

// The same words and lists beside an order's number, a date, an amount, a count or a year: the
// same on base.
const LOOKALIKES: readonly Row[] = [
  ['el-GR', 'αυτοκίνητο 2 τεμ. 2024', 'αυτοκίνητο 2 τεμ. 2024'],
  ['el-GR', 'Προσκαλέστε 2 φίλους έως 31.12.2026', 'Προσκαλέστε 2 φίλους έως 31.12.2026'],
  ['el-GR', 'ακίνητο 120 τ.μ. 250.000 €', 'ακίνητο 120 τ.μ. 250.000 €'],
  ['el-GR', 'Αυτοκίνητο παραγγελία 4711 2023', 'Αυτοκίνητο παραγγελία 4711 2023'],
  ['ar-SA', 'رسوم التجوال 150 ريال', 'رسوم التجوال 150 ريال'],
  ['ar-SA', 'متواصل منذ 2024', 'متواصل منذ 2024'],
  ['ar-EG', 'العمل متواصل 24 ساعة', 'العمل متواصل 24 ساعة'],
  ['ar-SA', 'للتواصل 2024-12-01', 'للتواصل 2024-12-01'],
  ['fa-IR', 'تجوال 1403/09/17', 'تجوال 1403/09/17'],
  ['ar-EG', 'متواصل الطلب 4011493', 'متواصل الطلب 4011493'],
  ['sv-SE', 'Paketet kom. 2024-12-01', 'Paketet kom. 2024-12-01'],
  ['sv-SE', 'Paketet kom. 499 kr', 'Paketet kom. 499 kr'],
  ['da-DK', 'Pakken kom. 3 stk.', 'Pakken kom. 3 stk.'],
  ['nb-NO', 'Pakken kom. ordre 4711 2023', 'Pakken kom. ordre 4711 2023'],
  ['pl-PL', 'kom. 500 zł', 'kom. 500 zł'],
  ['en-US', '(1) 4711 2023 (2) 4712 2024', '(1) 4711 2023 (2) 4712 2024'],
  ['en-US', '(1) 4711 (2) 4712 2024', '(1) 4711 (2) 4712 2024'],
  ['en-US', '1) 4711 2023 2) 4712 2024', '1) 4711 2023 2) 4712 2024'],
  ['en-US', '(1) 12 items (2) 3 items 2024', '(1) 12 items (2) 3 items 2024'],
  ['en-US', '(1) $212.55 (2) $646.55 2024', '(1) $212.55 (2) $646.55 2024'],
  ['en-US', '(1) 2023-12-01 (2) 2024-01-15 2024', '(1) 2023-12-01 (2) 2024-01-15 2024'],
  ['en-US', 'Order (1) 4711 2023 (2) 4712 2024', 'Order (1) 4711 2023 (2) 4712 2024'],
  ['en-US', '212 555 0123 646 555 0199 2024', '212 555 0123 646 555 0199 2024'],
  ['en-US', 'Order 4711 (2) 646 555 0199 2024', 'Order 4711 (2) 646 555 0199 2024'],
  // A dash that opens a line with no phone's label before it (a minus, an amount's), a list's
  // "- " item, a count, a date, an order's number.
  ['de-DE', 'tel 0151\n- 23456789', 'tel 0151\n- 23456789'],
  ['de-DE', 'Rabatt 0151\n-23456789', 'Rabatt 0151\n-23456789'],
  ['de-DE', 'Bestellung 4711\n-2345', 'Bestellung 4711\n-2345'],
  ['de-DE', 'tel 0151\n-2345', 'tel 0151\n-2345'],
  ['de-DE', 'tel 0151\n-2024-12-01', 'tel 0151\n-2024-12-01'],
];

// The words still label where a word starts, an Arabic one after its particles; Polish "kom."
// and a list with no year read as before (the same on base).
const STILL_READ: readonly Row[] = [
  ['el-GR', 'κινητό 2121860353', 'κινητό [PHONE]'],
  ['el-GR', 'καλέστε 2353288679', 'καλέστε [PHONE]'],
  ['ar-EG', 'تواصل 257449417', 'تواصل [PHONE]'],
  ['ar-EG', 'للتواصل 257449417', 'للتواصل [PHONE]'],
  ['ar-EG', 'والتواصل 257449417', 'والتواصل [PHONE]'],
  ['ar-SA', 'بالجوال 543481991', 'بالجوال [PHONE]'],
  ['ar-SA', 'الجوال 543481991', 'الجوال [PHONE]'],
  ['ar-EG', 'وهاتف 257449417', 'وهاتف [PHONE]'],
  ['pl-PL', 'kom. 602191607', 'kom. [PHONE]'],
  ['en-US', '(1) 212 555 0123 (2) 646 555 0199', '(1) [PHONE] (2) [PHONE]'],
];

// Left by V62d (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // ("τηλεπικοινωνίες 2121860353" and Persian "همراهی 459 597 113", a label word read as a stem:
  // fixed by V63d, moved to auditSession63WordEnds.)
  // A list's last value with a count of two digits after it: the count is read as the number's
  // (readBeforeLoneTail) and goes with it; found beside the year's rows, not touched here.
  [
    'en-US',
    '(1) 212 555 0123 (2) 646 555 0199 12',
    '(1) [PHONE] (2) [PHONE] 12',
    'a count after the list read into its last number',
  ],
  // One marker, then a number and a year: only a numbered list (a marker numbered one less
  // before it, sequelAt) is cut before the year; a lone "(2)" may be an area's code ("(2) 2123
  // 4567" in Chile, which stays before a year too). Cutting there (the mutant without sequelAt)
  // only redacted more in the texts tried, but no look-alike was written for it in the time.
  ['en-US', '(2) 646 555 0199 2024', '(2) [PHONE] 2024', 'a lone marker before a year'],
];

describe('session 62: label words inside longer words, a list before a year (issue #14)', () => {
  for (const [name, rows] of [
    ['a Greek or Arabic label word inside a longer word names nothing', WORD_INSIDE_A_WORD],
    ['"kom." in Swedish, Danish and Norwegian', NORDIC_KOM],
    ["a numbered list's last number before a year", LIST_THEN_YEAR],
    ["a phone's dash that opens the next line", DASH_OPENS_LINE],
    ['look-alikes', LOOKALIKES],
    ['labels still read', STILL_READ],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V62d (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
