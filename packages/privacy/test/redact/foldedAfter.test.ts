// T34c (issue #14): the label words read outside context.ts's word index were matched on a
// lower-case copy of the text, unfolded: a phone word after the number (phone.ts labelledAfter),
// a national id's own and generic labels (numericId.ts labelEnd, the shop's words before them)
// and a postal word (phone.ts postcodeAfterLabel). T33e folded context.ts (lowerCodeAt: lower
// case, accents off, ł ı İ đ); these read folded now too (foldedEnd.ts), and a text typed
// decomposed (NFD) reads as the same text composed. "İ" lowers to two units ("i̇"), so the copy
// kept it as it was: "… NUMARASİNDAN ARAYIN" and "KİMLİK" were no words there.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { lowerCodeAt } from '../../src/redact/context.js';
import { foldedEnd, foldedList } from '../../src/redact/foldedEnd.js';
import {
  ID_WORDS,
  ID_WORDS_IN_COUNTRY,
  ID_WORDS_IN_COUNTRY_SHOP,
  ID_WORDS_KR_CORPORATE,
  PHONE_NUMBER_WORDS_AFTER,
  PHONE_WORDS_AFTER,
  POSTAL_WORDS,
} from '../../src/redact/keywords.js';

const go = (locale: string, text: string) => redact(text, { locale }).text;

describe('a phone word after the number, read folded (T34c)', () => {
  it.each([
    // An order's word before it: only a word after it that names a phone's number makes it one.
    [
      'tr-TR',
      'Siparişim hakkında beni 0532 418 27 90 NUMARASİNDAN ARAYIN',
      'Siparişim hakkında beni [PHONE] NUMARASİNDAN ARAYIN',
    ],
    ['tr-TR', 'Sipariş 0532 418 27 90 NUMARASİNİ ARA', 'Sipariş [PHONE] NUMARASİNİ ARA'],
    // Held before, through the twin "numarasindan" and toLowerCase.
    [
      'tr-TR',
      'Siparişim hakkında beni 0532 418 27 90 NUMARASINDAN ARAYIN',
      'Siparişim hakkında beni [PHONE] NUMARASINDAN ARAYIN',
    ],
    ['tr-TR', 'Sipariş 0532 418 27 90 Numarasından arayın', 'Sipariş [PHONE] Numarasından arayın'],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });

  it('no word after the number: the order keeps it (held before)', () => {
    const text = 'Sipariş 0532 418 27 90 NUMARASI YOK';
    expect(go('tr-TR', text)).toBe(text);
  });
});

describe("a national id's own label nearer than a shop's generic one, read folded (T34c)", () => {
  // In Turkey "ID number" names the kimlik; after the shop's "Customer" it is the shop's number.
  // The id's own label nearer after it names the value again: "KİMLİK" was no "kimlik" in the
  // lower-case copy, and the id stayed as the customer's number.
  it.each([
    ['Customer ID number / KİMLİK 12345678950', 'Customer ID number / KİMLİK [TR_TCKN]'],
    [
      'Customer ID number / KİMLİK 12345678950'.normalize('NFD'),
      'Customer ID number / KİMLİK [TR_TCKN]'.normalize('NFD'),
    ],
    // Held before.
    ['Customer ID number / kimlik 12345678950', 'Customer ID number / kimlik [TR_TCKN]'],
  ])('%j', (text, out) => {
    expect(go('tr-TR', text)).toBe(out);
  });

  it("the shop's word before the generic label keeps the value", () => {
    // Its "İ" capital too, as its lower case does (it went as the kimlik: the copy kept "İ").
    expect(go('tr-TR', 'CUSTOMER İD NUMBER: 12345678950')).toBe('CUSTOMER İD NUMBER: 12345678950');
    // Held before.
    for (const text of [
      'Customer ID number: 12345678950',
      'ORDER ID NUMBER: 12345678950'.normalize('NFD'),
    ])
      expect(go('tr-TR', text)).toBe(text);
  });
});

describe('a postal word, read folded (T34c)', () => {
  // A ZIP+4 dials 0800 in Britain ("80064-6707" alone goes there as a phone).
  it.each([
    ['en-GB', 'ZİP 80064-6707'],
    // Held before.
    ['en-GB', 'Zip Code: 80064-6707'],
    ['pt-BR', 'CEP 01310-100'],
  ])('%s %j stays', (locale, text) => {
    expect(go(locale, text)).toBe(text);
  });
});

