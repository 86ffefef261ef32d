// Scenarios written from Directive 2011/83/EU (Arts 9, 10, 13, 14, 16) and Directive 2019/771.
import type { BusinessCalendar } from '@meridian-cx/core';
import {
  type ExceptionKind,
  evaluateReturn,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { berlinOrder, requestFor, standardPolicy } from './fixtures.js';

const stingy: ReturnPolicy = { ...standardPolicy, id: 'stingy', windowDays: 7 };
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

describe('EU: Art. 9 withdrawal period', () => {
  it('runs from the last part of a split delivery, not from each part', () => {
    // Shoes arrived 1 March, the rest 5 March: the shoes share the period ending 19 March.
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-18T12:00:00+01:00'),
      now: '2026-03-18T12:00:00+01:00',
    });
    const line = d.lines[0];
    expect(line?.eligible).toBe(true);
    expect(line?.basis).toBe('law');
    expect(line?.deadline?.localDate).toBe('2026-03-19');
    expect(line?.deadline?.at).toBe('2026-03-19T22:59:59.999Z');
    expect(line?.deadline?.local).toBe('2026-03-19T23:59:59.999+01:00');
  });

  it('accepts a notice sent on day 14 at 23:30 in Berlin', () => {
    const late = '2026-03-19T23:30:00+01:00';
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], late),
      now: '2026-03-20T09:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.withdrawal-open');
  });

  it('refuses a notice sent at 00:30 on day 15 in the customer zone', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-20T00:30:00+01:00'),
      now: '2026-03-20T00:30:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.withdrawal-closed');
  });

  it('uses the customer zone: 23:30 in Tokyo-based customer is judged on Tokyo days', () => {
    const order = berlinOrder({ customer: { country: 'FR', zone: 'Asia/Tokyo' } });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order,
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-19T23:30:00+09:00'),
      now: '2026-03-19T23:30:00+09:00',
    });
    expect(d.lines[0]?.deadline?.at).toBe('2026-03-19T14:59:59.999Z');
    expect(d.lines[0]?.eligible).toBe(true);
  });

  it('has not started while part of the order is still on its way (open, no deadline yet)', () => {
    const order = berlinOrder();
    const shipments = [order.shipments?.[0], { ...order.shipments?.[1], deliveredAt: undefined }];
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: { ...order, shipments: shipments as NonNullable<typeof order.shipments> },
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-20T10:00:00+01:00'),
      now: '2026-03-20T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline).toBeNull();
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.period-not-started');
  });

  it('moves a period ending on a Sunday to Monday by the law itself (Reg. 1182/71 Art. 3(4)), whatever the shop calendar says', () => {
    // The shop is open every day but Monday: its calendar is not the law's calendar.
    const closedMondays: BusinessCalendar = {
      isOpen: (at) => DateTime.fromISO(String(at)).setZone('Europe/Berlin').weekday !== 1,
      nextOpen: (at) => {
        let t = DateTime.fromISO(String(at)).setZone('Europe/Berlin');
        while (t.weekday === 1) t = t.plus({ days: 1 }).startOf('day');
        return t.toUTC().toISO();
      },
      addWorkingMinutes: (from) => String(from),
      workingMinutesBetween: () => 0,
    };
    // Delivered Sunday 8 March: day 14 is Sunday 22 March.
    const order = berlinOrder({
      shipments: [
        {
          id: 's',
          lines: [
            { lineId: 'shoes', quantity: 1 },
            { lineId: 'jacket', quantity: 1 },
            { lineId: 'case', quantity: 2 },
          ],
          deliveredAt: '2026-03-08T10:00:00+01:00',
        },
      ],
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order,
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-23T20:00:00+01:00'),
      now: '2026-03-23T20:00:00+01:00',
      calendar: closedMondays,
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-23');
    const moved = d.lines[0]?.reasons.find((r) => r.code === 'statutory.period-end-moved');
    expect(moved?.params).toEqual({ regime: 'EU', from: '2026-03-22', to: '2026-03-23' });
    expect(moved?.source?.pinpoint).toBe('Art. 3(4), Art. 2');
  });
  it("moves it past the consumer's public holiday only when given that country's holidays", () => {
    // Delivered Saturday 21 March: day 14 is Saturday 4 April; Easter Monday is 6 April 2026.
    const order = berlinOrder({
      shipments: [
        {
          id: 's',
          lines: [
            { lineId: 'shoes', quantity: 1 },
            { lineId: 'jacket', quantity: 1 },
            { lineId: 'case', quantity: 2 },
          ],
          deliveredAt: '2026-03-21T10:00:00+01:00',
        },
      ],
    });
    const at = '2026-04-07T20:00:00+02:00';
    const ask = (publicHolidays?: { country: string; dates: string[] }) =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: stingy,
        order,
        request: requestFor([{ lineId: 'jacket', quantity: 1 }], at),
        now: at,
        ...(publicHolidays ? { publicHolidays } : {}),
      });
    expect(ask().lines[0]?.deadline?.localDate).toBe('2026-04-06');
    expect(ask().lines[0]?.eligible).toBe(false);
    const de = ask({ country: 'DE', dates: ['2026-04-03', '2026-04-06'] });
    expect(de.lines[0]?.deadline?.localDate).toBe('2026-04-07');
    expect(de.lines[0]?.eligible).toBe(true);
    // Holidays of another country are not the consumer's: ignored, and the decision says so.
    const fr = ask({ country: 'FR', dates: ['2026-04-06'] });
    expect(fr.lines[0]?.deadline?.localDate).toBe('2026-04-06');
    expect(codes(fr.reasons)).toContain('statutory.holidays-for-another-country');
  });
});

