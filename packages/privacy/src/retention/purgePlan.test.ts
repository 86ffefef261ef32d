import { purgePlan, type RetentionRule } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const rules: RetentionRule[] = [
  {
    category: 'transcript',
    keepFor: { amount: 24, unit: 'months' },
    from: 'closed',
    basis: 'limitation period for contract claims (company policy)',
  },
  {
    category: 'call-recording',
    keepFor: { amount: 90, unit: 'calendar-days' },
    from: 'created',
    basis: 'quality assurance',
  },
];
const now = '2026-03-02T10:00:00Z';

describe('purgePlan', () => {
  it('deletes what has run its period, keeps the rest with the day it may go', () => {
    const plan = purgePlan({
      now,
      rules,
      items: [
        { id: 'rec-old', category: 'call-recording', createdAt: '2025-11-01T09:00:00Z' },
        { id: 'rec-new', category: 'call-recording', createdAt: '2026-02-01T09:00:00Z' },
        {
          id: 'tr-1',
          category: 'transcript',
          createdAt: '2023-01-10T09:00:00Z',
          closedAt: '2024-01-31T09:00:00Z',
        },
      ],
    });
    expect(plan.deleteNow).toEqual(['rec-old', 'tr-1']);
    expect(plan.decisions.find((d) => d.id === 'rec-new')).toMatchObject({
      action: 'keep',
      deleteOn: '2026-05-02',
    });
    expect(plan.decisions.find((d) => d.id === 'tr-1')?.deleteOn).toBe('2026-01-31');
    expect(plan.nextDeletionOn).toBe('2026-05-02');
  });
  it('a legal hold keeps an expired item, and says until when', () => {
    const plan = purgePlan({
      now,
      rules,
      items: [
        {
          id: 'rec-held',
          category: 'call-recording',
          createdAt: '2025-01-01T09:00:00Z',
          legalHolds: [
            {
              id: 'LH-7',
              reason: 'chargeback dispute',
              from: '2025-02-01T00:00:00Z',
              until: '2026-06-30T00:00:00Z',
            },
          ],
        },
        {
          id: 'rec-open-hold',
          category: 'call-recording',
          createdAt: '2025-01-01T09:00:00Z',
          legalHolds: [{ id: 'LH-8', reason: 'litigation', from: '2025-02-01T00:00:00Z' }],
        },
      ],
    });
    expect(plan.deleteNow).toEqual([]);
    expect(plan.decisions[0]).toMatchObject({ action: 'keep', deleteOn: '2026-06-30' });
    expect(plan.decisions[0]?.reasons.map((r) => r.code)).toContain('retention.legal-hold');
    expect(plan.decisions[1]?.deleteOn).toBeUndefined();
  });
  it('never deletes without a rule, or before the clock has started', () => {
    const plan = purgePlan({
      now,
      rules,
      items: [
        { id: 'att-1', category: 'attachment', createdAt: '2020-01-01T00:00:00Z' },
        { id: 'tr-open', category: 'transcript', createdAt: '2020-01-01T00:00:00Z' },
      ],
    });
    expect(plan.deleteNow).toEqual([]);
    expect(plan.decisions.map((d) => d.reasons[0]?.code)).toEqual([
      'retention.no-rule',
      'retention.clock-not-started',
    ]);
  });
  it('refuses an instant without an offset', () => {
    expect(() => purgePlan({ now: '2026-03-02T10:00:00', rules, items: [] })).toThrow(/now/);
  });
});
