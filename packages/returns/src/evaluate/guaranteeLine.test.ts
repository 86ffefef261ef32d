// The guarantee branch on its own, from the texts: Directive 2019/771 Art. 10(1) (2 years from
// delivery) and Art. 13 (repair or replacement first); CRA 2015 s. 22(3) (30 days to reject).

import type { Reason } from '@meridian-cx/core';
import { EU, GB } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { guaranteeLine } from './guaranteeLine.js';
import type { PolicyOutcome } from './policyLine.js';

const delivered = Date.parse('2026-03-02T12:00:00Z');
const refused: PolicyOutcome = {
  eligible: false,
  denied: true,
  windowDays: 0,
  deadline: null,
  reasons: [],
};
const run = (regime: typeof EU, notice: string, reasons: Reason[] = []) =>
  guaranteeLine({
    regime,
    guarantee: regime.guarantee as NonNullable<typeof regime.guarantee>,
    cause: 'defective',
    deliveredAt: delivered,
    zone: 'Europe/Berlin',
    noticeMs: Date.parse(notice),
    policy: refused,
    reasons,
  });

describe('guaranteeLine', () => {
  it('EU: two years from delivery, repair or replacement first, policy exclusions set aside', () => {
    const reasons: Reason[] = [];
    const g = run(EU, '2028-03-01T10:00:00Z', reasons);
    expect(g.basis).toBe('guarantee');
    expect(g.deadline?.date).toBe('2028-03-02');
    expect(g.remedy).toBe('repair-or-replacement');
    expect(reasons.map((r) => r.code)).toContain('guarantee.policy-exclusions-do-not-apply');
  });
  it('EU: after two years the policy alone decides', () => {
    const g = run(EU, '2028-03-03T10:00:00Z');
    expect(g.basis).toBe('none');
    expect(g.remedy).toBeNull();
  });
  it('UK: a refund within the 30-day short-term right to reject, repair after it', () => {
    expect(run(GB, '2026-04-01T20:00:00Z').remedy).toBe('refund');
    expect(run(GB, '2026-04-02T09:00:00Z').remedy).toBe('repair-or-replacement');
  });
});
