// The regions the built-in data is split into, so that a storefront imports the region it
// serves. Every country of the built-in dataset is in exactly one region (a test holds it).
import type { CountryCode } from '@meridian-cx/core';

/**
 * The countries of `PAYMENTS_EUROPE`: Europe (the EU and EEA, the UK, Switzerland, Andorra and Türkiye).
 *
 * @example
 * PAYMENTS_EUROPE_COUNTRIES.includes('PL');
 * @since 0.1.0
 */
export const PAYMENTS_EUROPE_COUNTRIES = [
  'AD',
  'AT',
  'BE',
  'CH',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'IE',
  'IT',
  'LT',
  'LV',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'TR',
] as const satisfies readonly CountryCode[];

/**
 * The countries of `PAYMENTS_AMERICAS`: the Americas.
 *
 * @example
 * PAYMENTS_AMERICAS_COUNTRIES.includes('PL');
 * @since 0.1.0
 */
export const PAYMENTS_AMERICAS_COUNTRIES = [
  'AR',
  'BR',
  'CA',
  'CL',
  'CO',
  'MX',
  'PE',
  'US',
] as const satisfies readonly CountryCode[];

/**
 * The countries of `PAYMENTS_ASIA_PACIFIC`: Asia-Pacific.
 *
 * @example
 * PAYMENTS_ASIA_PACIFIC_COUNTRIES.includes('PL');
 * @since 0.1.0
 */
export const PAYMENTS_ASIA_PACIFIC_COUNTRIES = [
  'AU',
  'CN',
  'HK',
  'ID',
  'IN',
  'JP',
  'KR',
  'MY',
  'NZ',
  'PH',
  'SG',
  'TH',
  'TW',
  'VN',
] as const satisfies readonly CountryCode[];

/**
 * The countries of `PAYMENTS_MIDDLE_EAST_AFRICA`: the Middle East and Africa.
 *
 * @example
 * PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES.includes('PL');
 * @since 0.1.0
 */
export const PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES = [
  'AE',
  'EG',
  'KE',
  'NG',
  'SA',
  'ZA',
] as const satisfies readonly CountryCode[];

/** The built-in region export that speaks for a country, for error messages; undefined if none. */
export function builtinRegionOf(country: string): string | undefined {
  const regions = {
    PAYMENTS_EUROPE: PAYMENTS_EUROPE_COUNTRIES,
    PAYMENTS_AMERICAS: PAYMENTS_AMERICAS_COUNTRIES,
    PAYMENTS_ASIA_PACIFIC: PAYMENTS_ASIA_PACIFIC_COUNTRIES,
    PAYMENTS_MIDDLE_EAST_AFRICA: PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES,
  };
  for (const [name, list] of Object.entries(regions))
    if ((list as readonly string[]).includes(country)) return name;
  return undefined;
}
