import { parseReturnPolicy } from '../parse/parseReturnPolicy.js';
import type { ParsedReturnPolicy, ReturnPolicy } from '../types.js';
import { BUILTIN_RULES } from './builtinRules.js';
import type { ReturnRule } from './types.js';

/** A policy ready to evaluate: the validated data and its ordered rules. */
export type CompiledPolicy = {
  readonly kind: 'compiled-policy';
  readonly policy: ParsedReturnPolicy;
  readonly rules: readonly ReturnRule[];
};

/** What {@link definePolicy} takes. */
export type PolicySpec = {
  /** The policy data (validated here). */
  readonly base: ReturnPolicy;
  /** Team rules, added to the built-ins and sorted by `order` (ties keep their given order). */
  readonly rules?: readonly ReturnRule[];
  /** Drop the built-in rules and run only `rules`. Default false. */
  readonly withoutBuiltins?: boolean;
};

/**
 * Compile a policy: validate its data once and fix the order of its rules, so evaluating many
 * requests does no validation work.
 *
 * @param spec - Base policy data, extra rules, whether to keep the built-ins.
 * @returns A {@link CompiledPolicy} to pass to `evaluateReturn` as `policy`.
 * @throws {ValidationError} `returns/invalid-policy` when the data is invalid, naming the path.
 * @example
 * const policy = definePolicy({ base: { id: 'std', windowDays: 30 }, rules: [vip60] });
 * @since 0.1.0
 */
export function definePolicy(spec: PolicySpec): CompiledPolicy {
  const policy = parseReturnPolicy(spec.base);
  const given = [...(spec.withoutBuiltins ? [] : BUILTIN_RULES), ...(spec.rules ?? [])];
  const rules = given
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.order - b.rule.order || a.index - b.index)
    .map((x) => x.rule);
  return Object.freeze({ kind: 'compiled-policy', policy, rules: Object.freeze(rules) });
}
