// A zero-width space between words of a script written without spaces (T35c, issue #14). Thai,
// Lao, Khmer and Myanmar mark a word's end with ZWSP (the Unicode Standard, Thai; layout
// controls): "ติดต่อ\u200bsomchai@example.co.th" ("contact somchai@…") went as one "[EMAIL]", the
// Thai word with it. Session 30 (T34f) made an invisible character between an address's
// characters part of the address, to fail closed on "ja\u200bne@example.com" ("ja[EMAIL]"); both
// hold: beside a character of a script written without spaces an invisible character is a word
// break unless the other side is of that script too; elsewhere it joins.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { invisibleJoins } from '../../src/redact/recognizers/email.js';

type Row = [locale: string, text: string, expected: string];

describe('an invisible character beside an address', () => {
  it.each<Row>([
    ['th-TH', 'ติดต่อ\u200bsomchai@example.co.th', 'ติดต่อ\u200b[EMAIL]'],
    ['th-TH', 'ติดต่อ somchai@example.co.th\u200bครับ', 'ติดต่อ [EMAIL]\u200bครับ'],
    ['th-TH', 'อีเมล\u200bsomchai.j@example.co.th\u200bนะคะ', 'อีเมล\u200b[EMAIL]\u200bนะคะ'],
    ['th-TH', 'ติดต่อ\u200b123@example.co.th', 'ติดต่อ\u200b[EMAIL]'],
    ['lo-LA', 'ຕິດຕໍ່\u200bsomphone@example.la', 'ຕິດຕໍ່\u200b[EMAIL]'],
    ['km-KH', 'ទំនាក់ទំនង\u200bdara@example.com.kh', 'ទំនាក់ទំនង\u200b[EMAIL]'],
    ['ja-JP', 'メール\u200bjane@example.jp', 'メール\u200b[EMAIL]'],
  ])('%s: %j keeps the word beside the address', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each<Row>([
    // Fail closed, as T34f: inside one script the invisible character is the address's.
    ['en-GB', 'ja\u200bne@example.com', '[EMAIL]'],
    ['de-DE', 'mül\u200bler@example.de', '[EMAIL]'],
    ['en-GB', 'ja\u200b12@example.com', '[EMAIL]'],
    ['en-GB', 'jane@exam\u00adple.com', '[EMAIL]'],
    ['en-GB', 'jane.\u2060doe@example.com', '[EMAIL]'],
    ['th-TH', 'สมชาย\u200bใจดี@example.co.th', '[EMAIL]'],
    ['ru-RU', 'ива\u200bнов@пример.рф', '[EMAIL]'],
  ])('%s: %j goes whole', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it('reads scripts: a spaceless one beside another breaks, the rest join', () => {
    const c = (s: string) => s.charCodeAt(0);
    expect(invisibleJoins(c('a'), c('b'))).toBe(true);
    expect(invisibleJoins(c('ü'), c('l'))).toBe(true);
    expect(invisibleJoins(c('a'), c('1'))).toBe(true);
    expect(invisibleJoins(c('ก'), c('ข'))).toBe(true);
    expect(invisibleJoins(c('อ'), c('s'))).toBe(false);
    expect(invisibleJoins(c('s'), c('ค'))).toBe(false);
    expect(invisibleJoins(c('อ'), c('1'))).toBe(false);
    expect(invisibleJoins(c('\u0e48'), c('s'))).toBe(false); // a Thai tone mark ends "ที่"
    expect(invisibleJoins(c('ル'), c('j'))).toBe(false);
  });
});

const latin = fc.stringMatching(/^[a-z]{2,8}$/);
const THAI_WORDS = ['ติดต่อ', 'อีเมล', 'ที่', 'ครับ', 'ค่ะ', 'ของผม', 'นะคะ'];

describe('properties', () => {
  // The Thai words beside an address stay, whatever address and words.
  test.prop([
    fc.constantFrom(...THAI_WORDS),
    fc.constantFrom(...THAI_WORDS),
    latin,
    latin,
    fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff'),
  ])(
    'a Thai word on either side of an invisible character stays',
    (before, after, local, host, mark) => {
      const text = `${before}${mark}${local}@${host}.co.th${mark}${after}`;
      expect(redact(text, { locale: 'th-TH' }).text).toBe(`${before}${mark}[EMAIL]${mark}${after}`);
    },
  );

  // An invisible character between two Latin letters of a local part leaves none of them.
  test.prop([latin, latin, fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff')])(
    'a Latin local part split by an invisible character goes whole',
    (a, b, mark) => {
      expect(redact(`to ${a}${mark}${b}@example.com ok`, { locale: 'en-GB' }).text).toBe(
        'to [EMAIL] ok',
      );
    },
  );
});
