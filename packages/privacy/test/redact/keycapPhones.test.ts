// Phone numbers typed in keycap digits, a keycap at a time ("0️⃣7️⃣9️⃣1️⃣1️⃣…": a digit, U+FE0F and
// U+20E3, as phones type emoji numbers, and as a number is typed past a marketplace's filter).
// T36b read a keycap's marks as noise inside a number, so cards and numbers with a group of
// keycaps went; a number typed all in keycaps stayed whole, read as one-digit groups
// (phone.ts keycapPhones reads the text without the keycaps' marks and maps what it finds back).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { VALID_NUMBERS } from './validNumbers.js';

/** Every ASCII digit of `s` as a keycap; `plain` leaves out the U+FE0F ("0⃣"). */
const keycaps = (s: string, plain = false): string =>
  s.replace(/[0-9]/g, (d) => `${d}${plain ? '' : '\ufe0f'}\u20e3`);

describe('a phone typed in keycaps', () => {
  it.each([
    ['en-GB', 'call ', '07911123456', ''],
    ['en-GB', 'call ', '07911 123456', ' after 6pm'],
    ['de-DE', 'Tel. ', '+49 30 1234 5678', ''],
    ['en-US', 'text me ', '2125550187', ' ok?'],
    ['en-US', 'WhatsApp ', '+1 212 555 0187', ''],
    ['fr-FR', 'mon portable ', '06 12 34 56 78', ' merci'],
    ['pt-BR', 'meu zap ', '(11) 91234-5678', ''],
  ])('%s %s%s goes whole, its marks with it', (locale, before, phone, after) => {
    for (const plain of [false, true]) {
      const text = before + keycaps(phone, plain) + after;
      const { text: out, findings } = redact(text, { locale });
      expect(out).toBe(`${before}[PHONE]${after}`);
      expect(findings.map((f) => f.type)).toEqual(['phone']);
      expect(redact(out, { locale }).text).toBe(out);
    }
  });

  it.each([
    // Keycaps that are no phone: a rating, a count, a short code, an order number that dials
    // nothing without a label, as it stays written in plain digits.
    ['en-US', `rated ${keycaps('5')} stars, ${keycaps('2')} items`],
    ['en-US', `use code ${keycaps('2026')} at checkout`],
    ['en-US', `order ${keycaps('558812449')} has not arrived`],
    ['en-GB', `table ${keycaps('12')}, ${keycaps('4')} guests`],
    // U+20E3 after no digit reads nothing and costs no second reading.
    ['en-US', 'a\u20e3 call 2125550187'.replace('2125550187', 'me')],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it('a keycap number beside a plain one: each goes once', () => {
    const text = `call ${keycaps('07911 123456')} or 07912 345678`;
    const { text: out, findings } = redact(text, { locale: 'en-GB' });
    expect(out).toBe('call [PHONE] or [PHONE]');
    expect(findings).toHaveLength(2);
  });

  const phones = VALID_NUMBERS.filter(([, n]) => !/^[A-Z]{2}/.test(n) && !/^[45]\d{3}/.test(n));

  test.prop([fc.constantFrom(...phones), fc.boolean(), fc.array(fc.boolean(), { minLength: 16 })])(
    'any valid phone with any of its digits as keycaps: no digit is left, as its plain form goes',
    ([locale, phone], plain, which) => {
      let k = 0;
      const mixed = phone.replace(/[0-9]/g, (d) =>
        which[k++ % which.length] ? keycaps(d, plain) : d,
      );
      const plainOut = redact(`call ${phone}`, { locale }).text;
      const out = redact(`call ${mixed}`, { locale }).text;
      expect(plainOut).toBe('call [PHONE]');
      expect(out).toBe('call [PHONE]');
    },
  );
});