/**
 * The platform's fold, which shares nothing with lowerCodeAt's table: NFD, no combining
 * diacritical marks, NFC again (Hangul's jamo are no such marks), lower case.
 */
function platformFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd');
}

const LISTS = [
  PHONE_NUMBER_WORDS_AFTER,
  PHONE_WORDS_AFTER,
  POSTAL_WORDS,
  ID_WORDS_IN_COUNTRY,
  ID_WORDS_IN_COUNTRY_SHOP,
  ID_WORDS_KR_CORPORATE,
  ...Object.values(ID_WORDS),
];
const WORDS = [...new Set(LISTS.flat())];
// The words whose letters NFD writes as a letter and combining diacritical marks: Hangul's
// syllables decompose into jamo, Devanagari's nukta letters into a mark of their own block, which
// the fold reads as letters of their own (context.ts: they stay whole), composed or not.
const MARKED = WORDS.filter((w) =>
  [...w].every((c) => /^.[\u0300-\u036f]*$/su.test(c.normalize('NFD'))),
);

/** `word` as a customer may type it: each letter in either case (Turkish capitals too). */
const typed = (word: string) =>
  fc
    .array(fc.constantFrom('same', 'upper', 'turkish'), {
      minLength: word.length,
      maxLength: word.length,
    })
    .map((ways) =>
      [...word]
        .map((c, k) =>
          ways[k] === 'upper'
            ? c.toUpperCase()
            : ways[k] === 'turkish'
              ? c.toLocaleUpperCase('tr')
              : c,
        )
        .join(''),
    );

describe('the folded reading (foldedEnd.ts)', () => {
  it('folds each list as the platform does', () => {
    // A word's twin with a nukta letter NFC never composes written precomposed (nukta.ts: "फ़ोन"
    // with U+095E) is the platform's fold once NFC writes that letter decomposed again (T64c).
    for (const list of LISTS)
      for (const word of foldedList(list)) expect(word.normalize('NFC')).toBe(platformFold(word));
  });

  it('reads each list’s nukta letters precomposed too (T64c)', () => {
    const words = LISTS.flatMap((list) => foldedList(list));
    expect(words).toContain(platformFold('पर फ़ोन'));
    expect(words).toContain('पर \u095eोन');
  });

  test.prop([
    fc.constantFrom(...MARKED).chain((word) => fc.tuple(fc.constant(word), typed(word))),
    fc.constantFrom('NFC', 'NFD') as fc.Arbitrary<'NFC' | 'NFD'>,
    fc.string({ maxLength: 3 }),
  ])(
    'reads a word in any case and either normal form as the word, and ends where it ends',
    ([word, typedWord], form, rest) => {
      const written = typedWord.normalize(form);
      const [folded] = foldedList([word]) as [string];
      expect(foldedEnd(`${written}${rest}`, 0, folded)).toBe(written.length);
    },
  );

  test.prop([
    fc.constantFrom(...WORDS),
    fc.string({ unit: fc.constantFrom(...'aeiİIıłŁđéÉ\u0301\u0307 çşnmk'), maxLength: 12 }),
  ])('reads a word where the platform fold of the text starts with it (oracle)', (word, text) => {
    const [folded] = foldedList([word]) as [string];
    expect(foldedEnd(text, 0, folded) >= 0).toBe(
      platformFold(text).startsWith(platformFold(word)) &&
        // A mark that starts the text belongs to no letter of it: the oracle drops it, the fold
        // reads it as a unit of its own.
        !/^[\u0300-\u036f]/.test(text),
    );
  });

  test.prop([
    fc.constantFrom('kimlik', 'KİMLİK', 'Kimlik', 'KIMLIK', 'kİmlİk'),
    fc.constantFrom('NFC', 'NFD') as fc.Arbitrary<'NFC' | 'NFD'>,
  ])(
    "a Turkish id after its own label nearer than the shop's goes, composed or decomposed (T34c)",
    (label, form) => {
      const text = `Customer ID number / ${label} 12345678950`.normalize(form);
      expect(redact(text, { locale: 'tr-TR' }).findings.map((f) => f.type)).toEqual(['tr-tckn']);
    },
  );

  it('reads a unit as lowerCodeAt does', () => {
    for (const c of 'AÉİIıŁĐ')
      expect(foldedEnd(c, 0, String.fromCharCode(lowerCodeAt(c, 0)))).toBe(1);
  });
});
