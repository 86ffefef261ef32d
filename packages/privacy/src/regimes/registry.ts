import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { BR_LGPD, CA_PIPEDA, CA_QC_LAW25 } from './data/americas.js';
import { CN_PIPL, IN_DPDP, JP_APPI, KR_PIPA, SG_PDPA, TH_PDPA } from './data/asia.js';
import { EU_GDPR } from './data/eu.js';
import { AU_PRIVACY_ACT, ZA_POPIA } from './data/other.js';
import { UK_GDPR } from './data/uk.js';
import { US_CA_CCPA } from './data/us-ca.js';
import {
  US_CO_CPA,
  US_CT_CTDPA,
  US_NJ_NJDPA,
  US_OR_OCPA,
  US_TX_TDPSA,
  US_VA_VCDPA,
} from './data/us-states.js';
import { isTrustedRegime, trustRegime } from './trusted.js';
import type { Regime } from './types.js';

/**
 * Every built-in regime, in table order. Each fact carries its source and `asOf`.
 *
 * @example
 * REGIMES.length; // 20
 * @since 0.1.0
 */
export const REGIMES: readonly Regime[] = Object.freeze(
  [
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
  ].map(trustRegime),
);

/**
 * Look a regime up by id, or pass a custom one through (see {@link defineRegime}).
 *
 * @param regime - A built-in id such as `'eu-gdpr'`, or a regime object.
 * @returns The regime.
 * @throws {MeridianError} `privacy/unknown-regime` for an id that is not built in;
 *   `privacy/unchecked-regime` for anything else that is not a regime made with defineRegime().
 * @example
 * getRegime('us-ca-ccpa').short; // 'CCPA/CPRA'
 * @since 0.1.0
 */
export function getRegime(regime: string | Regime): Regime {
  if (typeof regime !== 'string') {
    if (isTrustedRegime(regime)) return regime;
    return fail('privacy/unchecked-regime', { value: describeValue(regime) });
  }
  const found = REGIMES.find((r) => r.id === regime);
  if (found === undefined)
    return fail('privacy/unknown-regime', {
      regime: regime.length > 80 ? `${regime.slice(0, 80)}…` : regime,
      known: REGIMES.map((r) => r.id).join(', '),
    });
  return found;
}
