// The languages to try for a customer of a country who gave no usable language: the country's
// languages in CLDR's territoryInfo, the most widely used first. A desk overrides any entry with
// its own choice (`countryDefaults` of negotiateLocale): CH → fr-CH for a desk in Geneva.
import type { Source } from '@meridian-cx/core';
import { CLDR_TERRITORY_LANGUAGES } from './sources.js';

/** A country's default locales for negotiation, most widely used first, with their CLDR source. */
export type CountryDefault = {
  readonly locales: readonly string[];
  readonly source: Source;
  readonly asOf: string;
};

const cldr = (...locales: string[]): CountryDefault => ({
  locales,
  source: CLDR_TERRITORY_LANGUAGES,
  asOf: '2026-11-30',
});

/**
 * Per ISO country code, the languages a customer there most likely reads, from CLDR's territory
 * language data (source and asOf on each entry): what `negotiateLocale` falls back on when a
 * customer gave only a country.
 *
 * @example
 * COUNTRY_DEFAULTS.CH?.locales; // ['de-CH', 'fr-CH', 'it-CH']
 * @since 0.1.0
 */
export const COUNTRY_DEFAULTS: Readonly<Record<string, CountryDefault>> = {
  AR: cldr('es-AR', 'es-419'),
  AT: cldr('de-AT', 'de-DE'),
  BE: cldr('nl-BE', 'fr-BE', 'de-BE'),
  BR: cldr('pt-BR'),
  CA: cldr('en-CA', 'fr-CA'),
  CH: cldr('de-CH', 'fr-CH', 'it-CH'),
  CL: cldr('es-CL', 'es-419'),
  CN: cldr('zh-CN'),
  CO: cldr('es-CO', 'es-419'),
  DE: cldr('de-DE'),
  DK: cldr('da-DK'),
  EG: cldr('ar-EG'),
  ES: cldr('es-ES'),
  FI: cldr('fi-FI', 'sv-FI'),
  FR: cldr('fr-FR'),
  GB: cldr('en-GB'),
  HK: cldr('zh-Hant-HK', 'en-HK'),
  ID: cldr('id-ID'),
  IE: cldr('en-IE'),
  IL: cldr('he-IL'),
  IN: cldr('hi-IN', 'en-IN'),
  IR: cldr('fa-IR'),
  IT: cldr('it-IT'),
  JP: cldr('ja-JP'),
  KR: cldr('ko-KR'),
  LU: cldr('lb-LU', 'fr-LU', 'de-LU'),
  MX: cldr('es-MX'),
  NL: cldr('nl-NL'),
  NO: cldr('nb-NO'),
  PL: cldr('pl-PL'),
  PT: cldr('pt-PT'),
  RU: cldr('ru-RU'),
  SA: cldr('ar-SA'),
  SE: cldr('sv-SE'),
  TH: cldr('th-TH'),
  TR: cldr('tr-TR'),
  TW: cldr('zh-Hant-TW', 'zh-TW'),
  US: cldr('en-US', 'es-US'),
};
