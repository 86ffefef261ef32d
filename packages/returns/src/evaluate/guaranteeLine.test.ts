// The guarantee branch on its own, from the texts: Directive 2019/771 Art. 10(1) (2 years from
// delivery) and Art. 13 (repair or replacement first); CRA 2015 s. 22(3) (30 days to reject).

import type { Reason } from '@meridian-cx/core';
import { AU_CONSUMER_LAW, EU_CONSUMER_RIGHTS, UK_CONSUMER_CONTRACTS } from '@meridian-cx/returns';
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
type Extra = {
  apparentAt?: string;
  country?: string;
  perishableUntil?: string;
  majorFailure?: boolean;
};
const run = (
  regime: typeof EU_CONSUMER_RIGHTS,
  notice: string,
  reasons: Reason[] = [],
  extra: Extra = {},
) =>
  guaranteeLine({
    regime,
    guarantee: regime.guarantee as NonNullable<typeof regime.guarantee>,
    cause: 'defective',
    deliveredAt: delivered,
    zone: 'Europe/Berlin',
    noticeMs: Date.parse(notice),
    apparentMs: Date.parse(extra.apparentAt ?? notice),
    country: extra.country ?? 'DE',
    perishableUntil: extra.perishableUntil,
    majorFailure: extra.majorFailure,
    policy: refused,
    reasons,
  });

describe('guaranteeLine', () => {
  it('EU: two years from delivery, repair or replacement first, policy exclusions set aside', () => {
    const reasons: Reason[] = [];
    const g = run(EU_CONSUMER_RIGHTS, '2028-03-01T10:00:00Z', reasons);
    expect(g.basis).toBe('guarantee');
    expect(g.deadline?.date).toBe('2028-03-02');
    expect(g.remedy).toBe('repair-or-replacement');
    expect(reasons.map((r) => r.code)).toContain('guarantee.policy-exclusions-do-not-apply');
  });
  it('EU: after two years the policy alone decides', () => {
    const g = run(EU_CONSUMER_RIGHTS, '2028-03-03T10:00:00Z');
    expect(g.basis).toBe('none');
    expect(g.remedy).toBeNull();
  });
  it('UK: a refund within the 30-day short-term right to reject, repair after it', () => {
    expect(run(UK_CONSUMER_CONTRACTS, '2026-04-01T20:00:00Z').remedy).toBe('refund');
    expect(run(UK_CONSUMER_CONTRACTS, '2026-04-02T09:00:00Z').remedy).toBe('repair-or-replacement');
  });

  it('UK s. 22(4): perishable goods may be rejected only until they would perish', () => {
    const reasons: Reason[] = [];
    // Delivered 2 March, use-by 9 March: the 30 days would run to 1 April.
    const late = run(UK_CONSUMER_CONTRACTS, '2026-03-10T09:00:00Z', reasons, {
      perishableUntil: '2026-03-09',
    });
    expect(late.remedy).toBe('repair-or-replacement');
    const passed = reasons.find((r) => r.code === 'guarantee.short-term-reject-passed');
    expect(passed?.params).toMatchObject({ ended: '2026-03-09', perishableUntil: '2026-03-09' });
    expect(passed?.source?.pinpoint).toBe('s. 22(4)');
    expect(
      run(UK_CONSUMER_CONTRACTS, '2026-03-09T20:00:00Z', [], { perishableUntil: '2026-03-09' })
        .remedy,
    ).toBe('refund');
    // A use-by date past the 30 days changes nothing.
    expect(
      run(UK_CONSUMER_CONTRACTS, '2026-04-01T20:00:00Z', [], { perishableUntil: '2026-06-01' })
        .remedy,
    ).toBe('refund');
  });
  it('Directive 2019/771 Art. 11: presumed at delivery within one year, two in France', () => {
    const codes = (country: string, apparentAt: string) => {
      const reasons: Reason[] = [];
      run(EU_CONSUMER_RIGHTS, '2027-06-01T10:00:00Z', reasons, { country, apparentAt });
      return reasons.find(
        (r) => r.code.startsWith('guarantee.presumed') || r.code === 'guarantee.consumer-proves',
      );
    };
    const de = codes('DE', '2027-03-03T10:00:00Z');
    expect(de?.code).toBe('guarantee.consumer-proves');
    expect(de?.params).toMatchObject({ months: 12, ended: '2027-03-02' });
    expect(codes('DE', '2027-03-02T10:00:00Z')?.code).toBe('guarantee.presumed-at-delivery');
    const fr = codes('FR', '2027-03-03T10:00:00Z');
    expect(fr?.code).toBe('guarantee.presumed-at-delivery');
    expect(fr?.params).toMatchObject({ months: 24, until: '2028-03-02' });
    expect(fr?.source?.pinpoint).toBe('Art. L217-7');
  });
  it('Australia: a major failure gives the consumer the choice of a refund, a minor one lets the supplier repair', () => {
    const reasons: Reason[] = [];
    expect(
      run(AU_CONSUMER_LAW, '2026-05-01T10:00:00Z', reasons, { majorFailure: true }).remedy,
    ).toBe('refund');
    expect(reasons.at(-1)?.code).toBe('guarantee.major-failure');
    expect(run(AU_CONSUMER_LAW, '2026-05-01T10:00:00Z', [], { majorFailure: false }).remedy).toBe(
      'repair-or-replacement',
    );
    expect(run(AU_CONSUMER_LAW, '2026-05-01T10:00:00Z').remedy).toBe('depends-on-failure');
  });
});