describe('EU: Art. 10 consumer not informed of the right', () => {
  it('extends the period by 12 months', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder({ withdrawalInfoGiven: false }),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2027-03-01T10:00:00+01:00'),
      now: '2027-03-01T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2027-03-19');
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.uninformed-extension');
  });
});

describe('EU: the overlay wins over a less generous policy', () => {
  it('accepts a 7-day policy and says the law is longer', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-15T10:00:00+01:00'),
      now: '2026-03-15T10:00:00+01:00',
    });
    const c = codes(d.lines[0]?.reasons ?? []);
    expect(c).toContain('policy.window-closed');
    expect(c).toContain('statutory.overrides-policy');
    expect(c).toContain('statutory.window-longer-than-policy');
  });

  it('takes back a final-sale item within 14 days: final sale is not an Art. 16 exception', () => {
    const order = berlinOrder();
    const lines = order.lines.map((l) => (l.id === 'jacket' ? { ...l, category: 'clearance' } : l));
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: { ...order, lines },
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('policy.final-sale');
  });

  it('takes back a worn item: condition is no bar to withdrawal (Art. 14(2) diminished value instead)', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor(
        [{ lineId: 'jacket', quantity: 1, condition: { unused: false } }],
        '2026-03-10T10:00:00+01:00',
      ),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.basis).toBe('law');
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('policy.condition-unmet');
  });

  it('refunds to the original means of payment even if the policy offers only store credit (Art. 13(1))', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { ...stingy, refundMethods: { methods: ['store-credit'] } },
      order: berlinOrder(),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-15T10:00:00+01:00'),
      now: '2026-03-15T10:00:00+01:00',
    });
    expect(d.lines[0]?.refundMethods[0]).toBe('original-payment');
  });
});

