// What marks a compiled policy, apart from the rules that make one: evaluateReturn reads these
// without importing the built-in rules (their defineRule versions stay out of its bundle when the
// caller passes policy data; policyPlan keys the built-ins by the registry below).
import type { ReturnRule } from './types.js';

/** The built-in rules by step code; `evaluateReturn` runs each inline (evaluate/policyLine.ts). */
export const BUILTIN_STEP = {
  categoryWindow: 0,
  seasonalWindow: 1,
  nonReturnableCategory: 2,
  finalSale: 3,
  condition: 4,
} as const;

/** Each built-in rule's step code, registered by builtinRules.ts as it defines them. */
export const builtinSteps: WeakMap<ReturnRule, number> = new WeakMap();

// The compiled policies definePolicy made: evaluateReturn trusts these (their data was validated
// and frozen), and only these.
export const made: WeakSet<object> = new WeakSet();

// Freeze a tree of our own (parsed data, a copy, a built-in regime) throughout, so what is cached
// (the compiled policy, its lookup plan, a regime) can never go stale and a decision that carries
// part of it cannot edit it. Never called on a caller's object. A frozen child is taken as frozen
// throughout, which also ends a cycle.
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) if (!Object.isFrozen(v)) deepFreeze(v);
  }
  return value;
}
