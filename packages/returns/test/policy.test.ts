// The merchant policy: windows, categories, seasons, conditions, methods, and team rules.
import { type BusinessCalendar, reason } from '@meridian-cx/core';
import {
  definePolicy,
  defineRule,
  evaluateReturn,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { simpleOrder } from './fixtures.js';

// An Indian customer: no built-in statutory regime, so the policy alone speaks.
const order = (extra: Parameters<typeof simpleOrder>[0]['extra'] = {}, category?: string) =>
  simpleOrder({
    country: 'IN',
    zone: 'Asia/Kolkata',
    currency: 'INR',
    deliveredAt: '2026-03-02T10:00:00+05:30',
    ...(category ? { category } : {}),
    extra,
  });
const ask = (noticeAt: string, extra: Record<string, unknown> = {}) => ({
  orderId: 'o-1',
  noticeAt,
  lines: [{ lineId: 'a', quantity: 1, ...extra }],
});
const base: ReturnPolicy = { id: 'p', windowDays: 30 };

describe('policy windows', () => {
  it('opens 30 days from delivery and closes after', () => {
    const open = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: base,
      order: order(),
      request: ask('2026-04-01T23:00:00+05:30'),
      now: '2026-04-01T23:00:00+05:30',
    });
    expect(open.lines[0]?.eligible).toBe(true);
    expect(open.lines[0]?.deadline?.localDate).toBe('2026-04-01');
    const closed = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: base,
      order: order(),
      request: ask('2026-04-02T00:10:00+05:30'),
      now: '2026-04-02T00:10:00+05:30',
    });
    expect(closed.lines[0]?.eligible).toBe(false);
  });
  it('uses a category window (electronics 15 days)', () => {
    const policy: ReturnPolicy = { ...base, categories: { electronics: { windowDays: 15 } } };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order({}, 'electronics'),
      request: ask('2026-03-18T10:00:00+05:30'),
      now: '2026-03-18T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-17');
  });
  it('lets a product window beat its category', () => {
    const policy: ReturnPolicy = {
      ...base,
      categories: { electronics: { windowDays: 15 } },
      products: { 'SKU-A': { windowDays: 60 } },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order({}, 'electronics'),
      request: ask('2026-04-20T10:00:00+05:30'),
      now: '2026-04-20T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(true);
  });
  it('honours a holiday-season window for orders placed in the season', () => {
    const policy: ReturnPolicy = {
      ...base,
      seasonalWindows: [
        {
          id: 'xmas',
          purchasedFrom: '2026-02-01',
          purchasedTo: '2026-02-28',
          returnableUntil: '2026-05-31',
        },
      ],
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order(),
      request: ask('2026-05-20T10:00:00+05:30'),
      now: '2026-05-20T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-05-31');
  });
  it('estimates delivery as fulfilment plus the transit buffer when no scan exists', () => {
    const o = order({
      shipments: [
        {
          id: 's',
          lines: [{ lineId: 'a', quantity: 1 }],
          fulfilledAt: '2026-03-02T10:00:00+05:30',
        },
      ],
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { ...base, transitBufferDays: 3 },
      order: o,
      request: ask('2026-03-10T10:00:00+05:30'),
      now: '2026-03-10T10:00:00+05:30',
    });
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-04-04');
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('delivery.estimated');
  });
  it('refuses to take back units that were never delivered', () => {
    const o = order({ shipments: [{ id: 's', lines: [{ lineId: 'a', quantity: 1 }] }] });
    expect(() =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: base,
        order: o,
        request: ask('2026-03-10T10:00:00+05:30'),
        now: '2026-03-10T10:00:00+05:30',
      }),
    ).toThrow(expect.objectContaining({ code: 'returns/quantity-exceeds-delivered' }));
  });
});

