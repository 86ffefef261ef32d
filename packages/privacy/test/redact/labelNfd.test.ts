// Labels typed decomposed (NFD: a letter, then its accents as separate combining marks), as macOS
// file names, some Vietnamese input methods ("Unicode tổ hợp") and text pasted from them write
// them (T34a, issue #14). The fold read a precomposed "é" as "e" but a decomposed one as "e" and
// a mark, and no word matched: the rows here each gave another outcome than their NFC twin on the
// code before (checked against it). The property holds every label word to its NFC twin's reading.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { contextBefore, contextBeforePlain } from '../../src/redact/context.js';
import {
  ID_WORDS,
  ID_WORDS_IN_COUNTRY,
  ID_WORDS_KR_CORPORATE,
  LANGUAGE_REFERENCE_WORDS,
  NUMBER_WORDS,
  PHONE_WORDS,
  REFERENCE_WORDS,
  VERSION_WORDS,
} from '../../src/redact/keywords.js';

/** What a redaction found, by kind, and its text composed again (NFC): offsets aside. */
function reading(text: string, locale: string) {
  const out = redact(text, { locale });
  return { text: out.text.normalize('NFC'), types: out.findings.map((f) => f.type) };
}

const nfd = (s: string) => s.normalize('NFD');

describe('a label typed decomposed reads as its NFC twin', () => {
  it.each([
    // A reference word keeps its number.
    ['pl-PL', 'Nr zamówienia 600 123 456', 'Nr zamówienia 600 123 456'],
    ['vi-VN', 'Đơn hàng 0912 345 678', 'Đơn hàng 0912 345 678'],
    ['vi-VN', 'Hóa đơn 0912 345 678', 'Hóa đơn 0912 345 678'],
    ['tr-TR', 'Ürün kodu 0532 418 27 90', 'Ürün kodu 0532 418 27 90'],
    ['ru-RU', 'Счёт 8 912 345 67 89', 'Счёт 8 912 345 67 89'],
    ['de-DE', 'Gerätenummer 2345-0151-4827', 'Gerätenummer 2345-0151-4827'],
    // Hangul decomposed into its jamo.
    ['ko-KR', '주문 010-1234-5678', '주문 010-1234-5678'],
    // A phone word labels its number.
    ['es-ES', 'Llámenme al 612345678', 'Llámenme al [PHONE]'],
    ['fr-FR', 'Tél : 612345678', 'Tél : [PHONE]'],
    ['vi-VN', 'Số điện thoại 912345678', 'Số điện thoại [PHONE]'],
    ['tr-TR', 'İletişim numaram 5321234567', 'İletişim numaram [PHONE]'],
    // Kana with a separate voicing mark: "でんわ" (phone).
    ['ja-JP', 'でんわ 9012345678', 'でんわ [PHONE]'],
    ['ja-JP', 'バージョン 10.0.0.1', 'バージョン 10.0.0.1'],
    // A word the fold merges with another, told apart by its last letter composed: "commandé"
    // (ordered) is no "commande", and the phone after it goes.
    ['fr-FR', "J'ai commandé hier 06 12 34 56 78", "J'ai commandé hier [PHONE]"],
    // An abbreviation's full stop ends no sentence: "Tél." as "Tel.", "Núm." as "Num.".
    ['fr-FR', 'Commande. Tél. 612345678', 'Commande. Tél. [PHONE]'],
    // A number word gives a value back to its reference word past a digit, or a date.
    ['es-ES', 'Pedido 12, número 612 34 56 78', 'Pedido 12, número 612 34 56 78'],
    ['es-ES', 'Pedido 12, núm. 612 34 56 78', 'Pedido 12, núm. 612 34 56 78'],
    [
      'pl-PL',
      'Zamówienie z 30.11.2024 núm. 600 123 456',
      'Zamówienie z 30.11.2024 núm. 600 123 456',
    ],
    // A label's reach counts letters, not their separate marks: "Đơn hàng" 21 letters before the
    // value (26 units decomposed) still reaches it, as a phone label on the line above does.
    ['vi-VN', 'Đơn hàng của tôi là: 0912 345 678', 'Đơn hàng của tôi là: 0912 345 678'],
    [
      'vi-VN',
      'Số điện thoại di động của tôi là\n912345678',
      'Số điện thoại di động của tôi là\n[PHONE]',
    ],
    // A version word: "versão" keeps its version.
    ['pt-BR', 'Versão 10.0.0.1', 'Versão 10.0.0.1'],
  ])('%s: %s', (locale, text, redacted) => {
    expect(reading(nfd(text), locale)).toEqual(reading(text, locale));
    expect(reading(nfd(text), locale).text).toBe(redacted);
  });
});

