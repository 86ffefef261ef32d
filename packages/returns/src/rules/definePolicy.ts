import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { parseReturnPolicy } from '../parse/parseReturnPolicy.js';
import type { ParsedReturnPolicy, ReturnPolicy } from '../types.js';
import { BUILTIN_RULES } from './builtinRules.js';
import { deepFreeze, made } from './compiled.js';
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
  if (typeof spec !== 'object' || spec === null) {
    fail('returns/invalid-argument', {
      what: 'definePolicy(spec)',
      expected: 'an object { base, rules?, withoutBuiltins? }; pass the policy data as spec.base',
      value: describeValue(spec),
    });
  }
  const policy = parseReturnPolicy(spec.base);
  const given = [...(spec.withoutBuiltins ? [] : BUILTIN_RULES), ...(spec.rules ?? [])];
  const rules = given
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.order - b.rule.order || a.index - b.index)
    .map((x) => x.rule);
  const compiled: CompiledPolicy = Object.freeze({
    kind: 'compiled-policy',
    policy: deepFreeze(policy),
    rules: Object.freeze(rules),
  });
  made.add(compiled);
  return compiled;
}

/**
 * Whether a value is a policy compiled by {@link definePolicy} (in this copy of the package).
 *
 * @param value - Anything.
 * @returns true for the frozen result of `definePolicy`, false for data or a copy of one.
 * @example
 * isCompiledPolicy(definePolicy({ base: { id: 'p', windowDays: 30 } })); // true
 * @since 0.1.0
 */
export function isCompiledPolicy(value: unknown): value is CompiledPolicy {
  return typeof value === 'object' && value !== null && made.has(value);
}