describe('business-day extension', () => {
  // Closed on Saturdays and Sundays in Kolkata.
  const weekdays: BusinessCalendar = {
    isOpen: (at) => DateTime.fromISO(String(at)).setZone('Asia/Kolkata').weekday <= 5,
    nextOpen: (at) => {
      let t = DateTime.fromISO(String(at)).setZone('Asia/Kolkata');
      while (t.weekday > 5) t = t.plus({ days: 1 }).startOf('day');
      return t.toUTC().toISO();
    },
    addWorkingMinutes: (from) => String(from),
    workingMinutesBetween: () => 0,
  };
  // Delivered Monday 2 March; 33 days end on Saturday 4 April.
  const policy: ReturnPolicy = { id: 'p', windowDays: 33, extendToBusinessDay: true };
  it('moves a window ending on a Saturday to Monday when the policy says so', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order(),
      request: ask('2026-04-06T18:00:00+05:30'),
      now: '2026-04-06T18:00:00+05:30',
      calendar: weekdays,
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-04-06');
  });
  it('does not move it without the policy option', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { ...policy, extendToBusinessDay: false },
      order: order(),
      request: ask('2026-04-06T18:00:00+05:30'),
      now: '2026-04-06T18:00:00+05:30',
      calendar: weekdays,
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-04-04');
  });
});

describe('policy exclusions and conditions', () => {
  it('refuses non-returnable categories', () => {
    const policy: ReturnPolicy = { ...base, nonReturnableCategories: ['hygiene'] };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order({}, 'hygiene'),
      request: ask('2026-03-03T10:00:00+05:30'),
      now: '2026-03-03T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('policy.non-returnable-category');
  });
  it('refuses items without tags when tags are required', () => {
    const policy: ReturnPolicy = { ...base, conditions: { tagsAttached: true } };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order(),
      request: ask('2026-03-03T10:00:00+05:30', { condition: { tagsAttached: false } }),
      now: '2026-03-03T10:00:00+05:30',
    });
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'policy.condition-unmet')?.params?.requirement,
    ).toBe('tags-attached');
  });
  it('offers the return methods of the customer country', () => {
    const policy: ReturnPolicy = {
      ...base,
      returnMethods: { default: ['prepaid-label'], byCountry: { IN: ['courier-pickup'] } },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order(),
      request: ask('2026-03-03T10:00:00+05:30'),
      now: '2026-03-03T10:00:00+05:30',
    });
    expect(d.lines[0]?.returnMethods).toEqual(['courier-pickup']);
  });
});

describe('team rules through defineRule and definePolicy', () => {
  const giftCardsAreFinal = defineRule({
    id: 'gift-cards-final-sale',
    evaluate: (ctx) =>
      ctx.line.category === 'gift-card'
        ? { deny: true, reasons: [reason('custom.gift-card-final-sale')] }
        : undefined,
  });
  const vip60 = defineRule({
    id: 'vip-60-days',
    evaluate: (ctx) =>
      ctx.order.customer.tier === 'vip'
        ? { windowDays: 60, reasons: [reason('custom.vip-window', { days: 60 })] }
        : undefined,
  });
  const policy = definePolicy({ base, rules: [giftCardsAreFinal, vip60] });

  it('makes gift cards final sale', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: order({}, 'gift-card'),
      request: ask('2026-03-03T10:00:00+05:30'),
      now: '2026-03-03T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('custom.gift-card-final-sale');
  });
  it('gives VIP customers 60 days', () => {
    const vip = {
      ...order(),
      customer: { country: 'IN' as const, zone: 'Asia/Kolkata', tier: 'vip' },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: vip,
      request: ask('2026-04-25T10:00:00+05:30'),
      now: '2026-04-25T10:00:00+05:30',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-05-01');
  });
  it('runs rules by order, built-ins first', () => {
    expect(policy.rules.map((r) => r.id).slice(-2)).toEqual([
      'gift-cards-final-sale',
      'vip-60-days',
    ]);
    const first = defineRule({ id: 'first', order: 1, evaluate: () => undefined });
    expect(definePolicy({ base, rules: [first] }).rules[0]?.id).toBe('first');
    expect(definePolicy({ base, rules: [first], withoutBuiltins: true }).rules).toHaveLength(1);
  });
  it('refuses a rule without an id', () => {
    expect(() => defineRule({ id: ' ', evaluate: () => undefined })).toThrow(
      expect.objectContaining({ code: 'returns/invalid-rule' }),
    );
  });
});
