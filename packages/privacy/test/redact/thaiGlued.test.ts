// Thai (and Lao, Khmer, Myanmar) write their words without spaces, so a number typed in a Thai
// sentence is glued to the words around it: "โทร0812345678ค่ะ" ("call", the mobile, a polite
// particle) kept its phone, read as a code glued to letters, as a number glued to Latin letters
// is. context.ts reads those scripts as it reads Han and kana: beside a value they glue nothing.
// A reference word glued to a number still makes it the reference's.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale = 'th-TH'): string => redact(t, { locale }).text;

describe('a number glued to Thai words', () => {
  it.each([
    ['โทร0812345678ค่ะ', 'โทร[PHONE]ค่ะ'],
    ['ติดต่อ0812345678', 'ติดต่อ[PHONE]'],
    ['เบอร์โทร0812345678นะครับ', 'เบอร์โทร[PHONE]นะครับ'],
    ['โทร๐๘๑๒๓๔๕๖๗๘ค่ะ', 'โทร[PHONE]ค่ะ'],
    ['โทร02-123-4567ครับ', 'โทร[PHONE]ครับ'],
    ['เลขบัตรประชาชน1-1037-02071-81-1ค่ะ', 'เลขบัตรประชาชน[TH_ID]ค่ะ'],
  ])('%j -> %j', (t, want) => {
    expect(text(t)).toBe(want);
  });

  it.each([
    ['lo-LA', 'ໂທ020 5555 1234ເດີ'],
    ['km-KH', 'ទូរស័ព្ទ012345678បាទ'],
  ])('%s %j: the phone goes', (locale, t) => {
    expect(text(t, locale)).toContain('[PHONE]');
  });

  it.each([
    // An order's, a parcel's word glued to the number: the reference's.
    'คำสั่งซื้อ0812345678ยังไม่ได้รับ',
    'พัสดุTH0123456789ค่ะ',
    // An amount, a postcode, a date glued to their words.
    'ราคา1299บาท',
    'รหัสไปรษณีย์10110',
    'วันที่3/12/2026ค่ะ',
  ])('%j stays', (t) => {
    expect(text(t)).toBe(t);
  });
});
