// The refund breakdown in exact minor units, from the Berlin order: 27,997 of items, a 20.00
// voucher prorated by line value (643 / 1,071 / 286), 53.20 of tax, 7.95 shipping of which 4.95 is
// the standard delivery.
import { evaluateReturn, type ReturnPolicy, STATUTORY_REGIMES } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { berlinOrder, requestFor, standardPolicy } from './fixtures.js';

const all = [
  { lineId: 'shoes', quantity: 1 },
  { lineId: 'jacket', quantity: 1 },
  { lineId: 'case', quantity: 2 },
];

describe('refund breakdown', () => {
  it('refunds a whole-order withdrawal with the standard delivery and charges the informed return cost', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor(all, '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.items.amount).toBe(27_997);
    expect(d.refund.discount.amount).toBe(2_000);
    expect(d.refund.tax.amount).toBe(5_320);
    expect(d.refund.outboundShipping.amount).toBe(495);
    expect(d.refund.restockingFee.amount).toBe(0);
    expect(d.refund.returnShippingFee.amount).toBe(495);
    expect(d.refund.total.amount).toBe(31_317);
  });

  it('prorates the voucher to one line of a partial return, without outbound shipping', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.discount.amount).toBe(643);
    expect(d.refund.outboundShipping.amount).toBe(0);
    expect(d.refund.total.amount).toBe(9_571);
    expect(d.refund.reasons.map((r) => r.code)).toContain(
      'refund.outbound-shipping-partial-return',
    );
  });

  it('splits a line unit by unit: one of two phone cases', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'case', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.lines[0]?.items.amount).toBe(1_999);
    expect(d.refund.lines[0]?.discount.amount).toBe(143);
    expect(d.refund.lines[0]?.tax.amount).toBe(380);
  });

  it('charges the restocking fee (10 %, half-even) once the return rests on the policy alone', () => {
    // Day 20 after the last delivery: the statutory period is over, the 30-day policy is not.
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-25T10:00:00+01:00'),
      now: '2026-03-25T10:00:00+01:00',
    });
    expect(d.lines[0]?.basis).toBe('policy');
    expect(d.refund.restockingFee.amount).toBe(836);
    expect(d.refund.total.amount).toBe(8_735);
  });

  it('waives the restocking fee during the statutory period (EU Art. 9(1), 14)', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.reasons.map((r) => r.code)).toContain('statutory.no-restocking-fee');
  });

  it('puts the return cost on the trader who did not inform the consumer (Art. 14(1))', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder({ returnCostInfoGiven: false }),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.returnShippingFee.amount).toBe(0);
    expect(d.refund.reasons.map((r) => r.code)).toContain('statutory.return-cost-on-trader');
  });

  it('gives free returns to a tier', () => {
    const order = berlinOrder({ customer: { country: 'DE', zone: 'Europe/Berlin', tier: 'gold' } });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order,
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.returnShippingFee.amount).toBe(0);
  });

  it('adds a store-credit bonus outside the refund total', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00', {
        refundMethod: 'store-credit',
      }),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refund.storeCreditBonus.amount).toBe(957);
  });

  it('never lets fees turn a refund into a bill', () => {
    const policy: ReturnPolicy = {
      id: 'p',
      windowDays: 60,
      fees: {
        restockingPercent: 100,
        returnShipping: { kind: 'flat', amount: { amount: 5_000, currency: 'EUR' } },
      },
    };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'case', quantity: 1 }], '2026-04-20T10:00:00+02:00'),
      now: '2026-04-20T10:00:00+02:00',
    });
    expect(d.refund.total.amount).toBe(0);
    expect(d.refund.reasons.map((r) => r.code)).toContain('fees.capped');
  });

  it('refunds nothing for ineligible lines', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-06-10T10:00:00+02:00'),
      now: '2026-06-10T10:00:00+02:00',
    });
    expect(d.eligible).toBe(false);
    expect(d.refund.total.amount).toBe(0);
  });
});

describe('refund due', () => {
  it('is 14 days after the notice by law, in the customer zone, while the goods are not back', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor(all, '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
    });
    expect(d.refundDue.byLaw).toBe('2026-03-24T22:59:59.999Z');
    expect(d.refundDue.reasons.map((r) => r.code)).toContain(
      'refund.may-withhold-until-goods-back',
    );
  });
  it('is the merchant promise (24 h after receipt) when that comes first', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor(all, '2026-03-10T10:00:00+01:00', { receivedAt: '2026-03-12T10:00:00Z' }),
      now: '2026-03-12T10:00:00Z',
    });
    expect(d.refundDue.at).toBe('2026-03-13T10:00:00.000Z');
  });
  it('may wait for goods that arrive after the 14 days (Art. 13(3))', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { ...standardPolicy, refundTiming: undefined },
      order: berlinOrder(),
      request: requestFor(all, '2026-03-10T10:00:00+01:00', { receivedAt: '2026-03-30T08:00:00Z' }),
      now: '2026-03-30T08:00:00Z',
    });
    expect(d.refundDue.at).toBe('2026-03-30T08:00:00.000Z');
  });
});

describe('multi-currency policies', () => {
  it('charges the return label in the order currency from byCurrency, and refuses a missing one', () => {
    const policy: ReturnPolicy = {
      id: 'p',
      windowDays: 60,
      fees: {
        returnShipping: {
          kind: 'flat',
          amount: { amount: 495, currency: 'EUR' },
          byCurrency: { GBP: 395 },
        },
      },
    };
    const gbp = berlinOrder({ currency: 'GBP' });
    const lines = gbp.lines.map((l) => ({
      ...l,
      unitPrice: { ...l.unitPrice, currency: 'GBP' as const },
      tax: undefined,
    }));
    const order = { ...gbp, lines, discount: undefined, shipping: undefined };
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy,
      order,
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00Z'),
      now: '2026-03-10T10:00:00Z',
    });
    expect(d.refund.returnShippingFee).toEqual({ amount: 395, currency: 'GBP' });
    const usd = {
      ...order,
      currency: 'USD' as const,
      lines: lines.map((l) => ({ ...l, unitPrice: { ...l.unitPrice, currency: 'USD' as const } })),
    };
    expect(() =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy,
        order: usd,
        request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00Z'),
        now: '2026-03-10T10:00:00Z',
      }),
    ).toThrow(expect.objectContaining({ code: 'returns/currency-mismatch' }));
  });
});
