import { parseWith } from '@meridian-cx/core';
import { RegimeSchema } from '../schemas/regime.js';
import { trustRegime } from './trusted.js';
import type { Regime } from './types.js';

/**
 * Validate a custom regime (a sector rule, a new state law, an internal policy stricter than the
 * law) so every function here accepts it where a built-in regime goes. The built-ins pass the same check.
 *
 * @param regime - The regime as data, every fact with provenance.
 * @returns The regime, validated and deeply frozen: pass it wherever a regime goes.
 * @throws {ValidationError} `privacy/invalid-regime` naming each bad path.
 * @example
 * import { EU_GDPR, defineRegime } from '@meridian-cx/privacy';
 * const strict = defineRegime({ ...EU_GDPR, id: 'acme-policy', name: 'Acme policy', short: 'Acme' });
 * @since 0.1.0
 */
export function defineRegime(regime: Regime): Regime {
  return trustRegime(
    parseWith(RegimeSchema, regime, { package: 'privacy', what: 'regime' }) as Regime,
  );
}
