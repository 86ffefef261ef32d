// V58e (issue #14, keywords.ts PHONE_WORDS; phone.ts ownCodeRead): a mobile of the customer's
// country written with its calling code and no "+" ("919876543210", "6281234567890") goes after a
// phone's label, "ph no" and Indonesian "nomor saya" among them, and stays after an order's: the
// label, not the digits, says which it is. The recognizer finds what its oracle finds on both.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bothReadings } from '../../../test/redact/phoneOracle.js';
import { isMobileOf, mobileParts } from '../../../test/redact/validNumbers.js';
import { luhnValid } from '../checks/luhn.js';
import { redact } from '../redact.js';

// By country: its locale, its calling code, the first digits of its mobiles and how many follow.
const MOBILES: readonly (readonly [string, string, readonly string[], number])[] = [
  ['en-IN', '91', ['98', '97', '81', '70', '63'], 8],
  ['id-ID', '62', ['812', '813', '821', '857'], 8],
  ['pl-PL', '48', ['60', '51', '69', '78'], 7],
  ['pt-BR', '55', ['119', '219', '319'], 8],
  ['de-DE', '49', ['151', '160', '170', '176'], 8],
];
// Labels of a phone (the customer's own words before a mobile) and of an order.
const PHONE_LABELS = ['ph no ', 'ph no: ', 'Nomor saya ', 'phone ', 'tel ', 'my number is '];
const ORDER_LABELS = ['order no ', 'Order ', 'Nomor pesanan ', 'Bestellung ', 'pedido '];

const mobile = mobileParts(MOBILES)
  .map(([locale, code, start, rest]) => [locale, code, `${start}${rest}`] as const)
  // (Only those libphonenumber reads as the country's mobiles with their "+", and not thirteen
  // digits or more that pass Luhn's check: a card's reading holds those, "[CARD]".)
  .filter(
    ([, code, national]) => `${code}${national}`.length < 13 || !luhnValid(`${code}${national}`),
  )
  .filter(([locale, code, national]) => isMobileOf(locale, code, national));

const both = bothReadings;

describe('a mobile with its calling code and no "+" (V58e)', () => {
  test.prop([mobile, fc.constantFrom(...PHONE_LABELS)], { numRuns: 60 })(
    'after a phone label it goes, and the recognizer finds what its oracle finds',
    ([locale, code, national], label) => {
      const text = `${label}${code}${national} pls`;
      expect(redact(text, { locale }).text).toBe(`${label}[PHONE] pls`);
      const [fast, plain] = both(text, locale);
      expect(fast).toEqual(plain);
    },
  );
  test.prop([mobile, fc.constantFrom(...ORDER_LABELS)], { numRuns: 60 })(
    "after an order's label it stays, and the recognizer finds what its oracle finds",
    ([locale, code, national], label) => {
      const text = `${label}${code}${national} pls`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = both(text, locale);
      expect(fast).toEqual(plain);
    },
  );
});
