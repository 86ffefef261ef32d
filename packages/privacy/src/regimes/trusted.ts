import type { Regime } from './types.js';

// Regimes this package validated and froze itself: the built-ins and defineRegime's results. Every
// function that takes a regime object accepts only these, so none of them needs the whole
// RegimeSchema in its bundle and none reads a half-formed object.
const trusted = new WeakSet<object>();

/** Freeze a validated regime (deeply: no later mutation can bypass the check) and remember it. */
export function trustRegime<T extends object>(regime: T): T {
  trusted.add(deepFreeze(regime));
  return regime;
}

/**
 * A built-in regime, frozen and trusted where its module defines it. Each call site is marked
 * pure, so a bundle that does not import a regime drops its module whole.
 */
export const builtIn: (regime: Regime) => Regime = trustRegime;

/** Whether `value` is a regime this package validated. */
export function isTrustedRegime(value: unknown): value is Regime {
  return typeof value === 'object' && value !== null && trusted.has(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
