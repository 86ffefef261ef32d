// One test per refund phase, each from the rule it states.
import type { CurrencyCode, Reason } from '@meridian-cx/core';
import {
  BR_CONSUMER_CODE,
  EU_CONSUMER_RIGHTS,
  type Order,
  parseReturnPolicy,
  US_CA_CIVIL_CODE_1723,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { capFees } from './capFees.js';
import { diminishedValue } from './diminishedValue.js';
import { lineRefunds } from './lineRefunds.js';
import { m } from './money.js';
import { outboundShipping } from './outboundShipping.js';
import { prorateDiscount } from './prorateDiscount.js';
import { restockingFee } from './restockingFee.js';
import { returnShippingFee } from './returnShippingFee.js';
import { storeCreditBonus } from './storeCreditBonus.js';
import { taxIncluded } from './taxIncluded.js';
import type { RefundLineInput } from './types.js';

const EUR = 'EUR' as CurrencyCode;
const order = (over: Partial<Order> = {}): Order => ({
  id: 'o',
  currency: 'EUR',
  placedAt: '2026-03-01T10:00:00Z',
  customer: { country: 'DE', zone: 'Europe/Berlin' },
  lines: [
    {
      id: 'a',
      sku: 'A',
      unitPrice: { amount: 9_000, currency: 'EUR' },
      quantity: 1,
      tax: { amount: 1_437, currency: 'EUR' },
    },
    { id: 'b', sku: 'B', unitPrice: { amount: 1_000, currency: 'EUR' }, quantity: 3 },
  ],
  discount: { amount: 1_200, currency: 'EUR' },
  shipping: {
    charged: { amount: 900, currency: 'EUR' },
    standardDelivery: { amount: 500, currency: 'EUR' },
  },
  ...over,
});
const policy = (over: object = {}) => parseReturnPolicy({ id: 'p', windowDays: 30, ...over });
const line = (over: Partial<RefundLineInput> = {}): RefundLineInput => ({
  lineId: 'a',
  index: 0,
  quantity: 1,
  reason: 'change-of-mind',
  byLaw: false,
  faulty: false,
  ...over,
});
const codes = (rs: Reason[]) => rs.map((r) => r.code);

describe('refund phases', () => {
  it('1 prorateDiscount: splits the discount by line value and the shares sum to it', () => {
    const v = prorateDiscount(order());
    expect(v.values).toEqual([9_000, 3_000]);
    expect(v.discounts).toEqual([900, 300]);
    expect(
      prorateDiscount(order({ discount: { amount: 0, currency: 'EUR' } })).discounts,
    ).toBeNull();
  });
  it('2a restockingFee: the percentage of the line, waived for faults and on a statutory withdrawal', () => {
    const rs: Reason[] = [];
    const p = policy({ fees: { restockingPercent: 12.5 } });
    expect(restockingFee(line(), 8_100, p, null, EUR, rs)).toBe(1_012); // 1012.5 → even
    expect(
      restockingFee(line({ faulty: true, reason: 'defective' }), 8_100, p, null, EUR, rs),
    ).toBe(0);
    expect(restockingFee(line({ byLaw: true }), 8_100, p, EU_CONSUMER_RIGHTS, EUR, rs)).toBe(0);
    expect(codes(rs)).toEqual([
      'fees.restocking',
      'fees.restocking-waived',
      'statutory.no-restocking-fee',
    ]);
  });
  it('2b diminishedValue: within the line, never for faults, not when the consumer was not told', () => {
    const rs: Reason[] = [];
    expect(diminishedValue(line({ diminishedValue: 5_000 }), 3_000, order(), null, rs)).toBe(3_000);
    expect(
      diminishedValue(line({ diminishedValue: 5_000, faulty: true }), 3_000, order(), null, rs),
    ).toBe(0);
    expect(
      diminishedValue(
        line({ diminishedValue: 500, byLaw: true }),
        3_000,
        order(),
        EU_CONSUMER_RIGHTS,
        rs,
      ),
    ).toBe(500);
    expect(
      diminishedValue(
        line({ diminishedValue: 500, byLaw: true }),
        3_000,
        order({ withdrawalInfoGiven: false }),
        EU_CONSUMER_RIGHTS,
        rs,
      ),
    ).toBe(0);
  });
  it('2 lineRefunds: the units that come back, the cheapest first, and whether all of the order does', () => {
    const rs: Reason[] = [];
    const o = order();
    const l = lineRefunds({
      order: o,
      policy: policy(),
      regime: null,
      lines: [line({ lineId: 'b', index: 1, quantity: 2 })],
      values: prorateDiscount(o),
      taxIncluded: false,
      currency: EUR,
      reasons: rs,
    });
    expect(l.items).toBe(2_000);
    expect(l.discount).toBe(200);
    expect(l.allUnits).toBe(false);
  });
  it('3 outboundShipping: the standard rate in the EU, everything paid in Brazil, nothing for part of an order', () => {
    const rs: Reason[] = [];
    const args = { order: order(), policy: policy(), allUnits: true, anyByLaw: true, reasons: rs };
    expect(outboundShipping({ ...args, regime: EU_CONSUMER_RIGHTS })).toBe(500);
    expect(outboundShipping({ ...args, regime: BR_CONSUMER_CODE })).toBe(900);
    expect(outboundShipping({ ...args, regime: EU_CONSUMER_RIGHTS, allUnits: false })).toBe(0);
    expect(outboundShipping({ ...args, regime: US_CA_CIVIL_CODE_1723 })).toBe(0);
  });
  it('4 returnShippingFee: the flat fee unless faulty, a free tier, or the law puts it on the trader', () => {
    const rs: Reason[] = [];
    const p = policy({
      fees: {
        returnShipping: { kind: 'flat', amount: { amount: 495, currency: 'EUR' } },
        freeReturnTiers: ['gold'],
      },
    });
    const args = {
      order: order(),
      policy: p,
      regime: EU_CONSUMER_RIGHTS,
      currency: EUR,
      anyChargeable: true,
      anyByLaw: true,
      reasons: rs,
    };
    expect(returnShippingFee(args)).toBe(495);
    expect(returnShippingFee({ ...args, anyChargeable: false })).toBe(0);
    expect(
      returnShippingFee({
        ...args,
        order: order({ customer: { country: 'DE', zone: 'Europe/Berlin', tier: 'gold' } }),
      }),
    ).toBe(0);
    expect(returnShippingFee({ ...args, regime: BR_CONSUMER_CODE })).toBe(0);
  });
  it('5 capFees: takes the excess off shipping first, then restocking', () => {
    const rs: Reason[] = [];
    expect(capFees(1_000, { restocking: 300, shipping: 500, diminished: 0 }, rs)).toEqual({
      restocking: 300,
      shipping: 500,
    });
    expect(capFees(600, { restocking: 300, shipping: 500, diminished: 0 }, rs)).toEqual({
      restocking: 300,
      shipping: 300,
    });
    expect(capFees(200, { restocking: 300, shipping: 500, diminished: 0 }, rs)).toEqual({
      restocking: 200,
      shipping: 0,
    });
    expect(codes(rs)).toEqual(['fees.capped', 'fees.capped']);
  });
  it('6 storeCreditBonus: only for store credit, half-even', () => {
    const rs: Reason[] = [];
    const p = policy({ refundMethods: { methods: ['store-credit'], storeCreditBonusPercent: 10 } });
    expect(storeCreditBonus(1_005, 'store-credit', p, EUR, rs)).toBe(100); // 100.5 → even
    expect(storeCreditBonus(1_005, 'original-payment', p, EUR, rs)).toBe(0);
  });
  it('taxIncluded: as the order says, else EU consumer prices include it, else not', () => {
    const rs: Reason[] = [];
    expect(taxIncluded(order(), EU_CONSUMER_RIGHTS, rs)).toBe(true);
    expect(taxIncluded(order({ pricesIncludeTax: false }), EU_CONSUMER_RIGHTS, rs)).toBe(false);
    expect(taxIncluded(order(), US_CA_CIVIL_CODE_1723, rs)).toBe(false);
    const b2b = order({ customer: { country: 'DE', zone: 'Europe/Berlin', type: 'business' } });
    expect(taxIncluded(b2b, EU_CONSUMER_RIGHTS, rs)).toBe(false);
    expect(rs[0]?.source?.pinpoint).toBe('Art. 6(1)(e)');
  });
  it('shares one frozen zero per currency', () => {
    expect(m(0, EUR)).toBe(m(0, EUR));
    expect(Object.isFrozen(m(0, EUR))).toBe(true);
  });
});
