// The steps evaluateLine hands the statutory overlay's deadline and the refund methods to.
import type { Reason } from '@meridian-cx/core';
import { EU_CONSUMER_RIGHTS, parseReturnPolicy } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import type { PolicyPlan } from '../rules/policyPlan.js';
import type { DeadlineAt } from './deadline.js';
import { lawfulRefundMethods } from './lawfulRefundMethods.js';
import { overlaidDeadline } from './overlaidDeadline.js';
import type { PolicyOutcome } from './policyLine.js';
import type { StatutoryOutcome } from './statutoryLine.js';

const at = (date: string): DeadlineAt => ({ ms: Date.parse(`${date}T22:59:59.999Z`), date });
const pol = (eligible: boolean, deadline: DeadlineAt | null): PolicyOutcome => ({
  eligible,
  denied: !eligible,
  windowDays: 30,
  deadline,
  reasons: [],
});
const law = (eligible: boolean, deadline: DeadlineAt | null): StatutoryOutcome => ({
  applies: true,
  eligible,
  deadline,
  reasons: [],
});
const early = at('2026-03-17');
const late = at('2026-03-31');

describe('overlaidDeadline', () => {
  it('both allow it: the later of the two', () => {
    expect(overlaidDeadline(pol(true, late), law(true, early))).toBe(late);
    expect(overlaidDeadline(pol(true, early), law(true, late))).toBe(late);
  });
  it("only the law allows it: the law's, even when earlier than the refused policy's", () => {
    expect(overlaidDeadline(pol(false, late), law(true, early))).toBe(early);
  });
  it('only the law allows it and its period has not started: none', () => {
    expect(overlaidDeadline(pol(false, late), law(true, null))).toBeNull();
  });
  it('only the policy allows it: the policy keeps its own', () => {
    expect(overlaidDeadline(pol(true, early), law(false, late))).toBe(early);
  });
  it('neither allows it: the later period that ran out', () => {
    expect(overlaidDeadline(pol(false, early), law(false, late))).toBe(late);
    expect(overlaidDeadline(pol(false, late), law(false, early))).toBe(late);
    expect(overlaidDeadline(pol(false, null), law(false, early))).toBe(early);
  });
});

describe('lawfulRefundMethods', () => {
  const byLaw = ['original-payment', 'store-credit'] as const;
  const plan = { refundMethodsByLaw: byLaw } as unknown as PolicyPlan;
  const creditOnly = parseReturnPolicy({
    id: 'p',
    windowDays: 30,
    refundMethods: { methods: ['store-credit'] },
  });
  it('EU Art. 13(1): a line back by law is refunded to the original means of payment too', () => {
    const reasons: Reason[] = [];
    const methods = lawfulRefundMethods(
      { policy: creditOnly, plan, regime: EU_CONSUMER_RIGHTS },
      true,
      reasons,
    );
    expect(methods).toBe(byLaw);
    expect(reasons).toEqual([
      expect.objectContaining({
        code: 'statutory.original-payment-method',
        params: { regime: 'EU' },
      }),
    ]);
  });
  it("the policy's methods on the policy's footing, without a refund rule, or when they already include it", () => {
    const reasons: Reason[] = [];
    const policy = creditOnly;
    expect(
      lawfulRefundMethods({ policy, plan, regime: EU_CONSUMER_RIGHTS }, false, reasons),
    ).toEqual(['store-credit']);
    expect(lawfulRefundMethods({ policy, plan, regime: null }, true, reasons)).toEqual([
      'store-credit',
    ]);
    const withOriginal = parseReturnPolicy({
      id: 'p',
      windowDays: 30,
      refundMethods: { methods: ['original-payment'] },
    });
    expect(
      lawfulRefundMethods(
        { policy: withOriginal, plan, regime: EU_CONSUMER_RIGHTS },
        true,
        reasons,
      ),
    ).toEqual(['original-payment']);
    expect(reasons).toEqual([]);
  });
});
