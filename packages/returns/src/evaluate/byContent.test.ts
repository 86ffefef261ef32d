// Data validated once per content: the same content is made once, an edited object is checked
// again, a failure is never remembered, and the memo stays bounded.
import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import type { AuthorityTable } from '../types.js';
import { approverFor } from './approverFor.js';
import { byContent } from './byContent.js';
import { consumerHolidays } from './consumerHolidays.js';

describe('byContent', () => {
  it('makes once per JSON content, again after an edit, whatever the object', () => {
    const memo = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    const value = { a: [1, 2] };
    expect(byContent(memo, value, make)).toBe(1);
    expect(byContent(memo, { a: [1, 2] }, make)).toBe(1);
    value.a.push(3);
    expect(byContent(memo, value, make)).toBe(2);
    expect(made).toBe(2);
  });

  it('remembers nothing when make throws, and makes each time what JSON cannot write', () => {
    const memo = new Map<string, number>();
    expect(() =>
      byContent(memo, { x: 1 }, () => {
        throw new Error('invalid');
      }),
    ).toThrow('invalid');
    expect(memo.size).toBe(0);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    let made = 0;
    byContent(memo, cycle, () => ++made);
    byContent(memo, cycle, () => ++made);
    expect(made).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('holds at most 256 contents', () => {
    const memo = new Map<string, number>();
    for (let i = 0; i < 1_000; i++) byContent(memo, i, () => i);
    expect(memo.size).toBeLessThanOrEqual(256);
    expect(byContent(memo, 999, () => -1)).toBe(999);
  });
});

describe('per-call data checked once per content', () => {
  const total = { amount: 4_000, currency: 'EUR' } as const;
  it('an authority table edited between calls is checked again', () => {
    const table: AuthorityTable = {
      roles: [{ role: 'agent', limits: { EUR: { refund: 5_000 } } }],
    };
    expect(approverFor({ table, role: 'agent' }, total)?.mayApproveAlone).toBe(true);
    (table.roles[0] as { limits: Record<string, { refund: number }> }).limits.EUR = { refund: -1 };
    expect(() => approverFor({ table, role: 'agent' }, total)).toThrow(/authority/i);
    (table.roles[0] as { limits: Record<string, { refund: number }> }).limits.EUR = { refund: 1 };
    expect(approverFor({ table, role: 'agent' }, total)?.mayApproveAlone).toBe(false);
  });

  it('a holiday list edited between calls is checked again', () => {
    const order = { customer: { country: 'DE' } } as Parameters<
      typeof consumerHolidays
    >[0]['order'];
    const publicHolidays = { country: 'DE', dates: ['2026-04-03'] };
    expect([...(consumerHolidays({ publicHolidays, order }, []) ?? [])]).toEqual(['2026-04-03']);
    publicHolidays.dates.push('2026-13-01');
    try {
      consumerHolidays({ publicHolidays, order }, []);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e)).toBe(true);
    }
    publicHolidays.dates[1] = '2026-04-06';
    expect(consumerHolidays({ publicHolidays, order }, [])?.has('2026-04-06')).toBe(true);
  });
});
