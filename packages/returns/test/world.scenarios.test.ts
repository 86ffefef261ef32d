// One scenario group per built-in jurisdiction, written from the texts cited in src/statutory.
import { alwaysOpenCalendar, type BusinessCalendar, toEpochMillis } from '@meridian-cx/core';
import {
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { simpleOrder } from './fixtures.js';

const noReturns: ReturnPolicy = { id: 'none', windowDays: 0 };
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const ask = (noticeAt: string, extra: Record<string, unknown> = {}) => ({
  orderId: 'o-1',
  noticeAt,
  lines: [{ lineId: 'a', quantity: 1, ...extra }],
});

describe('United Kingdom (SI 2013/3134)', () => {
  const order = simpleOrder({
    country: 'GB',
    zone: 'Europe/London',
    currency: 'GBP',
    deliveredAt: '2026-03-02T12:00:00Z',
  });
  it('gives 14 days after delivery', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-16T23:00:00Z'),
      now: '2026-03-16T23:00:00Z',
    });
    expect(d.regime?.code).toBe('GB');
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-16');
  });
  it('closes on day 15', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-17T00:01:00Z'),
      now: '2026-03-17T00:01:00Z',
    });
    expect(d.lines[0]?.eligible).toBe(false);
  });
  // CRA 2015 s. 22(3): 30 days beginning with the first day after delivery (3 March → 1 April).
  it('refunds faulty goods under the short-term right to reject until the end of day 30', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-04-01T22:30:00Z', { reason: 'defective' }), // 23:30 BST on 1 April
      now: '2026-04-01T22:30:00Z',
    });
    expect(d.lines[0]).toMatchObject({ basis: 'guarantee', remedy: 'refund' });
    const r = d.lines[0]?.reasons.find((x) => x.code === 'guarantee.short-term-reject');
    expect(r?.params).toEqual({ days: 30, until: '2026-04-01' });
    expect(r?.source?.pinpoint).toContain('s. 22(3)');
    expect(d.refund.returnShippingFee.amount).toBe(0);
  });
  it('asks for repair or replacement first once the 30 days have passed', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-04-01T23:30:00Z', { reason: 'not-as-described' }), // 00:30 BST on 2 April
      now: '2026-04-01T23:30:00Z',
    });
    expect(d.lines[0]).toMatchObject({ basis: 'guarantee', remedy: 'repair-or-replacement' });
    expect(codes(d.lines[0]?.reasons ?? [])).toEqual(
      expect.arrayContaining([
        'guarantee.short-term-reject-passed',
        'guarantee.repair-or-replacement-first',
      ]),
    );
  });
  it('says nothing of remedies for a change of mind', () => {
    const mind = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-10T10:00:00Z'),
      now: '2026-03-10T10:00:00Z',
    });
    expect(mind.lines[0]).toMatchObject({ basis: 'law', remedy: null });
  });
});

describe('Brazil (CDC Art. 49)', () => {
  const order = simpleOrder({
    country: 'BR',
    zone: 'America/Sao_Paulo',
    currency: 'BRL',
    deliveredAt: '2026-03-02T15:00:00-03:00',
    extra: { shipping: { charged: { amount: 1_990, currency: 'BRL' } } },
  });
  it('gives 7 days and refunds everything paid, shipping included, at once', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-09T20:00:00-03:00'),
      now: '2026-03-09T20:00:00-03:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.refund.outboundShipping.amount).toBe(1_990);
    expect(d.refund.total.amount).toBe(11_990);
    expect(d.refundDue.byLaw).toBe('2026-03-09T23:00:00.000Z');
  });
  it('puts the return postage on the supplier (STJ, REsp 1.340.604)', () => {
    const policy: ReturnPolicy = {
      id: 'p',
      windowDays: 0,
      fees: { returnShipping: { kind: 'flat', amount: { amount: 2_500, currency: 'BRL' } } },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order,
      request: ask('2026-03-05T10:00:00-03:00'),
      now: '2026-03-05T10:00:00-03:00',
    });
    expect(d.refund.returnShippingFee.amount).toBe(0);
    expect(
      d.refund.reasons.find((r) => r.code === 'statutory.return-cost-on-trader')?.source?.title,
    ).toContain('1.340.604');
  });
  it('closes after day 7', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-10T00:30:00-03:00'),
      now: '2026-03-10T00:30:00-03:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
  });
});

