// The shadow string: same length as the text, every decimal digit of the Basic Multilingual Plane
// in ASCII, so offsets found in it are offsets of the text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DIGIT_ZEROS, MAY_HOLD_DATA, shadowOf } from '../../src/redact/digits.js';

describe('shadowOf', () => {
  it('knows every decimal digit of the BMP that the platform knows (\\p{Nd})', () => {
    const listed = new Set(
      DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, d) => zero + d)),
    );
    for (let c = 0; c < 0x10000; c++) {
      const isDigit = /\p{Nd}/u.test(String.fromCharCode(c));
      expect(listed.has(c), `U+${c.toString(16)}`).toBe(isDigit);
    }
  });

  it('maps each script to ASCII and folds spaces, hyphens and bidi marks', () => {
    expect(shadowOf('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ ०१२३४५६७८९ ０１２３４５６７８９')).toBe(
      '0123456789 0123456789 0123456789 0123456789',
    );
    expect(shadowOf('06\u00a012\u202f34\u200e–56＋７')).toBe('06 12 34 -56+7');
  });

  it('reads the URL escapes of a space, a "+" and an "@" in their three units', () => {
    expect(shadowOf('tel:%2b48%20600 a%40b.pl 5%')).toBe('tel:+  48   600 a%4@b.pl 5%');
    expect(shadowOf('٠%2B٩')).toBe('0+  9');
  });

  it('reads "=40" as an "@" in a quoted-printable body only', () => {
    expect(shadowOf('Hi,=20jan=40example.pl')).toBe('Hi,=20jan%4@example.pl');
    // Its soft line break reads as spaces between an address's characters (T52b), and as it is
    // elsewhere.
    expect(shadowOf('jan=40example.pl=\nx')).toBe('jan%4@example.pl  x');
    expect(shadowOf('jan=40example.pl =\nx')).toBe('jan%4@example.pl =\nx');
    expect(shadowOf('Dzie=C5=84 jan=40example.pl')).toBe('Dzie=C5=84 jan%4@example.pl');
    expect(shadowOf('size=40x40 max=40example.de')).toBe('size=40x40 max=40example.de');
  });

  it('reads a WhatsApp link as the "+" its number leaves out', () => {
    expect(shadowOf('wa.me/55 wa.me/+55 wa.me')).toBe('     +55 wa.me/+55 wa.me');
  });

  it("reads a Zalo link as WhatsApp's, in international and national form (T56c)", () => {
    expect(shadowOf('zalo.me/84 zalo.me/09 zalo.me/g/1 me/84')).toBe(
      '       +84        +09 zalo.me/g/1 me/84',
    );
  });

  it('is tested for data without being made: every unit whose shadow is a digit, ":" or "@" is seen', () => {
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (/[0-9:@]/.test(shadowOf(unit)))
        expect(MAY_HOLD_DATA.test(unit), `U+${c.toString(16)}`).toBe(true);
    }
    const quiet = [
      'Dziękujemy za kontakt',
      'Спасибо',
      'ممنون از صبر شما',
      'شكرا لك',
      'धन्यवाद',
      'ありがとう、届きました',
      '감사합니다',
    ];
    for (const t of quiet) expect(MAY_HOLD_DATA.test(t), t).toBe(false);
  });

  test.prop([fc.string({ unit: 'binary' })])('keeps the length, so offsets carry over', (text) => {
    expect(shadowOf(text).length).toBe(text.length);
  });
});