// Every word read by context.ts that NFD writes otherwise (its accents, Hangul, a voiced kana).
const WORDS = [
  ...new Set([
    ...REFERENCE_WORDS,
    ...Object.values(LANGUAGE_REFERENCE_WORDS).flat(),
    ...PHONE_WORDS,
    ...NUMBER_WORDS,
    ...Object.values(ID_WORDS).flat(),
    ...ID_WORDS_IN_COUNTRY,
    ...ID_WORDS_KR_CORPORATE,
    ...VERSION_WORDS,
  ]),
].filter((w) => nfd(w) !== w || nfd(w.toUpperCase()) !== w.toUpperCase());

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pl-PL', 'tr-TR', 'vi-VN', 'ko-KR', 'ro-RO'];
const VALUES = [
  '612 34 56 78',
  '0912 345 678',
  '5321234567',
  '0151 23456789',
  '010-1234-5678',
  '12345678950',
  '123.456.789-09',
  '10.0.0.1',
  '4111 1111 1111 1111',
];

describe('every label word', () => {
  it('is one the property reads (a word that NFD writes otherwise)', () => {
    expect(WORDS.length).toBeGreaterThan(60);
  });

  // context.ts DATED reads a number word after a date in at most seven units.
  it('that says "number" takes at most seven units decomposed', () => {
    for (const word of NUMBER_WORDS) expect(nfd(word).length, word).toBeLessThanOrEqual(7);
  });

  test.prop(
    [
      fc.constantFrom(...WORDS),
      fc.constantFrom(
        (w: string) => w,
        (w: string) => w.toUpperCase(),
      ),
      fc.constantFrom('', 'Order 4711, ', 'Đơn hàng, ', 'Tel: ', 'x'),
      fc.constantFrom(' ', ': ', '. ', ' #', ' nr. '),
      fc.constantFrom(...VALUES),
      fc.constantFrom(...LOCALES),
    ],
    { numRuns: 600 },
  )(
    'redact(NFD text) finds what redact(NFC text) finds',
    (word, cased, before, sep, value, locale) => {
      const text = `${before}${cased(word)}${sep}${value}`.normalize('NFC');
      expect(reading(nfd(text), locale)).toEqual(reading(text, locale));
    },
  );
});

/** As redact.ts makes it: a unit whose lower case is longer stays as it is. */
function lowerSameLength(t: string): string {
  let out = '';
  for (const ch of t) out += ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return out;
}

describe('the one-pass label reading of a decomposed text', () => {
  // Label words decomposed, digits, stops and spaces: the plain reading (context.ts
  // contextBeforePlain, one look-up per list) and the one pass must agree on them too.
  const piece = fc.oneof(
    fc.constantFrom(...WORDS).map(nfd),
    fc.constantFrom(' ', ', ', '. ', '123', 'nu\u0301m. ', '30.11.2024 ', '\n', 'x', 'e\u0301'),
  );
  const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
  const lists = [PHONE_WORDS, VERSION_WORDS, ID_WORDS.pesel, ID_WORDS['kr-rrn']] as const;

  test.prop([text, fc.nat(), fc.nat(lists.length - 1), fc.constantFrom('en', 'vi-VN', 'ko-KR')], {
    numRuns: 500,
  })('gives the plain reading', (t, at, k, locale) => {
    const context = { text: t, shadow: t, lower: lowerSameLength(t), locale, country: undefined };
    const start = at % (t.length + 1);
    const own = lists[k] as readonly string[];
    expect(contextBefore(context, start, own)).toBe(contextBeforePlain(context, start, own));
  });
});
