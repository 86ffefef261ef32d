// The built-in merchant rules, written with the same defineRule() a team uses. evaluateReturn runs
// inline equivalents of these five (evaluate/policyLine.ts, keyed by rules/policyPlan.ts) to skip
// the per-rule context and lookups: change a rule here and change it there too.
import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { why } from '../why.js';
import { BUILTIN_STEP, builtinSteps } from './compiled.js';
import { defineRule } from './defineRule.js';
import type { ReturnRule, RuleContext } from './types.js';

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;

/** The shared guard of the built-in rules' evaluate: a cheap shape check of the context. */
export function checkRuleContext(ctx: RuleContext, ruleId: string): void {
  if (
    isObject(ctx) &&
    isObject(ctx.line) &&
    isObject(ctx.policy) &&
    isObject(ctx.request) &&
    typeof ctx.purchaseDate === 'string'
  ) {
    return;
  }
  fail('returns/invalid-argument', {
    what: `The context of rule "${ruleId}"`,
    expected:
      'a RuleContext ({ policy, line, request, purchaseDate, … }) as evaluateReturn builds it; call the rule through evaluateReturn()',
    value: describeValue(ctx),
  });
}

/** A category or product may have its own window (electronics: 15 days); the product wins.
 *
 * @example
 * definePolicy({ base, rules: [] }).rules.includes(categoryWindowRule); // true
 * @since 0.1.0
 */
export const categoryWindowRule: ReturnRule = defineRule({
  id: 'category-window',
  order: 10,
  evaluate: (ctx) => {
    checkRuleContext(ctx, 'category-window');
    const product = ctx.policy.products[ctx.line.sku]?.windowDays;
    if (product !== undefined) {
      return {
        windowDays: product,
        reasons: [why('policy.product-window', { sku: ctx.line.sku, days: product })],
      };
    }
    const category = ctx.line.category;
    const days = category === undefined ? undefined : ctx.policy.categories[category]?.windowDays;
    if (days === undefined || category === undefined) return undefined;
    return { windowDays: days, reasons: [why('policy.category-window', { category, days })] };
  },
});

/** Holiday season: bought between two dates, returnable until a date.
 *
 * @example
 * definePolicy({ base, rules: [] }).rules.includes(seasonalWindowRule); // true
 * @since 0.1.0
 */
export const seasonalWindowRule: ReturnRule = defineRule({
  id: 'seasonal-window',
  order: 20,
  evaluate: (ctx) => {
    checkRuleContext(ctx, 'seasonal-window');
    let until: string | undefined;
    let id: string | undefined;
    for (const s of ctx.policy.seasonalWindows) {
      if (ctx.purchaseDate >= s.purchasedFrom && ctx.purchaseDate <= s.purchasedTo) {
        if (until === undefined || s.returnableUntil > until) {
          until = s.returnableUntil;
          id = s.id;
        }
      }
    }
    if (until === undefined || id === undefined) return undefined;
    return {
      returnableUntil: until,
      reasons: [why('policy.seasonal-window', { id, returnableUntil: until })],
    };
  },
});

/** Whole categories the policy never takes back (hygiene, personalised, perishable, digital, gift cards).
 *
 * @example
 * definePolicy({ base, rules: [] }).rules.includes(nonReturnableCategoryRule); // true
 * @since 0.1.0
 */
export const nonReturnableCategoryRule: ReturnRule = defineRule({
  id: 'non-returnable-category',
  order: 30,
  evaluate: (ctx) => {
    checkRuleContext(ctx, 'non-returnable-category');
    const category = ctx.line.category;
    if (category === undefined) return undefined;
    const listed = ctx.policy.nonReturnableCategories.includes(category);
    if (!listed && ctx.policy.categories[category]?.nonReturnable !== true) return undefined;
    return { deny: true, reasons: [why('policy.non-returnable-category', { category })] };
  },
});

/** Final sale, by product or by category.
 *
 * @example
 * definePolicy({ base, rules: [] }).rules.includes(finalSaleRule); // true
 * @since 0.1.0
 */
export const finalSaleRule: ReturnRule = defineRule({
  id: 'final-sale',
  order: 40,
  evaluate: (ctx) => {
    checkRuleContext(ctx, 'final-sale');
    const category = ctx.line.category;
    const byProduct = ctx.policy.products[ctx.line.sku]?.finalSale === true;
    const byCategory =
      category !== undefined && ctx.policy.categories[category]?.finalSale === true;
    if (!byProduct && !byCategory) return undefined;
    return {
      deny: true,
      reasons: [
        why('policy.final-sale', byProduct ? { sku: ctx.line.sku } : { category: category ?? '' }),
      ],
    };
  },
});

/** Condition requirements (unused, original packaging, tags attached) as declared.
 *
 * @example
 * definePolicy({ base, rules: [] }).rules.includes(conditionRule); // true
 * @since 0.1.0
 */
export const conditionRule: ReturnRule = defineRule({
  id: 'condition',
  order: 50,
  evaluate: (ctx) => {
    checkRuleContext(ctx, 'condition');
    const required = ctx.policy.conditions;
    const declared = ctx.request.condition ?? {};
    const unmet: string[] = [];
    if (required.unused && declared.unused === false) unmet.push('unused');
    if (required.originalPackaging && declared.originalPackaging === false) {
      unmet.push('original-packaging');
    }
    if (required.tagsAttached && declared.tagsAttached === false) unmet.push('tags-attached');
    if (unmet.length === 0) return undefined;
    return {
      deny: true,
      reasons: unmet.map((requirement) => why('policy.condition-unmet', { requirement })),
    };
  },
});

/**
 * The built-in merchant rules in the order they run.
 *
 * @example
 * BUILTIN_RULES.map((r) => r.id); // ['category-window', 'seasonal-window', …]
 * @since 0.1.0
 */
export const BUILTIN_RULES: readonly ReturnRule[] = Object.freeze([
  categoryWindowRule,
  seasonalWindowRule,
  nonReturnableCategoryRule,
  finalSaleRule,
  conditionRule,
]);

// policyPlan runs each of these inline by its step code (and a copy of one through its evaluate).
builtinSteps.set(categoryWindowRule, BUILTIN_STEP.categoryWindow);
builtinSteps.set(seasonalWindowRule, BUILTIN_STEP.seasonalWindow);
builtinSteps.set(nonReturnableCategoryRule, BUILTIN_STEP.nonReturnableCategory);
builtinSteps.set(finalSaleRule, BUILTIN_STEP.finalSale);
builtinSteps.set(conditionRule, BUILTIN_STEP.condition);
