import type { ParsedReturnPolicy, RefundMethod } from '../types.js';
import { BUILTIN_STEP, builtinSteps } from './compiled.js';
import type { CompiledPolicy } from './definePolicy.js';
import type { ReturnRule } from './types.js';

/** What the built-in rules read about one category or product, looked up once. */
export type ItemFacts = {
  readonly windowDays: number | undefined;
  readonly finalSale: boolean;
  readonly nonReturnable: boolean;
};

export { BUILTIN_STEP };

/** A compiled policy's lookup tables, built once per compiled policy object. */
export type PolicyPlan = {
  /** The rules in order: a built-in rule as its code, a team rule as itself. */
  readonly steps: readonly (number | ReturnRule)[];
  /** Some step is a team rule, which needs the full rule context. */
  readonly hasCustomRules: boolean;
  /** Categories named by the policy (windows, final sale, non-returnable). */
  readonly categories: ReadonlyMap<string, ItemFacts>;
  /** Products named by the policy, or null when there are none. */
  readonly products: ReadonlyMap<string, ItemFacts> | null;
  /** The refund methods with the original payment method first (statutory refunds). */
  readonly refundMethodsByLaw: readonly RefundMethod[];
};

/** The steps of a policy given as data: the five built-in rules, in their order (10 … 50). */
export const BUILTIN_ONLY: readonly number[] = Object.values(BUILTIN_STEP);

const plans = new WeakMap<CompiledPolicy, PolicyPlan>();

// Plans are internal (never part of a decision): plain objects, built once per policy.
function facts(
  rule: ParsedReturnPolicy['categories'][string] | undefined,
  listed: boolean,
): ItemFacts {
  return {
    windowDays: rule?.windowDays,
    finalSale: rule?.finalSale === true,
    nonReturnable: listed || rule?.nonReturnable === true,
  };
}

/** The lookup tables of a parsed policy whose rules run as `steps`. */
export function buildPlan(
  policy: ParsedReturnPolicy,
  steps: readonly (number | ReturnRule)[],
): PolicyPlan {
  const categories = new Map<string, ItemFacts>();
  const named = Object.keys(policy.categories);
  const names = new Set([...named, ...policy.nonReturnableCategories]);
  for (const name of names) {
    const own = named.includes(name) ? policy.categories[name] : undefined;
    categories.set(name, facts(own, policy.nonReturnableCategories.includes(name)));
  }
  const productNames = Object.keys(policy.products);
  let products: Map<string, ItemFacts> | null = null;
  if (productNames.length > 0) {
    products = new Map();
    for (const sku of productNames) products.set(sku, facts(policy.products[sku], false));
  }
  const methods = policy.refundMethods.methods;
  return {
    steps,
    hasCustomRules: steps.some((s) => typeof s !== 'number'),
    categories,
    products,
    // A decision's refundMethods: frozen, like the policy's own lists.
    refundMethodsByLaw: methods.includes('original-payment')
      ? methods
      : Object.freeze(['original-payment', ...methods] as RefundMethod[]),
  };
}

/**
 * The lookup tables of a compiled policy (cached by the compiled object's identity): built-in
 * rules become codes the evaluator runs inline, categories and products become maps.
 */
export function policyPlan(compiled: CompiledPolicy): PolicyPlan {
  let plan = plans.get(compiled);
  if (plan === undefined) {
    plan = buildPlan(
      compiled.policy,
      compiled.rules.map((rule) => builtinSteps.get(rule) ?? rule),
    );
    plans.set(compiled, plan);
  }
  return plan;
}