describe('China (Consumer Rights Protection Law Art. 25)', () => {
  const order = simpleOrder({
    country: 'CN',
    zone: 'Asia/Shanghai',
    currency: 'CNY',
    deliveredAt: '2026-03-02T10:00:00+08:00',
  });
  it('gives 7 days from receipt and a refund within 7 days of receiving the goods', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: { ...ask('2026-03-09T21:00:00+08:00'), receivedAt: '2026-03-12T10:00:00+08:00' },
      now: '2026-03-09T21:00:00+08:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.refundDue.byLaw).toBe('2026-03-19T15:59:59.999Z');
  });
  it('refuses goods that are not intact', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-05T10:00:00+08:00', { condition: { unused: false } }),
      now: '2026-03-05T10:00:00+08:00',
    });
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.condition-bars');
  });
  it('refuses unsealed software and custom-made goods', () => {
    for (const kind of ['sealed-media', 'made-to-specification'] as const) {
      const o = simpleOrder({
        country: 'CN',
        zone: 'Asia/Shanghai',
        currency: 'CNY',
        deliveredAt: '2026-03-02T10:00:00+08:00',
        exceptions: [kind],
      });
      const d = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: noReturns,
        order: o,
        request: ask('2026-03-05T10:00:00+08:00', { condition: { unsealed: true } }),
        now: '2026-03-05T10:00:00+08:00',
      });
      expect(d.lines[0]?.eligible).toBe(false);
    }
  });
});

describe('South Korea (E-Commerce Act Art. 17)', () => {
  const order = simpleOrder({
    country: 'KR',
    zone: 'Asia/Seoul',
    currency: 'KRW',
    deliveredAt: '2026-03-02T10:00:00+09:00',
  });
  it('gives 7 days', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-09T23:59:00+09:00'),
      now: '2026-03-09T23:59:00+09:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
  });
  it('refuses goods whose value fell through use', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-04T10:00:00+09:00', { condition: { unused: false } }),
      now: '2026-03-04T10:00:00+09:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
  });
  // Art. 18(2): 3 business days from the day the goods are back, the start day not counted.
  it('owes the refund 3 business days after the goods are back', () => {
    const back = (receivedAt: string, calendar?: BusinessCalendar) =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: noReturns,
        order,
        request: { ...ask('2026-03-05T10:00:00+09:00'), receivedAt },
        now: '2026-03-05T10:00:00+09:00',
        ...(calendar ? { calendar } : {}),
      }).refundDue;
    // Thursday 5 March → Friday, Monday, Tuesday: due by the end of Tuesday 10 March in Seoul.
    const due = back('2026-03-05T15:00:00+09:00');
    expect(due.byLaw).toBe('2026-03-10T14:59:59.999Z');
    expect(due.reasons.map((r) => r.code)).toEqual([
      'refund.business-days-without-holidays',
      'refund.due-by-law',
    ]);
    expect(due.reasons[1]?.params).toMatchObject({ days: 3, businessDays: true });
    // With the merchant's calendar, a public holiday does not count: Monday 9 March closed.
    const closedMonday: BusinessCalendar = {
      ...alwaysOpenCalendar,
      nextOpen: (at) => {
        const ms = toEpochMillis(at);
        const mondayStart = Date.parse('2026-03-08T15:00:00Z');
        const mondayEnd = Date.parse('2026-03-09T15:00:00Z');
        return new Date(ms >= mondayStart && ms < mondayEnd ? mondayEnd : ms).toISOString();
      },
    };
    expect(back('2026-03-05T15:00:00+09:00', closedMonday).byLaw).toBe('2026-03-11T14:59:59.999Z');
  });
});