describe('EU: Art. 16 exceptions', () => {
  const kinds: [ExceptionKind, string][] = [
    ['service-fully-performed', 'Art. 16(a)'],
    ['market-fluctuation', 'Art. 16(b)'],
    ['made-to-specification', 'Art. 16(c)'],
    ['perishable', 'Art. 16(d)'],
    ['inseparably-mixed', 'Art. 16(f)'],
    ['alcohol-market-value', 'Art. 16(g)'],
    ['urgent-repair', 'Art. 16(h)'],
    ['newspaper', 'Art. 16(j)'],
    ['public-auction', 'Art. 16(k)'],
    ['dated-leisure-service', 'Art. 16(l)'],
    ['digital-content-begun', 'Art. 16(m)'],
  ];
  const withKind = (kind: ExceptionKind) => {
    const order = berlinOrder();
    return {
      ...order,
      lines: order.lines.map((l) => (l.id === 'jacket' ? { ...l, exceptions: [kind] } : l)),
    };
  };
  it.each(kinds)('%s removes the right (%s)', (kind, pinpoint) => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: withKind(kind),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-15T10:00:00+01:00'),
      now: '2026-03-15T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    const ex = d.lines[0]?.reasons.find((r) => r.code === 'statutory.exception');
    expect(ex?.source?.pinpoint).toBe(pinpoint);
  });

  it.each([
    ['sealed-hygiene', 'Art. 16(e)'],
    ['sealed-media', 'Art. 16(i)'],
  ] as const)('%s removes the right only once unsealed (%s)', (kind, pinpoint) => {
    const sealed = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: withKind(kind),
      request: requestFor(
        [{ lineId: 'jacket', quantity: 1, condition: { unsealed: false } }],
        '2026-03-15T10:00:00+01:00',
      ),
      now: '2026-03-15T10:00:00+01:00',
    });
    expect(sealed.lines[0]?.eligible).toBe(true);
    const opened = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: withKind(kind),
      request: requestFor(
        [{ lineId: 'jacket', quantity: 1, condition: { unsealed: true } }],
        '2026-03-15T10:00:00+01:00',
      ),
      now: '2026-03-15T10:00:00+01:00',
    });
    expect(opened.lines[0]?.eligible).toBe(false);
    expect(
      opened.lines[0]?.reasons.find((r) => r.code === 'statutory.exception')?.source?.pinpoint,
    ).toBe(pinpoint);
  });
});

describe('EU: business buyers', () => {
  it('gives a B2B order no statutory right: the policy alone decides', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder({ customer: { country: 'DE', zone: 'Europe/Berlin', type: 'business' } }),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-15T10:00:00+01:00'),
      now: '2026-03-15T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.not-consumer');
  });
});

describe('EU: faulty goods follow the legal guarantee (Directive 2019/771 Art. 10)', () => {
  it('takes back a defective final-sale item months later, without fees', () => {
    const order = berlinOrder();
    const lines = order.lines.map((l) => (l.id === 'jacket' ? { ...l, category: 'clearance' } : l));
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: { ...order, lines },
      request: requestFor(
        [{ lineId: 'jacket', quantity: 1, reason: 'defective' }],
        '2026-09-10T10:00:00+02:00',
      ),
      now: '2026-09-10T10:00:00+02:00',
    });
    expect(d.lines[0]?.basis).toBe('guarantee');
    expect(d.lines[0]?.deadline?.localDate).toBe('2028-03-05');
    expect(d.refund.restockingFee.amount).toBe(0);
    expect(d.refund.returnShippingFee.amount).toBe(0);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('guarantee.policy-exclusions-do-not-apply');
    // Directive 2019/771 Art. 13: repair or replacement first, a refund only when that fails.
    expect(d.lines[0]?.remedy).toBe('repair-or-replacement');
    const r = d.lines[0]?.reasons.find((x) => x.code === 'guarantee.repair-or-replacement-first');
    expect(r?.source?.pinpoint).toBe('Art. 13');
  });

  it('ends the guarantee two years after delivery', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order: berlinOrder(),
      request: requestFor(
        [{ lineId: 'jacket', quantity: 1, reason: 'defective' }],
        '2028-03-06T10:00:00+01:00',
      ),
      now: '2028-03-06T10:00:00+01:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('guarantee.expired');
  });
});

