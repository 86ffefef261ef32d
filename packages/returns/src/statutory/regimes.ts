import type { CountryCode } from '@meridian-cx/core';
import { AU } from './au.js';
import { BR } from './br.js';
import { CN } from './cn.js';
import { EU } from './eu.js';
import { GB } from './gb.js';
import { JP } from './jp.js';
import { KR } from './kr.js';
import { TR } from './tr.js';
import type { StatutoryRegime } from './types.js';
import { US } from './us.js';

/**
 * The built-in statutory regimes by code.
 *
 * @example
 * STATUTORY_REGIMES.EU.withdrawal?.days; // 14
 * @since 0.1.0
 */
export const STATUTORY_REGIMES: Readonly<Record<string, StatutoryRegime>> = Object.freeze({
  EU,
  GB,
  BR,
  CN,
  KR,
  JP,
  TR,
  AU,
  US,
});

const byCountry = new Map<string, StatutoryRegime>();
for (const regime of Object.values(STATUTORY_REGIMES)) {
  for (const c of regime.countries) byCountry.set(c, regime);
}

/**
 * Which built-in regime governs a customer in this country, if any.
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
