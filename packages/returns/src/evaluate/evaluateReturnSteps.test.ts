// The steps evaluateReturn hands its per-line loop and its holiday list to.
import { isMeridianError, type Reason } from '@meridian-cx/core';
import type { Order } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import type { AuthorityTable, ReturnRequestLine } from '../types.js';
import { approverFor } from './approverFor.js';
import { checkCalendar } from './checkCalendar.js';
import { consumerHolidays } from './consumerHolidays.js';
import type { LineOutcome } from './evaluateLine.js';
import { refundLineOf } from './refundLineOf.js';
import { requestedLine } from './requestedLine.js';

const order: Order = {
  id: 'o',
  currency: 'EUR',
  placedAt: '2026-03-01T10:00:00Z',
  customer: { country: 'DE', zone: 'Europe/Berlin' },
  lines: [{ id: 'a', sku: 'A', unitPrice: { amount: 1_000, currency: 'EUR' }, quantity: 1 }],
};

describe('requestedLine', () => {
  const a1: ReturnRequestLine = { lineId: 'a', quantity: 1 };
  const b: ReturnRequestLine = { lineId: 'b', quantity: 2 };
  const a2: ReturnRequestLine = { lineId: 'a', quantity: 3 };
  it("finds the index of the request's entry for a line, the first when named twice", () => {
    expect(requestedLine([b, a1, a2], 'a')).toBe(1);
    expect(requestedLine([b, a1, a2], 'b')).toBe(0);
  });
  it('-1 for a line not asked for', () => {
    expect(requestedLine([b], 'a')).toBe(-1);
    expect(requestedLine([], 'a')).toBe(-1);
  });
});

describe('refundLineOf', () => {
  const outcome = (byLaw: boolean, faulty: boolean): LineOutcome =>
    ({
      decision: { lineId: 'a', quantity: 2, eligible: true },
      byLaw,
      faulty,
    }) as unknown as LineOutcome;
  it("carries the verdict's units, the footing and the customer's reason", () => {
    const r: ReturnRequestLine = {
      lineId: 'a',
      quantity: 5,
      reason: 'defective',
      condition: { diminishedValue: { amount: 250, currency: 'EUR' } },
    };
    expect(refundLineOf(outcome(false, true), r, 3)).toEqual({
      lineId: 'a',
      index: 3,
      quantity: 2,
      reason: 'defective',
      byLaw: false,
      faulty: true,
      diminishedValue: 250,
    });
  });
  it('no reason given: change of mind; no value lost: 0', () => {
    const line = refundLineOf(outcome(true, false), { lineId: 'a', quantity: 2 }, 0);
    expect(line).toMatchObject({ reason: 'change-of-mind', byLaw: true, diminishedValue: 0 });
  });
});

describe('consumerHolidays', () => {
  it("the customer's country: its dates", () => {
    const reasons: Reason[] = [];
    const set = consumerHolidays(
      { order, publicHolidays: { country: 'DE', dates: ['2026-04-06', '2026-05-01'] } },
      reasons,
    );
    expect(set && [...set]).toEqual(['2026-04-06', '2026-05-01']);
    expect(reasons).toEqual([]);
  });
  it('another country: set aside, with the reason', () => {
    const reasons: Reason[] = [];
    const given = { country: 'FR', dates: ['2026-07-14'] };
    expect(consumerHolidays({ order, publicHolidays: given }, reasons)).toBeNull();
    expect(reasons).toEqual([
      {
        code: 'statutory.holidays-for-another-country',
        params: { given: 'FR', customer: 'DE' },
      },
    ]);
  });
  it('none given: null; a malformed list throws a validation error', () => {
    expect(consumerHolidays({ order }, [])).toBeNull();
    let error: unknown;
    try {
      consumerHolidays({ order, publicHolidays: { country: 'DE', dates: ['6 April'] } }, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(isMeridianError(error)).toBe(true);
  });
});

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('approverFor', () => {
  const table: AuthorityTable = {
    roles: [
      { role: 'agent', limits: { EUR: { refund: 10_000 } } },
      { role: 'lead', limits: { EUR: { refund: 50_000 } } },
    ],
  };
  const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
  it('an agent alone up to their limit, a lead above it', () => {
    expect(approverFor({ table, role: 'agent' }, eur(9_000))).toMatchObject({
      mayApproveAlone: true,
      approver: 'agent',
    });
    expect(approverFor({ table, role: 'agent' }, eur(20_000))).toMatchObject({
      mayApproveAlone: false,
      approver: 'lead',
    });
  });
  it('no authority given: null; a role not in the table: returns/unknown-role', () => {
    expect(approverFor(undefined, eur(1))).toBeNull();
    const e = thrown(() => approverFor({ table, role: 'intern' }, eur(1)));
    expect(isMeridianError(e, 'returns/unknown-role')).toBe(true);
  });
});

describe('checkCalendar', () => {
  it('accepts none or a calendar with nextOpen, refuses anything else', () => {
    expect(checkCalendar(undefined)).toBeUndefined();
    const calendar = { nextOpen: (at: string) => at } as never;
    expect(thrown(() => checkCalendar(calendar))).toBeUndefined();
    const e = thrown(() => checkCalendar({} as never));
    expect(isMeridianError(e, 'returns/invalid-order')).toBe(true);
  });
});
