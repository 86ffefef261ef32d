// Redaction settles on text made of glued pieces (issue #14: it fails closed, but a customer's
// text that merely holds many addresses, numbers and words glued together must not make it
// throw). A later pass reads the output again, as a placeholder changes what is around it; when
// each pass revealed only one more span, seven of "x@例え.jpで57.211.124.247" in a row made
// redact throw "redaction did not settle" (email.ts switchedEnd). Pieces from the shapes that
// meet across a placeholder: addresses with Japanese, Thai and Latin domains, IPs, phones, card
// and IBAN digits, the words and particles of spaceless scripts, dots, dashes and "@".
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const PIECES = [
  'x@例え.jp',
  'taro@example.co.jp',
  'a@b.c',
  'somchai@example.co.th',
  'สมชาย@ตัวอย่าง.ไทย',
  '57.211.124.247',
  '2001:db8::1',
  '+81 90-1234-5678',
  '09012345678',
  '4111 1111 1111 1111',
  'DE89370400440532013000',
  'で',
  'です',
  'ครับ',
  'に連絡',
  'x',
  '7',
  '.',
  '-',
  '@',
  ' ',
  ':',
  '[IP]',
  '[EMAIL]',
];

describe('glued pieces settle', () => {
  it.each([1, 6, 7, 12])(
    '"x@例え.jpで57.211.124.247" %i times: every address and the last IP go',
    (n) => {
      const out = redact('x@例え.jpで57.211.124.247'.repeat(n), { locale: 'ja-JP' }).text;
      expect(out).toBe(`${'[EMAIL]で'.repeat(n)}[IP]`);
    },
  );

  test.prop([
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }),
    fc.constantFrom('ja-JP', 'th-TH', 'en-US', 'de-DE'),
  ])('any glued pieces: redact returns, and again changes nothing', (pieces, locale) => {
    const once = redact(pieces.join(''), { locale }).text;
    expect(redact(once, { locale }).text).toBe(once);
  });
});
