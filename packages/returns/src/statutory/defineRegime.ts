import { parseWith } from '@meridian-cx/core';
import { deepFreeze } from '../rules/compiled.js';
import { RegimeSchema } from './regimeSchema.js';
import type { StatutoryRegime } from './types.js';

/**
 * Define a statutory regime of your own (a jurisdiction the package does not ship, or an
 * override of a built-in one after a change in the law), checked like the built-ins: every entry
 * needs a source with a title and the URL of the primary text, and an `asOf` date.
 *
 * @param regime - The regime as data, in the shape of the built-in ones (see `EU`).
 * @returns A deep-frozen copy of the regime, to pass to `evaluateReturn` (in `regimes` or as
 * `jurisdiction`). Your object is left as it was, not frozen: edit it and call `defineRegime`
 * again for a changed law (or pass your object itself, which `evaluateReturn` reads as it is).
 * @throws {ValidationError} `returns/invalid-regime`, naming each bad path.
 * @example
 * const CH = defineRegime({ ...AU, code: 'CH', name: 'Switzerland (no statutory right)', countries: ['CH'] });
 * evaluateReturn({ policy, order, request, now, jurisdiction: CH });
 * @since 0.1.0
 */
export function defineRegime(regime: StatutoryRegime): StatutoryRegime {
  parseWith(RegimeSchema, regime, { package: 'returns', what: 'regime' });
  return deepFreeze(structuredClone(regime));
}