describe('EU: Art. 14(2) diminished value', () => {
  const worn = (amount: number, extra: Record<string, unknown> = {}) =>
    requestFor(
      [
        {
          lineId: 'jacket',
          quantity: 1,
          condition: { diminishedValue: { amount, currency: 'EUR' } },
          ...extra,
        },
      ],
      '2026-03-15T10:00:00+01:00',
    );
  const run = (request: ReturnType<typeof worn>, order = berlinOrder()) =>
    evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order,
      request,
      now: '2026-03-15T10:00:00+01:00',
    });

  it('deducts what the merchant assessed from the line on the statutory withdrawal', () => {
    const clean = run(requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-15T10:00:00+01:00'));
    const d = run(worn(3_000));
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.refund.diminishedValue.amount).toBe(3_000);
    expect(d.refund.lines[0]?.diminishedValue.amount).toBe(3_000);
    expect(d.refund.total.amount).toBe(clean.refund.total.amount - 3_000);
    const r = d.refund.reasons.find((x) => x.code === 'statutory.diminished-value');
    expect(r?.source?.pinpoint).toBe('Art. 14(2)');
  });

  it('never deducts more than the line refunds, and nothing when the consumer was not told', () => {
    const d = run(worn(999_999));
    const line = d.refund.lines[0];
    // The jacket's share: price − prorated voucher + tax; the law forbids a restocking fee.
    expect(line?.diminishedValue.amount).toBe(
      (line?.items.amount ?? 0) - (line?.discount.amount ?? 0) + (line?.tax.amount ?? 0),
    );
    expect(d.refund.total.amount).toBeGreaterThanOrEqual(0);
    const uninformed = run(worn(3_000), berlinOrder({ withdrawalInfoGiven: false }));
    expect(uninformed.refund.diminishedValue.amount).toBe(0);
    expect(codes(uninformed.refund.reasons)).toContain('statutory.diminished-value-not-chargeable');
  });

  it('never deducts for faulty goods', () => {
    const d = run(worn(3_000, { reason: 'defective' }));
    expect(d.refund.diminishedValue.amount).toBe(0);
    expect(codes(d.refund.reasons)).toContain('fees.diminished-value-waived');
  });

  it('refuses an amount in another currency or below zero', () => {
    expect(() =>
      run(
        requestFor(
          [
            {
              lineId: 'jacket',
              quantity: 1,
              condition: { diminishedValue: { amount: 100, currency: 'USD' } },
            },
          ],
          '2026-03-15T10:00:00+01:00',
        ),
      ),
    ).toThrow(expect.objectContaining({ code: 'returns/currency-mismatch' }));
    expect(() => run(worn(-5))).toThrow(
      expect.objectContaining({
        code: 'returns/invalid-return-request',
        message: expect.stringContaining('request.lines[0].condition.diminishedValue.amount: -5'),
      }),
    );
  });
});

describe('EU: Art. 9(2)(b)(iii) regular deliveries', () => {
  it('counts a subscription from its first good, not its last', () => {
    const order = berlinOrder({ regularDelivery: true });
    const at = '2026-03-15T20:00:00+01:00';
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order,
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], at),
      now: at,
    });
    // First good 1 March → day 14 is Sunday 15 March, so the period ends on Monday 16 March
    // (Reg. 1182/71 Art. 3(4)); not 19 March as for a split delivery.
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-16');
    expect(d.lines[0]?.eligible).toBe(true);
    const r = d.lines[0]?.reasons.find((x) => x.code === 'statutory.regular-delivery');
    expect(r?.source?.pinpoint).toBe('Art. 9(2)(b)(iii)');
    const late = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: stingy,
      order,
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-17T09:00:00+01:00'),
      now: '2026-03-17T09:00:00+01:00',
    });
    expect(late.lines[0]?.eligible).toBe(false);
  });
});
