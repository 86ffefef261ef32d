// Policy data handed to evaluateReturn is compiled once per content, not per object: a caller who
// mutates `windowDays` on the same object gets the new window, never a stale compiled one.
import { fail } from '../failures.js';
import { parseReturnPolicy } from '../parse/parseReturnPolicy.js';
import { deepFreeze, made } from '../rules/compiled.js';
import type { CompiledPolicy } from '../rules/definePolicy.js';
import { BUILTIN_ONLY, buildPlan, type PolicyPlan, policyPlan } from '../rules/policyPlan.js';
import type { ParsedReturnPolicy, ReturnPolicy } from '../types.js';
import { byContent } from './byContent.js';

/** A policy ready to run: its parsed data and its lookup plan. */
export type PolicyToRun = { readonly policy: ParsedReturnPolicy; readonly plan: PolicyPlan };

const policies = new Map<string, PolicyToRun>();

/**
 * The compiled form of a policy: a {@link CompiledPolicy} from `definePolicy` as it is (it is
 * deeply frozen), policy data compiled and cached by its JSON content (bounded).
 *
 * @throws {ValidationError} `returns/invalid-policy` for invalid policy data.
 * @throws {MeridianError} `returns/invalid-policy` for a look-alike that `definePolicy` did not make.
 */
export function compilePolicy(policy: ReturnPolicy | CompiledPolicy): PolicyToRun {
  if (typeof policy === 'object' && policy !== null && made.has(policy)) {
    const compiled = policy as CompiledPolicy;
    return { policy: compiled.policy, plan: policyPlan(compiled) };
  }
  if (typeof policy === 'object' && policy !== null && 'kind' in policy) {
    if (policy.kind === 'compiled-policy') {
      fail('returns/invalid-policy', {
        detail:
          'this compiled policy was not made by definePolicy() (a copy loses its rules and checks); call definePolicy() again',
      });
    }
  }
  // What definePolicy({ base }) makes, without its rule objects: data runs the five built-in rules,
  // which the plan runs inline by their step codes (the differential tests hold the two equal).
  return byContent(policies, policy, () => {
    const parsed = deepFreeze(parseReturnPolicy(policy as ReturnPolicy));
    return { policy: parsed, plan: buildPlan(parsed, BUILTIN_ONLY) };
  });
}
