import { describe, expect, it } from 'vitest';
import { fittingLetter } from './lostLetter.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// A byte that Windows-1252, 1250 or 1254 leaves undefined, lost on the way as U+FFFD: "Đ" (C4 90)
// through Windows-1252 is "Ä�", "Ş" (C5 9E) through 1254 "Å�". Until T61e the lossy reading left
// one U+FFFD where the message's language named the letter ("Trần �ức").
const cp = (s: string): number => s.codePointAt(0) ?? 0;
const C5_1252 = [...'ŁōŏŐŝ'].map(cp);

describe('fittingLetter', () => {
  it('keeps the one letter the message’s language writes', () => {
    expect(fittingLetter(C5_1252, 0x20, cp('u'), 'Dziękuję')).toBe(cp('Ł'));
    expect(fittingLetter(C5_1252, 0x20, cp('r'), 'Köszönöm, ő')).toBe(cp('Ő'));
    expect(fittingLetter([...'āčďĐĝ'].map(cp), 0x20, cp('ứ'), 'Trần ức')).toBe(cp('Đ'));
  });

  it('keeps none where two fit, where no language is named, or where the case rules them out', () => {
    // Czech writes both "č" and "ď"; "ü" is German, Hungarian, Turkish, French, Spanish, Estonian.
    expect(fittingLetter([...'āčďĐĝ'].map(cp), cp('e'), cp('k'), 'Děkuji')).toBeUndefined();
    expect(fittingLetter(C5_1252, 0x20, cp('u'), 'Müller')).toBeUndefined();
    expect(fittingLetter(C5_1252, 0x20, cp('u'), '')).toBeUndefined();
    // After a small letter, no capital: Polish writes "Ł" only.
    expect(fittingLetter(C5_1252, cp('a'), cp('u'), 'Dziękuję')).toBeUndefined();
  });
});

describe('repairText and a letter lost through Windows-1252, 1250 or 1254 (T61e)', () => {
  it('writes back the letter the message’s language leaves, at a lower confidence', () => {
    const r = repairText(mojibake('Trần Đức', 'windows-1252', 'strict'));
    expect(r.text).toBe('Trần Đức');
    expect(r.repairs.find((x) => x.after.startsWith('Đ'))?.confidence).toBeLessThanOrEqual(0.5);
    expect(repairText(mojibake('Trần Đức', 'windows-1254', 'strict')).text).toBe('Trần Đức');
    // "ó" and "ę" name Polish; "Ń" and "Ś" are Polish too, but never before a vowel.
    const polish = 'Zamówienie dla Łukasza, dziękujemy';
    expect(repairText(mojibake(polish, 'windows-1252', 'strict')).text).toBe(polish);
    expect(repairText(mojibake('Łukasz Żółć, Łódź', 'windows-1252', 'strict')).text).toBe(
      'Łukasz Żółć, Łódź',
    );
    // "Ş" (C5 9E) lost through 1254, a byte 1252 defines: "ı" names Turkish.
    expect(repairText(mojibake('Şahin ödeme yaptı', 'windows-1254', 'strict')).text).toBe(
      'Şahin ödeme yaptı',
    );
    expect(
      repairText(mojibake('Đơn hàng của tôi chưa được giao', 'windows-1252', 'strict')).text,
    ).toBe('Đơn hàng của tôi chưa được giao');
    // "ő" names Hungarian ("ö" and "ü" alone are German, Turkish, Estonian as well).
    expect(repairText(mojibake('Győri Őrs', 'windows-1252', 'strict')).text).toBe('Győri Őrs');
  });

  it('leaves U+FFFD where two letters fit, or the message names no language', () => {
    // Vietnamese through 1250: "Ä�" is "ă" (C4 83) or "Đ" (C4 90), both Vietnamese.
    expect(repairText(mojibake('Trần Đức', 'windows-1250', 'strict')).text).toBe('Trần �ức');
    // "ề", "ọ", "ỏ", "ờ" (E1 BB 81, 8D, 8F, 9D) are all Vietnamese.
    expect(repairText(mojibake('Tổng tiền', 'windows-1252', 'strict')).text).toBe('Tổng ti�n');
    // "ü" names no language ("Őukasz" would be Hungarian); Latvian writes "ā" and "č".
    expect(repairText(mojibake('Vielen Dank, Łukasz Müller', 'windows-1252', 'strict')).text).toBe(
      'Vielen Dank, �ukasz Müller',
    );
    expect(repairText(mojibake('Ān Lāčplēsis', 'windows-1252', 'strict')).text).toBe(
      'Ān L��plēsis',
    );
    // A lost byte the pages and the language cannot explain says the pages are wrong: Croatian
    // "š" (C5 A1) lost through Windows-1257, whose "ć" reads as 1252's, is no Polish "Ł" at the
    // word's start, as "vaÅ�a" (a small letter before it) shows; nothing is written back.
    const croatian = 'Hvala vam što ste nam se obratili, vaša je pošiljka već na putu.';
    expect(repairText(mojibake(croatian, 'windows-1257', 'strict')).text).not.toContain('Ł');
    // "ę" alone names Polish or Lithuanian, and 1257 (which reads the message alike) may have
    // lost Lithuanian "š" (C5 A1): "Ł" or "š". A word's first letter may be small or a capital:
    // "ş" or "Ş".
    expect(repairText(mojibake('Dziękuję, Łukasz', 'windows-1252', 'strict')).text).toBe(
      'Dziękuję, \ufffdukasz',
    );
    expect(repairText(mojibake('Şubat 2026 faturası', 'windows-1254', 'strict')).text).toBe(
      '\ufffdubat 2026 faturası',
    );
    // Alone, "Å�ukasz" gains nothing: it stays as it came (Polish "Ł", Hungarian "Ő").
    expect(repairText(mojibake('Łukasz', 'windows-1252', 'strict')).text).toBe('Å\ufffdukasz');
  });
});
