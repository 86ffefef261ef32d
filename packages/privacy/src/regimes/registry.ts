import { describeValue } from '@meridian-cx/core';
import {
  AU_PRIVACY_ACT,
  BR_LGPD,
  CA_PIPEDA,
  CA_QC_LAW25,
  CN_PIPL,
  EU_GDPR,
  IN_DPDP,
  JP_APPI,
  KR_PIPA,
  SG_PDPA,
  TH_PDPA,
  UK_GDPR,
  US_CA_CCPA,
  US_CO_CPA,
  US_CT_CTDPA,
  US_NJ_NJDPA,
  US_OR_OCPA,
  US_TX_TDPSA,
  US_VA_VCDPA,
  ZA_POPIA,
} from './builtIns.js';
import { fail } from './failures.js';
import type { BuiltInRegimeId, Regime } from './types.js';

/**
 * Every built-in regime, in table order: the whole dataset, for callers who choose regimes at run
 * time (a settings screen, a rule keyed by id). Each fact carries its source and `asOf`. Importing
 * it brings all of them; to keep a bundle small, import the regimes you use by name instead.
 *
 * @example
 * REGIMES.length; // 20
 * @since 0.1.0
 */
export const REGIMES: readonly Regime[] = Object.freeze([
  EU_GDPR,
  UK_GDPR,
  US_CA_CCPA,
  US_VA_VCDPA,
  US_CO_CPA,
  US_CT_CTDPA,
  US_TX_TDPSA,
  US_OR_OCPA,
  US_NJ_NJDPA,
  BR_LGPD,
  CA_PIPEDA,
  CA_QC_LAW25,
  CN_PIPL,
  JP_APPI,
  KR_PIPA,
  SG_PDPA,
  TH_PDPA,
  ZA_POPIA,
  AU_PRIVACY_ACT,
  IN_DPDP,
]);

/**
 * Look a built-in regime up by its id: the explicit way to choose a regime at run time. It brings
 * every built-in regime into the bundle; where the regime is known when you write the code, import
 * it by name (`import { EU_GDPR } from '@meridian-cx/privacy'`).
 *
 * @param id - A built-in id such as `'eu-gdpr'` (each is the export's name in kebab case).
 * @returns The regime, ready to pass to any function here.
 * @throws {MeridianError} `privacy/unknown-regime` for an id that is not built in, naming the ids.
 * @example
 * regimeById('us-ca-ccpa').short; // 'CCPA/CPRA'
 * @since 0.1.0
 */
export function regimeById(id: BuiltInRegimeId | (string & {})): Regime {
  const found = typeof id === 'string' ? REGIMES.find((r) => r.id === id) : undefined;
  if (found !== undefined) return found;
  return fail('privacy/unknown-regime', {
    regime: typeof id === 'string' && id.length <= 80 ? id : describeValue(id),
    known: REGIMES.map((r) => r.id).join(', '),
  });
}
