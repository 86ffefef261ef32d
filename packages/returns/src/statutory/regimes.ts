import type { CountryCode } from '@meridian-cx/core';
import { show } from '../failures.js';
import { AU_CONSUMER_LAW } from './au.js';
import { BR_CONSUMER_CODE } from './br.js';
import { CN_CONSUMER_PROTECTION } from './cn.js';
import { EU_CONSUMER_RIGHTS } from './eu.js';
import { fail } from './failures.js';
import { UK_CONSUMER_CONTRACTS } from './gb.js';
import { JP_SPECIFIED_TRANSACTIONS_ACT } from './jp.js';
import { KR_ECOMMERCE_ACT } from './kr.js';
import { TR_DISTANCE_CONTRACTS } from './tr.js';
import type { StatutoryRegime } from './types.js';
import { US_CA_CIVIL_CODE_1723 } from './us.js';

/**
 * Every built-in statutory regime, in one frozen list: the whole table, for a merchant that serves
 * customers anywhere (`evaluateReturn({ …, regimes: STATUTORY_REGIMES })`) or chooses a law at run
 * time. Importing it brings all nine regimes and their sources into a bundle; to keep a bundle
 * small, import the regimes you serve by name (`EU_CONSUMER_RIGHTS`, `UK_CONSUMER_CONTRACTS`, …).
 *
 * @example
 * STATUTORY_REGIMES.map((r) => r.code); // ['EU', 'GB', 'BR', 'CN', 'KR', 'JP', 'TR', 'AU', 'US']
 * @since 0.1.0
 */
export const STATUTORY_REGIMES: readonly StatutoryRegime[] = Object.freeze([
  EU_CONSUMER_RIGHTS,
  UK_CONSUMER_CONTRACTS,
  BR_CONSUMER_CODE,
  CN_CONSUMER_PROTECTION,
  KR_ECOMMERCE_ACT,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  TR_DISTANCE_CONTRACTS,
  AU_CONSUMER_LAW,
  US_CA_CIVIL_CODE_1723,
]);

const byCountry = new Map<string, StatutoryRegime>();
for (const regime of STATUTORY_REGIMES) {
  for (const c of regime.countries) byCountry.set(c, regime);
}

/**
 * Which built-in regime governs a customer in this country, if any: a lookup in the whole table
 * (it brings every built-in regime into a bundle).
 *
 * @param country - ISO 3166-1 alpha-2 code of the customer's country.
 * @returns The regime, or `undefined` when none is built in (the merchant policy alone applies).
 * @example
 * regimeForCountry('DE')?.code; // 'EU'
 * @since 0.1.0
 */
export function regimeForCountry(country: CountryCode | string): StatutoryRegime | undefined {
  return byCountry.get(country);
}

/**
 * A built-in regime by its code (`'EU'`, `'GB'`, `'BR'`, `'CN'`, `'KR'`, `'JP'`, `'TR'`, `'AU'`,
 * `'US'`): the explicit way to choose a law by code at run time (a setting, a row of a table).
 * It brings every built-in regime into a bundle; where the law is known when you write the code,
 * import its export instead.
 *
 * @param code - A regime code, in any case.
 * @returns The regime, to pass to `evaluateReturn` in `regimes` or as `jurisdiction`.
 * @throws {MeridianError} `returns/unknown-jurisdiction` for a code that is not built in.
 * @example
 * regimeByCode('gb') === UK_CONSUMER_CONTRACTS; // true
 * @since 0.1.0
 */
export function regimeByCode(code: string): StatutoryRegime {
  const upper = typeof code === 'string' ? code.toUpperCase() : '';
  const found = STATUTORY_REGIMES.find((r) => r.code === upper);
  if (found === undefined) fail('returns/unknown-jurisdiction', { jurisdiction: show(code) });
  return found;
}