describe('Japan (Specified Commercial Transactions Act)', () => {
  it('gives 8 days counting the delivery day when no return policy was displayed', () => {
    const order = simpleOrder({
      country: 'JP',
      zone: 'Asia/Tokyo',
      currency: 'JPY',
      deliveredAt: '2026-03-02T10:00:00+09:00',
      extra: { returnPolicyDisplayed: false },
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-09T10:00:00+09:00'),
      now: '2026-03-09T10:00:00+09:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.at).toBe('2026-03-09T14:59:59.999Z');
  });
  it('gives nothing when the seller displayed its policy', () => {
    const order = simpleOrder({
      country: 'JP',
      zone: 'Asia/Tokyo',
      currency: 'JPY',
      deliveredAt: '2026-03-02T10:00:00+09:00',
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00+09:00'),
      now: '2026-03-03T10:00:00+09:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.not-applicable')?.params?.why,
    ).toBe('policy-displayed');
  });
});

describe('Turkey (Distance Contracts Regulation)', () => {
  it('gives 14 days from receipt', () => {
    const order = simpleOrder({
      country: 'TR',
      zone: 'Europe/Istanbul',
      currency: 'TRY',
      deliveredAt: '2026-03-02T10:00:00+03:00',
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-16T22:00:00+03:00'),
      now: '2026-03-16T22:00:00+03:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-16');
  });
});

describe('Australia (Australian Consumer Law)', () => {
  const order = simpleOrder({
    country: 'AU',
    zone: 'Australia/Sydney',
    currency: 'AUD',
    deliveredAt: '2026-03-02T10:00:00+11:00',
  });
  it('gives no change-of-mind right', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00+11:00'),
      now: '2026-03-03T10:00:00+11:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.no-withdrawal-right');
  });
  it('takes faulty goods back under the consumer guarantees', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-09-03T10:00:00+10:00', { reason: 'defective' }),
      now: '2026-09-03T10:00:00+10:00',
    });
    expect(d.lines[0]?.basis).toBe('guarantee');
    expect(d.lines[0]?.deadline).toBeNull();
    // Major failure: refund or replacement at the consumer's choice; minor: the supplier may repair.
    expect(d.lines[0]?.remedy).toBe('depends-on-failure');
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('guarantee.remedy-depends-on-failure');
  });
});

describe('Diminished value outside a statutory withdrawal', () => {
  it("is the merchant's own charge on a policy return, and not encoded where the law is silent", () => {
    const us = simpleOrder({
      country: 'US',
      zone: 'America/New_York',
      currency: 'USD',
      deliveredAt: '2026-03-02T10:00:00-05:00',
    });
    const lost = { diminishedValue: { amount: 1_500, currency: 'USD' } };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { id: 'p', windowDays: 30 },
      order: us,
      request: ask('2026-03-10T10:00:00-05:00', { condition: lost }),
      now: '2026-03-10T10:00:00-05:00',
    });
    expect(d.lines[0]?.basis).toBe('policy');
    expect(d.refund.diminishedValue.amount).toBe(1_500);
    expect(codes(d.refund.reasons)).toContain('fees.diminished-value');
    const br = simpleOrder({
      country: 'BR',
      zone: 'America/Sao_Paulo',
      currency: 'BRL',
      deliveredAt: '2026-03-02T15:00:00-03:00',
    });
    const law = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order: br,
      request: ask('2026-03-05T10:00:00-03:00', {
        condition: { diminishedValue: { amount: 1_500, currency: 'BRL' } },
      }),
      now: '2026-03-05T10:00:00-03:00',
    });
    expect(law.refund.diminishedValue.amount).toBe(0);
    expect(codes(law.refund.reasons)).toContain('statutory.diminished-value-not-encoded');
  });
});

describe('United States (California Civil Code § 1723)', () => {
  const ca = (extra: Record<string, unknown> = {}) =>
    simpleOrder({
      country: 'US',
      zone: 'America/Los_Angeles',
      currency: 'USD',
      placedAt: '2026-02-26T10:00:00-08:00',
      deliveredAt: '2026-03-02T10:00:00-08:00',
      customer: { subdivision: 'CA' },
      extra: { returnPolicyDisplayed: false, ...extra },
    });
  it('gives 30 days from purchase when a short policy was not displayed', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order: ca(),
      request: ask('2026-03-28T20:00:00-07:00'),
      now: '2026-03-28T20:00:00-07:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    // Day 30 is Saturday 28 March: a holiday under CCP § 12a, then Sunday (Civ. Code §§ 7, 10).
    expect(d.lines[0]?.deadline?.at).toBe('2026-03-31T06:59:59.999Z');
  });
  it('gives nothing when the policy was displayed', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order: ca({ returnPolicyDisplayed: true }),
      request: ask('2026-03-03T10:00:00-08:00'),
      now: '2026-03-03T10:00:00-08:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
  });
  it('gives nothing outside California (no federal right)', () => {
    const order = {
      ...ca(),
      customer: { country: 'US' as const, zone: 'America/New_York', subdivision: 'NY' },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00-05:00'),
      now: '2026-03-03T10:00:00-05:00',
    });
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.not-applicable')?.params?.why,
    ).toBe('subdivision');
  });
  it('gives nothing for goods marked final sale (§ 1723(b))', () => {
    const order = { ...ca(), lines: ca().lines.map((l) => ({ ...l, category: 'clearance' })) };
    const policy: ReturnPolicy = {
      id: 'none',
      windowDays: 0,
      categories: { clearance: { finalSale: true } },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order,
      request: ask('2026-03-03T10:00:00-08:00'),
      now: '2026-03-03T10:00:00-08:00',
    });
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.not-applicable')?.params?.why,
    ).toBe('marked-final-sale');
  });
  it('gives nothing when the policy already gives 7 days or more', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { id: 'week', windowDays: 7 },
      order: ca(),
      request: ask('2026-03-20T10:00:00-07:00'),
      now: '2026-03-20T10:00:00-07:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.not-applicable')?.params?.why,
    ).toBe('policy-long-enough');
  });
});

