import {
  COUNTRY_CODES,
  CountryCodeSchema,
  CURRENCIES,
  CurrencyCodeSchema,
  isCountry,
  isCurrency,
  isLocale,
  isTimeZone,
  LocaleTagSchema,
  minorUnits,
  parseCountry,
  parseCurrency,
  parseLocale,
  parseTimeZone,
  TimeZoneSchema,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

describe('currencies', () => {
  it('holds the current ISO 4217 list', () => {
    for (const code of ['SLE', 'VED', 'VES', 'ZWG', 'XCG', 'EUR', 'USD', 'CLF', 'UYW']) {
      expect(isCurrency(code), code).toBe(true);
    }
    for (const code of ['HRK', 'SLL', 'ZWL', 'CUC', 'ANG', 'VEF', 'XAU', 'XXX', 'eur', 'EURO']) {
      expect(isCurrency(code), code).toBe(false);
    }
    expect(Object.keys(CURRENCIES)).toHaveLength(164);
  });

  it('knows minor units 0, 2, 3 and 4', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('KWD')).toBe(3);
    expect(minorUnits('CLF')).toBe(4);
    const exponents = new Set(Object.values(CURRENCIES).map((c) => c.minorUnits));
    expect([...exponents].sort()).toEqual([0, 2, 3, 4]);
  });

  it('agrees with the runtime on every code it knows', () => {
    const runtime = new Set(Intl.supportedValuesOf('currency'));
    const missing = Object.keys(CURRENCIES).filter((c) => !runtime.has(c));
    // ICU lists tender currencies only: ISO's funds codes (Table A.2) and VED, Venezuela's
    // digital bolívar, are missing there; everything else of ours must be known to the runtime.
    const funds = ['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW', 'VED'];
    expect(missing.filter((c) => !funds.includes(c))).toEqual([]);
  });

  it('parses loosely but explains withdrawn codes', () => {
    expect(parseCurrency(' eur ')).toBe('EUR');
    expect(() => parseCurrency('HRK')).toThrow(/withdrawn 2023-01-01, replaced by EUR/);
    expect(() => parseCurrency('ZZZ')).toThrow(/not a current ISO 4217 currency code/);
    expect(CurrencyCodeSchema.safeParse('USD').success).toBe(true);
    expect(CurrencyCodeSchema.safeParse('usd').success).toBe(false);
  });
});

describe('countries', () => {
  it('holds the 249 assigned alpha-2 codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountry('BR')).toBe(true);
    expect(isCountry('UK')).toBe(false);
    expect(isCountry('XK')).toBe(false);
    expect(isCountry('br')).toBe(false);
  });

  it('has a display name in the runtime for every code', () => {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    expect(COUNTRY_CODES.filter((c) => !names.of(c))).toEqual([]);
  });

  it('parses loosely and says what a code looks like', () => {
    expect(parseCountry(' de')).toBe('DE');
    expect(() => parseCountry('Germany')).toThrow(/two upper-case letters/);
    expect(CountryCodeSchema.safeParse('JP').success).toBe(true);
  });
});

describe('locales', () => {
  it('canonicalises tags with Intl', () => {
    expect(parseLocale('pt_br')).toBe('pt-BR');
    expect(parseLocale('EN-gb')).toBe('en-GB');
    expect(parseLocale('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(parseLocale('iw')).toBe('he');
    expect(isLocale('fa-IR')).toBe(true);
    expect(isLocale('fa_IR')).toBe(false);
    expect(() => parseLocale('not a locale')).toThrow(/BCP 47/);
    expect(LocaleTagSchema.parse('ja_jp')).toBe('ja-JP');
    expect(LocaleTagSchema.safeParse('x').success).toBe(false);
  });
});

describe('time zones', () => {
  it('accepts IANA names and refuses abbreviations and offsets', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('+05:30')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(parseTimeZone(' Europe/Berlin ')).toBe('Europe/Berlin');
    expect(() => parseTimeZone('CEST')).toThrow(/IANA time zone/);
    expect(TimeZoneSchema.safeParse('Pacific/Chatham').success).toBe(true);
  });
});
