import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { BUILT_IN_REGIME_IDS, exportName } from './ids.js';
import { isTrustedRegime } from './trusted.js';
import type { Regime } from './types.js';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The regime of a decision function's input, when it is one this package validated (a built-in
 * export or defineRegime's result). An id is refused with the import that replaces it: taking ids
 * here would bring every regime into every bundle.
 */
export function regimeArg(value: unknown, fn: string): Regime {
  if (isTrustedRegime(value)) return value;
  if (typeof value !== 'string') {
    return fail('privacy/unchecked-regime', { fn, value: describeValue(value) });
  }
  const wanted = squash(value);
  const exact = BUILT_IN_REGIME_IDS.find((id) => squash(id) === wanted);
  const near = wanted === '' ? [] : BUILT_IN_REGIME_IDS.filter((id) => squash(id).includes(wanted));
  const id = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return fail('privacy/regime-id', {
    fn,
    id,
    builtIn: exact !== undefined,
    exports: (exact !== undefined ? [exact] : near.length > 0 ? near : BUILT_IN_REGIME_IDS)
      .map(exportName)
      .join(', '),
  });
}

/** Check `input.regime` before the schema runs, so an id gets the error that names its import. */
export function checkRegimeOf(input: unknown, fn: string): void {
  if (typeof input === 'object' && input !== null && 'regime' in input) {
    regimeArg(input.regime, fn);
  }
}
