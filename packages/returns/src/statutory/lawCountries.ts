import { EEA_COUNTRIES } from '@meridian-cx/core';

// Which built-in regime governs a country, by the name of its export: no law, only names, so that
// evaluateReturn can refuse a customer whose law the caller did not pass (instead of deciding on
// the policy alone) without carrying the nine regimes. statutory.data.test.ts holds this table
// equal to STATUTORY_REGIMES, country by country.

/**
 * The territories with a code of their own where EU law applies (TFEU Art. 355(1), 349 and
 * 355(4)): the codes only. Each one's treaty article and note are in EU_TERRITORIES
 * (euTerritories.ts); eu.territories.test.ts holds the two lists equal.
 */
export const EU_TERRITORY_CODES = ['GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'AX'] as const;

/** The export of each built-in regime, by the regime's `code`. */
export const REGIME_EXPORTS: Readonly<Record<string, string>> = {
  EU: 'EU_CONSUMER_RIGHTS',
  GB: 'UK_CONSUMER_CONTRACTS',
  BR: 'BR_CONSUMER_CODE',
  CN: 'CN_CONSUMER_PROTECTION',
  KR: 'KR_ECOMMERCE_ACT',
  JP: 'JP_SPECIFIED_TRANSACTIONS_ACT',
  TR: 'TR_DISTANCE_CONTRACTS',
  AU: 'AU_CONSUMER_LAW',
  US: 'US_CA_CIVIL_CODE_1723',
};

const EU_COUNTRIES: ReadonlySet<string> = new Set<string>([
  ...EEA_COUNTRIES,
  ...EU_TERRITORY_CODES,
]);

/**
 * The export name of the built-in regime that governs a customer in `country`, if any. Every
 * built-in regime but the EU's covers the one country of its code.
 */
export function lawExportFor(country: string): string | undefined {
  if (EU_COUNTRIES.has(country)) return REGIME_EXPORTS.EU;
  return country !== 'EU' && Object.hasOwn(REGIME_EXPORTS, country)
    ? REGIME_EXPORTS[country]
    : undefined;
}