describe('countries without a built-in regime', () => {
  it('leave the policy alone and say so', () => {
    const order = simpleOrder({
      country: 'IN',
      zone: 'Asia/Kolkata',
      currency: 'INR',
      deliveredAt: '2026-03-02T10:00:00+05:30',
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00+05:30'),
      now: '2026-03-03T10:00:00+05:30',
    });
    expect(d.regime).toBeNull();
    expect(codes(d.lines[0]?.reasons ?? [])).toContain('statutory.none');
  });
  it('can be given a regime explicitly', () => {
    const order = simpleOrder({
      country: 'CH',
      zone: 'Europe/Zurich',
      currency: 'CHF',
      deliveredAt: '2026-03-02T10:00:00+01:00',
    });
    const d = evaluateReturn({
      policy: noReturns,
      order,
      request: ask('2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
      jurisdiction: EU_CONSUMER_RIGHTS,
    });
    expect(d.lines[0]?.basis).toBe('law');
  });
});

describe('more statutory edges', () => {
  it('gives no withdrawal right for an in-store purchase in the EU', () => {
    const order = simpleOrder({
      country: 'IT',
      zone: 'Europe/Rome',
      currency: 'EUR',
      placedAt: '2026-03-02T10:00:00+01:00',
      extra: { channel: 'in-store', shipments: [] },
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00+01:00'),
      now: '2026-03-03T10:00:00+01:00',
    });
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('statutory.not-distance-sale');
    expect(d.lines[0]?.eligible).toBe(false);
  });
  it('applies the UK hygiene exception once unsealed (reg. 28)', () => {
    const order = simpleOrder({
      country: 'GB',
      zone: 'Europe/London',
      currency: 'GBP',
      deliveredAt: '2026-03-02T12:00:00Z',
      exceptions: ['sealed-hygiene'],
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-04T12:00:00Z', { condition: { unsealed: true } }),
      now: '2026-03-04T12:00:00Z',
    });
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.exception')?.source?.pinpoint,
    ).toBe('reg. 28');
  });
  it('applies the Turkish perishable exception (Regulation Art. 15)', () => {
    const order = simpleOrder({
      country: 'TR',
      zone: 'Europe/Istanbul',
      currency: 'TRY',
      deliveredAt: '2026-03-02T10:00:00+03:00',
      exceptions: ['perishable'],
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00+03:00'),
      now: '2026-03-03T10:00:00+03:00',
    });
    expect(d.lines[0]?.eligible).toBe(false);
  });
  it('leaves the return cost on the Korean consumer after a change of mind (Art. 18(9))', () => {
    const policy: ReturnPolicy = {
      id: 'p',
      windowDays: 0,
      fees: { returnShipping: { kind: 'flat', amount: { amount: 3_000, currency: 'KRW' } } },
    };
    const order = simpleOrder({
      country: 'KR',
      zone: 'Asia/Seoul',
      currency: 'KRW',
      deliveredAt: '2026-03-02T10:00:00+09:00',
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order,
      request: ask('2026-03-04T10:00:00+09:00'),
      now: '2026-03-04T10:00:00+09:00',
    });
    expect(d.refund.returnShippingFee.amount).toBe(3_000);
  });
  it('gives a business buyer in Brazil no statutory right either', () => {
    const order = simpleOrder({
      country: 'BR',
      zone: 'America/Sao_Paulo',
      currency: 'BRL',
      deliveredAt: '2026-03-02T15:00:00-03:00',
      customer: { type: 'business' },
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: noReturns,
      order,
      request: ask('2026-03-03T10:00:00-03:00'),
      now: '2026-03-03T10:00:00-03:00',
    });
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('statutory.not-consumer');
  });
});
