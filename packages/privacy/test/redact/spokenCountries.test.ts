// French said for an Arabic locale (T59c, issue #14): T56c's audit (auditLocales2.test.ts) kept a
// Moroccan call's "zéro six, douze, trente-quatre…" under "ar-MA", read under "fr-MA". French is
// the Maghreb's language of administration and commerce ("French language in the Maghreb":
// Morocco, Algeria, Tunisia, Mauritania) and Lebanon's second (about 40% francophone): there the
// spoken recognizers read French and Arabic whatever the locale's language is, and nowhere else.
import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  SPOKEN_COUNTRY_LANGUAGES,
  spokenLanguages,
} from '../../src/redact/recognizers/spokenCountries.js';
import { said } from './spokenOracle.js';

// French numerals from 0 to 99 as a phone's pairs are said, written from the grammar here.
const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const below20 = (n: number): string =>
  n < 10 ? (UNITS[n] as string) : n < 17 ? (TEENS[n - 10] as string) : `dix-${UNITS[n - 10]}`;
const numeral = (n: number): string => {
  if (n < 20) return below20(n);
  if (n < 70) {
    const t = TENS[Math.floor(n / 10)] as string;
    const u = n % 10;
    return u === 0 ? t : u === 1 ? `${t} et un` : `${t}-${UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${below20(n - 60)}`;
  return n === 80 ? 'quatre-vingts' : `quatre-vingt-${below20(n - 80)}`;
};
/** A number's digits in pairs, each said in French ("zéro six" for a pair led by 0). */
const inPairs = (number: string): string => {
  const out: string[] = [];
  for (let k = 0; k < number.length; k += 2) {
    const pair = number.slice(k, k + 2);
    out.push(
      pair.length === 1
        ? (UNITS[Number(pair)] as string)
        : pair.startsWith('0')
          ? `zéro ${UNITS[Number(pair[1])]}`
          : numeral(Number(pair)),
    );
  }
  return out.join(', ');
};

describe("a country's desk languages", () => {
  it.each([
    ['ar-MA', '0612345678'],
    ['ar-MA', '0661234567'],
    ['ar-DZ', '0555123456'],
    ['ar-TN', '20123456'],
    ['ar-LB', '03123456'],
    ['en-MA', '0712345678'],
    ['ber-MA', '0612345678'],
  ])('%s: %s said in French goes', (locale, number) => {
    const text = `mon numéro c'est ${inPairs(number)}`;
    expect(said(text, locale)).toBe("mon numéro c'est [PHONE]");
  });

  it('reads the French of the audit under "ar-MA" as under "fr-MA"', () => {
    const text =
      "mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit";
    expect(said(text, 'ar-MA')).toBe(said(text, 'fr-MA'));
    expect(said(text, 'ar-MA')).toBe("mon numéro c'est [PHONE]");
  });

  it.each([
    // No desk language beside Arabic there: French pairs stay (a valid number of the country).
    ['ar-EG', '01012345678'],
    ['ar-SA', '0512345678'],
    ['ar-AE', '0501234567'],
    ['ar-JO', '0791234567'],
  ])('%s: %s said in French pairs stays', (locale, number) => {
    expect(isValidPhoneNumber(number, locale.slice(3) as 'EG')).toBe(true);
    const text = `mon numéro c'est ${inPairs(number)}`;
    expect(said(text, locale)).toBe(text);
  });

  it('reads Arabic digit words under "fr-MA", not under "fr-FR"', () => {
    const text = 'رقمي صفر ستة واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية';
    expect(said(text, 'fr-MA')).toBe('رقمي [PHONE]');
    expect(said(text, 'fr-FR')).toBe(text);
  });

  it("reads the customer's country when it is given", () => {
    const text = `mon numéro c'est ${inPairs('0612345678')}`;
    const options = { recognizers: spokenNumberRecognizers } as const;
    expect(redact(text, { ...options, locale: 'ar', country: 'MA' }).text).toBe(
      "mon numéro c'est [PHONE]",
    );
    expect(redact(text, { ...options, locale: 'ar-MA', country: 'EG' }).text).toBe(text);
  });

  it('an order\'s number said in French stays under "ar-MA"', () => {
    const text = `commande numéro ${inPairs('0612345678')}`;
    expect(said(text, 'ar-MA')).toBe(text);
  });

  it('lists the languages read', () => {
    expect(spokenLanguages('ar', 'MA')).toEqual(['ar', 'fr']);
    expect(spokenLanguages('fr', 'DZ')).toEqual(['fr', 'ar']);
    expect(spokenLanguages('en', 'LB')).toEqual(['en', 'ar', 'fr']);
    expect(spokenLanguages('ar', 'EG')).toEqual(['ar']);
    expect(spokenLanguages('ar', undefined)).toEqual(['ar']);
    expect(spokenLanguages('ar', 'constructor')).toEqual(['ar']);
  });

  it('carries a source and a date for each country', () => {
    for (const [country, desk] of Object.entries(SPOKEN_COUNTRY_LANGUAGES)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(desk.source).toMatch(/^https:\/\//);
      expect(desk.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const l of desk.languages) expect(l).toMatch(/^[a-z]{2,3}$/);
    }
  });

  const moroccanMobile = fc
    .tuple(
      fc.constantFrom('6', '7'),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
    )
    .map(([first, rest]) => `0${first}${rest.join('')}`)
    .filter((n) => isValidPhoneNumber(n, 'MA'));

  test.prop([moroccanMobile, fc.constantFrom('ar-MA', 'ar-DZ', 'ar-TN')])(
    'any Moroccan mobile said in French pairs reads as under "fr-MA"',
    (number, locale) => {
      const text = `appelez-moi au ${inPairs(number)} merci`;
      const options = { recognizers: spokenNumberRecognizers, country: 'MA' } as const;
      const out = redact(text, { ...options, locale }).text;
      expect(out).toBe(redact(text, { ...options, locale: 'fr-MA' }).text);
      expect(out).toBe('appelez-moi au [PHONE] merci');
    },
  );
});
