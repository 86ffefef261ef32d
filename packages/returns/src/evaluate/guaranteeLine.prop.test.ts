// The guarantee's timing rules in their own words: a perishable line's short-term right to reject
// never ends after the 30 days nor after the day it would perish (UK s. 22(4)); a fault presumed at
// delivery stays presumed for any earlier appearance (Directive 2019/771 Art. 11).
import { fc, test } from '@fast-check/vitest';
import type { Reason } from '@meridian-cx/core';
import { EU_CONSUMER_RIGHTS, UK_CONSUMER_CONTRACTS } from '@meridian-cx/returns';
import { expect } from 'vitest';
import { guaranteeLine } from './guaranteeLine.js';

const DAY = 86_400_000;
const iso = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);
const refused = { eligible: false, denied: true, windowDays: 0, deadline: null, reasons: [] };
const run = (
  regime: typeof EU_CONSUMER_RIGHTS,
  delivered: number,
  notice: number,
  extra: { apparent?: number; perishableUntil?: string } = {},
) => {
  const reasons: Reason[] = [];
  const g = guaranteeLine({
    regime,
    guarantee: regime.guarantee as NonNullable<typeof regime.guarantee>,
    cause: 'defective',
    deliveredAt: delivered * DAY + 12 * 3_600_000,
    zone: 'UTC',
    noticeMs: notice * DAY + 12 * 3_600_000,
    apparentMs: (extra.apparent ?? notice) * DAY + 12 * 3_600_000,
    country: 'DE',
    perishableUntil: extra.perishableUntil,
    majorFailure: undefined,
    policy: refused,
    reasons,
  });
  return { g, reasons };
};

const delivered = fc.integer({ min: 7_000, max: 30_000 });

test.prop([delivered, fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 60 })])(
  'UK: a refund only by the 30 days and by the day perishable goods would last',
  (d, n, p) => {
    const { g } = run(UK_CONSUMER_CONTRACTS, d, d + n, { perishableUntil: iso(d + p) });
    const inTime = n <= 30 && n <= p;
    expect(g.remedy).toBe(inTime ? 'refund' : 'repair-or-replacement');
  },
);

test.prop([delivered, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 700 })])(
  'EU: presumed at delivery for an appearance, presumed for any earlier one',
  (d, a, earlier) => {
    const later = run(EU_CONSUMER_RIGHTS, d, d + 700, {
      apparent: d + Math.max(a, earlier),
    }).reasons;
    const sooner = run(EU_CONSUMER_RIGHTS, d, d + 700, {
      apparent: d + Math.min(a, earlier),
    }).reasons;
    const presumed = (rs: Reason[]) => rs.some((r) => r.code === 'guarantee.presumed-at-delivery');
    if (presumed(later)) expect(presumed(sooner)).toBe(true);
    expect(presumed(sooner) || !presumed(later)).toBe(true);
    // One year: 365 or 366 days.
    if (Math.min(a, earlier) <= 365) expect(presumed(sooner)).toBe(true);
    if (Math.max(a, earlier) > 366) expect(presumed(later)).toBe(false);
  },
);
