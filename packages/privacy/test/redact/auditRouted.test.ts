// Issue #14, session 30 (lead): rows the tenth audit (T34e) found outside the files it owned. A
// document's section number reads as a dotted quad ("section 3.1.4.2"), and so does a Turkish
// version ("sürüm 1.2.3.4"): version words now. A Persian text typed on an Arabic keyboard writes
// its ک and ی as the Arabic ك and ي ("كد ملي"): the label fold reads them as Persian's.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('routed from the tenth audit', () => {
  it.each([
    ['en-US', 'see section 3.1.4.2 of the manual'],
    ['de-DE', 'gemäß Abschnitt 2.1.3.4 der AGB'],
    ['tr-TR', 'sürüm 1.2.3.4'],
    ['tr-TR', 'SÜRÜM 1.2.3.4 yüklü'],
    ['tr-TR', 'versiyon 10.0.0.1'],
  ])('%s %j stays', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    ['fa-IR', 'كد ملي: 0079461816', 'كد ملي: [IR_NATIONAL_CODE]'],
    ['fa-IR', 'كد ملي 0079461816 است', 'كد ملي [IR_NATIONAL_CODE] است'],
    // An address after a section's number is still one.
    ['en-US', 'my IP is 10.0.0.1, section 3 of the form', 'my IP is [IP], section 3 of the form'],
    ['fa-IR', 'کد ملی: 0079461816', 'کد ملی: [IR_NATIONAL_CODE]'],
  ])('%s %j -> %j', (locale, t, want) => {
    expect(text(t, locale)).toBe(want);
  });
});
