import type { Regime } from './types.js';

// Regimes this package validated and froze itself: the built-ins and defineRegime's results. Every
// function that takes a regime object accepts only these, so none of them needs the whole
// RegimeSchema in its bundle and none reads a half-formed object. The set is shared by every copy
// of the package in the realm (its ESM and CJS builds, two versions in node_modules), so a regime
// imported through one copy is accepted by another — as isMeridianError works across copies. It is
// created on first use, not at import, so importing the module has no side effect.
const KEY = Symbol.for('@meridian-cx/privacy/checked-regimes');
function trusted(): WeakSet<object> {
  const realm = globalThis as { [KEY]?: WeakSet<object> };
  realm[KEY] ??= new WeakSet<object>();
  return realm[KEY];
}

/** Freeze a validated regime (deeply: no later mutation can bypass the check) and remember it. */
export function trustRegime<T extends object>(regime: T): T {
  trusted().add(deepFreeze(regime));
  return regime;
}

/**
 * A built-in regime, frozen and trusted where its module defines it. Each call site is marked
 * pure, so a bundle that does not import a regime drops its module whole.
 */
export const builtIn: (regime: Regime) => Regime = trustRegime;

/** Whether `value` is a regime this package validated. */
export function isTrustedRegime(value: unknown): value is Regime {
  return typeof value === 'object' && value !== null && trusted().has(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
