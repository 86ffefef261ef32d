import type { Reason } from '@meridian-cx/core';
import { why } from '../why.js';
import type { RightArgs } from './statutoryArgs.js';

/**
 * The reason that the law gives this line longer than the merchant window after the rules ran
 * (`policyWindowDays`), or `null` when it does not; never for a regime whose right exists only
 * because the policy is short (California), where saying so would repeat why it applies.
 */
export function lawLongerThanPolicy(args: RightArgs, policyWindowDays: number): Reason | null {
  const w = args.regime.withdrawal;
  if (policyWindowDays >= w.days || w.onlyWhenPolicyShorterThan !== undefined) return null;
  return why(
    'statutory.window-longer-than-policy',
    { regime: args.regime.code, policyDays: policyWindowDays, lawDays: w.days },
    w.provenance.source,
  );
}
