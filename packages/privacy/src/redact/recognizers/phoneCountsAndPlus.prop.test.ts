// V52g (issue #14, phone.ts): two readings, each checked against the plain reading of its parts
// alone. A count after a number (readBeforeLoneTail's countAfter): "tel 07911 123456 2 items"
// went as "tel [PHONE] items", the count glued into the number; read together, the number goes
// as it goes alone and the count and its word stay. International numbers on one line, " +"
// between, too long to read whole (the " +" cut before windows): "tel (+1) 212 555-0187 +1 212
// 555-0187 +1 212 555-0187" left all three; each now goes as it goes alone.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { redact } from '../redact.js';

// Numbers a trunk "0" or a "+" leads, by locale, each one that goes whole alone after "tel".
const LED: Readonly<Record<string, readonly string[]>> = {
  'en-GB': ['07911 123456', '020 7946 0018', '+44 7911 123456', '+44 20 7946 0018'],
  // (No German number: German numbers have many lengths, and "0151 23456789 43" or "030 1234567
  // 2" read whole are numbers of their own, not a count. "+49 151 23456789 1 items", which left
  // its "+49 151", the matcher reading "23456789" alone, is phoneInternationalHead's since V53a.)
  'fr-FR': ['06 12 34 56 78', '+33 6 12 34 56 78'],
  'en-US': ['+1 212 555-0187'],
};
const WORDS = ['items', 'pcs', 'Stück', 'articles', 'boxes', 'x'];
// International numbers only (each starts with "+" or "(+"), by locale.
const PLUS: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['+1 212 555-0187', '(+1) 212 555-0187', '+1 (212) 555-0187'],
  'en-GB': ['+44 7911 123456', '(+44) 7911 123456', '+44 20 7946 0018'],
  'de-DE': ['+49 151 23456789', '(+49) 151 23456789', '+49 30 1234567'],
};

/** Whether `digits` is 13-19 digits long and passes Luhn's check, written plainly. */
function cardLike(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const led = fc
  .constantFrom(...Object.keys(LED))
  .chain((locale) => fc.tuple(fc.constant(locale), fc.constantFrom(...(LED[locale] ?? []))));

describe('a count after a number its trunk or "+" leads (V52g)', () => {
  test.prop([led, fc.integer({ min: 1, max: 99 }), fc.constantFrom(...WORDS)])(
    'the number goes as alone, the count and its word stay',
    ([locale, number], count, word) => {
      // Number and count together a Luhn-valid run of 13-19 digits go whole, by design: redact
      // never leaves a card's digits ("tel 07911 123456 10 items", auditSession52Gaps).
      fc.pre(!cardLike(`${number}${count}`.replace(/\D/g, '')));
      const alone = redact(`tel ${number}`, { locale }).text;
      expect(alone).toBe('tel [PHONE]');
      expect(redact(`tel ${number} ${count} ${word}`, { locale }).text).toBe(
        `${alone} ${count} ${word}`,
      );
    },
  );
});

const plus = fc
  .constantFrom(...Object.keys(PLUS))
  .chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(PLUS[locale] ?? [])), { minLength: 2, maxLength: 5 }),
    ),
  );

describe('international numbers on one line, " +" between (V52g)', () => {
  test.prop([plus, fc.constantFrom('tel ', 'tel: ', 'Tel. ', '')])(
    "each goes as it goes alone, whatever the line's length",
    ([locale, numbers], label) => {
      for (const n of numbers)
        expect(redact(`${label}${n}`, { locale }).text).toBe(`${label}[PHONE]`);
      const out = redact(`${label}${numbers.join(' ')}`, { locale }).text;
      expect(out).toBe(`${label}${numbers.map(() => '[PHONE]').join(' ')}`);
    },
  );
});
