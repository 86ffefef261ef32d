import { show } from '../failures.js';
import { fail } from './failures.js';
import type { ReturnRule, RuleContext, RuleEffect } from './types.js';

/** What {@link defineRule} takes. */
export type RuleSpec = {
  /** A stable id, also used in reasons; kebab-case by convention. */
  readonly id: string;
  /** Position among rules: lower runs first. Default 100 (after the built-ins). */
  readonly order?: number;
  readonly evaluate: (ctx: RuleContext) => RuleEffect | undefined;
};

/**
 * Define a return rule: a typed function that looks at one requested line and may change the
 * window, extend it to a date, or refuse the line, always with reasons.
 *
 * @param spec - Id, optional order and the evaluate function.
 * @returns A frozen rule to hand to {@link definePolicy}.
 * @throws {MeridianError} `returns/invalid-rule` when the id is empty or the order not finite.
 * @example
 * const giftCardsAreFinal = defineRule({
 *   id: 'gift-cards-final-sale',
 *   evaluate: (ctx) =>
 *     ctx.line.category === 'gift-card'
 *       ? { deny: true, reasons: [reason('custom.gift-card-final-sale')] }
 *       : undefined,
 * });
 * @since 0.1.0
 */
export function defineRule(spec: RuleSpec): ReturnRule {
  if (typeof spec?.id !== 'string' || spec.id.trim() === '') {
    fail('returns/invalid-rule', {
      detail: `id is ${show(spec?.id)}; give the rule a non-empty id such as "vip-60-days"`,
    });
  }
  const order = spec.order ?? 100;
  if (typeof order !== 'number' || !Number.isFinite(order)) {
    fail('returns/invalid-rule', {
      detail: `rule "${spec.id}" has order ${show(order)}; use a finite number (built-ins run at 10–50)`,
      id: spec.id,
    });
  }
  if (typeof spec.evaluate !== 'function') {
    fail('returns/invalid-rule', {
      detail: `rule "${spec.id}" has evaluate ${show(spec.evaluate)}; give it an evaluate function`,
      id: spec.id,
    });
  }
  return Object.freeze({ id: spec.id, order, evaluate: spec.evaluate });
}
