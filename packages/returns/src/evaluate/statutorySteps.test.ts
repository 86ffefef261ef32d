// One test per step of the statutory route (statutoryLine), each from the rule it states:
// Directive 2011/83/EU Art. 9, 10 and 16, Reg. 1182/71 Art. 3(4), UK SI 2013/3134 reg. 30(1),
// California Civil Code § 1723.
import type { Reason } from '@meridian-cx/core';
import {
  AU_CONSUMER_LAW,
  EU_CONSUMER_RIGHTS,
  type Order,
  parseReturnPolicy,
  UK_CONSUMER_CONTRACTS,
  US_CA_CIVIL_CODE_1723,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import type { StatutoryRegime, WithdrawalRight } from '../statutory/types.js';
import type { OrderLine, ReturnRequestLine } from '../types.js';
import { beforeDelivery } from './beforeDelivery.js';
import { informedLastDay } from './informedLastDay.js';
import { lawfulPeriodEnd } from './lawfulPeriodEnd.js';
import { lawLongerThanPolicy } from './lawLongerThanPolicy.js';
import { periodStart } from './periodStart.js';
import { hasWithdrawalRight, type RightArgs, type StatutoryArgs } from './statutoryArgs.js';
import { withdrawalBar } from './withdrawalBar.js';
import { outOfScope } from './withdrawalScope.js';

const placedMs = Date.parse('2026-03-01T10:00:00Z');
const firstMs = Date.parse('2026-03-02T12:00:00Z');
const lineMs = Date.parse('2026-03-03T12:00:00Z');
const lastMs = Date.parse('2026-03-04T12:00:00Z');
const line: OrderLine = {
  id: 'a',
  sku: 'A',
  category: 'clearance',
  unitPrice: { amount: 1_000, currency: 'EUR' },
  quantity: 2,
};
const order: Order = {
  id: 'o',
  currency: 'EUR',
  placedAt: '2026-03-01T10:00:00Z',
  customer: { country: 'DE', zone: 'Europe/Berlin' },
  lines: [line],
};
const policy = parseReturnPolicy({
  id: 'p',
  windowDays: 30,
  categories: { clearance: { finalSale: true } },
});

/** The EU regime without one of the rules of its withdrawal right. */
function euWithout(key: 'uninformedExtensionMonths' | 'periodEnd'): RightArgs['regime'] {
  const w: Partial<WithdrawalRight> = { ...EU_CONSUMER_RIGHTS.withdrawal };
  delete w[key];
  return { ...EU_CONSUMER_RIGHTS, withdrawal: w as WithdrawalRight };
}

/** A regime with its withdrawal right changed by `over`. */
function regime(base: StatutoryRegime, over: Partial<WithdrawalRight> = {}): RightArgs['regime'] {
  return { ...base, withdrawal: { ...(base.withdrawal as WithdrawalRight), ...over } };
}

type Over = Partial<Omit<StatutoryArgs, 'regime' | 'order' | 'line' | 'request'>> & {
  readonly regime?: RightArgs['regime'];
  readonly order?: Partial<Order>;
  readonly line?: Partial<OrderLine>;
  readonly request?: Partial<ReturnRequestLine>;
};

/** One EU line of one unit out of two, delivered on 3 March 2026 (Berlin), the order on the 4th. */
function args(over: Over = {}): RightArgs {
  return {
    zone: 'Europe/Berlin',
    noticeMs: Date.parse('2026-03-10T10:00:00Z'),
    placedMs,
    infoReceivedMs: Number.NaN,
    calendar: undefined,
    holidays: null,
    policy,
    deliveries: {
      byLine: new Map([['a', { delivered: 1, at: lineMs, basis: 'delivered' as const }]]),
      firstAt: firstMs,
      lastAt: lastMs,
    },
    ...over,
    regime: over.regime ?? regime(EU_CONSUMER_RIGHTS),
    order: { ...order, ...over.order },
    line: { ...line, ...over.line },
    request: { lineId: 'a', quantity: 1, ...over.request },
  };
}

const codes = (rs: readonly Reason[]) => rs.map((r) => r.code);

describe('hasWithdrawalRight', () => {
  it('only a regime that has a withdrawal right has one', () => {
    expect(hasWithdrawalRight(args())).toBe(true);
    expect(hasWithdrawalRight({ ...args(), regime: AU_CONSUMER_LAW })).toBe(false);
    expect(hasWithdrawalRight({ ...args(), regime: null })).toBe(false);
  });
});

describe('outOfScope', () => {
  it('EU: a distance sale is in scope; an in-store sale is not (Art. 9)', () => {
    expect(outOfScope(args())).toBeNull();
    expect(outOfScope(args({ order: { channel: 'in-store' } }))).toMatchObject({
      code: 'statutory.not-distance-sale',
      params: { regime: 'EU', channel: 'in-store' },
    });
  });
  it('California § 1723: subdivision, displayed policy, policy length, final-sale marking, in that order', () => {
    const us = (o: Partial<Order>, days = 30) =>
      outOfScope(
        args({
          regime: regime(US_CA_CIVIL_CODE_1723),
          order: { customer: { country: 'US', zone: 'America/Los_Angeles', ...o.customer }, ...o },
          policy: parseReturnPolicy({
            id: 'p',
            windowDays: days,
            categories: { clearance: { finalSale: true } },
          }),
        }),
      )?.params?.why;
    const ca = { country: 'US', zone: 'America/Los_Angeles', subdivision: 'CA' } as const;
    expect(us({})).toBe('subdivision');
    expect(us({ customer: ca })).toBe('policy-displayed');
    expect(us({ customer: ca, returnPolicyDisplayed: false })).toBe('policy-long-enough');
    expect(us({ customer: ca, returnPolicyDisplayed: false }, 5)).toBe('marked-final-sale');
  });
  it('California: an unmarked line with no displayed policy is in scope', () => {
    const a = args({
      regime: regime(US_CA_CIVIL_CODE_1723),
      order: {
        customer: { country: 'US', zone: 'America/Los_Angeles', subdivision: 'CA' },
        returnPolicyDisplayed: false,
      },
      line: { category: 'shoes' },
      policy: parseReturnPolicy({ id: 'p', windowDays: 5 }),
    });
    expect(outOfScope(a)).toBeNull();
  });
});

describe('withdrawalBar', () => {
  it('EU Art. 16(d): perishable goods are excepted; a line without exceptions is not', () => {
    expect(withdrawalBar(args())).toBeNull();
    expect(withdrawalBar(args({ line: { exceptions: ['perishable'] } }))).toMatchObject({
      code: 'statutory.exception',
      params: { regime: 'EU', kind: 'perishable' },
      source: { pinpoint: 'Art. 16(d)' },
    });
  });
  it('EU Art. 16(e): sealed hygiene goods only once unsealed', () => {
    const hygiene: Partial<OrderLine> = { exceptions: ['sealed-hygiene'] };
    expect(withdrawalBar(args({ line: hygiene }))).toBeNull();
    const unsealed = args({ line: hygiene, request: { condition: { unsealed: true } } });
    expect(withdrawalBar(unsealed)?.params?.kind).toBe('sealed-hygiene');
  });
  it('California § 1723(b): used goods or goods without their package', () => {
    const us = (condition: ReturnRequestLine['condition']) =>
      withdrawalBar(args({ regime: regime(US_CA_CIVIL_CODE_1723), request: { condition } }))
        ?.code ?? null;
    expect(us({})).toBeNull();
    expect(us({ unused: false })).toBe('statutory.condition-bars');
    expect(us({ originalPackaging: false })).toBe('statutory.condition-bars');
    // The EU does not bar used goods (Art. 14(2) makes them a deduction instead).
    expect(withdrawalBar(args({ request: { condition: { unused: false } } }))).toBeNull();
  });
});

describe('periodStart', () => {
  it('EU Art. 9(2)(b)(i): the last delivery of the order; (c) digital content: the contract', () => {
    const reasons: Reason[] = [];
    expect(periodStart(args(), reasons)).toBe(lastMs);
    expect(reasons).toEqual([]);
    expect(periodStart(args({ line: { digitalContent: true } }), reasons)).toBe(placedMs);
    expect(codes(reasons)).toEqual(['statutory.digital-content']);
  });
  it('EU Art. 9(2)(b)(iii): a regular delivery counts from the first good', () => {
    const reasons: Reason[] = [];
    expect(periodStart(args({ order: { regularDelivery: true } }), reasons)).toBe(firstMs);
    expect(codes(reasons)).toEqual(['statutory.regular-delivery']);
  });
  it("from the purchase (California), from the line's own delivery, or not yet", () => {
    expect(
      periodStart(args({ regime: regime(EU_CONSUMER_RIGHTS, { from: 'purchase' }) }), []),
    ).toBe(placedMs);
    expect(
      periodStart(args({ regime: regime(EU_CONSUMER_RIGHTS, { from: 'delivery' }) }), []),
    ).toBe(lineMs);
    const none = { byLine: new Map(), firstAt: null, lastAt: null };
    expect(
      periodStart(
        args({ regime: regime(EU_CONSUMER_RIGHTS, { from: 'delivery' }), deliveries: none }),
        [],
      ),
    ).toBeNull();
    expect(periodStart(args({ deliveries: none }), [])).toBeNull();
  });
});

describe('beforeDelivery', () => {
  it('UK reg. 30(1): withdrawing from units not yet delivered says how many', () => {
    expect(
      beforeDelivery(args({ regime: regime(UK_CONSUMER_CONTRACTS), request: { quantity: 2 } })),
    ).toMatchObject({
      code: 'statutory.before-delivery',
      params: { regime: 'GB', undelivered: 1 },
    });
    expect(
      beforeDelivery(args({ regime: regime(UK_CONSUMER_CONTRACTS), request: { quantity: 1 } })),
    ).toBeNull();
  });
  it('a regime without the rule says nothing', () => {
    expect(beforeDelivery(args({ request: { quantity: 2 } }))).toBeNull();
  });
});

describe('informedLastDay', () => {
  const start = '2026-03-03';
  it('EU: 14 days, the start day not counted', () => {
    const reasons: Reason[] = [];
    expect(informedLastDay(args(), start, reasons)).toBe('2026-03-17');
    expect(reasons).toEqual([]);
  });
  it('Art. 10(1): not informed, twelve months more', () => {
    const reasons: Reason[] = [];
    const a = args({ order: { withdrawalInfoGiven: false } });
    expect(informedLastDay(a, start, reasons)).toBe('2027-03-17');
    expect(reasons).toEqual([
      expect.objectContaining({
        code: 'statutory.uninformed-extension',
        params: { regime: 'EU', months: 12 },
      }),
    ]);
  });
  it('Art. 10(2): informed late, 14 days from the day received', () => {
    const reasons: Reason[] = [];
    const a = args({
      order: { withdrawalInfoReceivedAt: '2026-03-10T09:00:00Z' },
      infoReceivedMs: Date.parse('2026-03-10T09:00:00Z'),
    });
    expect(informedLastDay(a, start, reasons)).toBe('2026-03-24');
    expect(codes(reasons)).toEqual(['statutory.late-information']);
  });
  it('a regime without the extension keeps the counted day', () => {
    const a = args({
      regime: euWithout('uninformedExtensionMonths'),
      order: { withdrawalInfoGiven: false },
    });
    expect(informedLastDay(a, start, [])).toBe('2026-03-17');
  });
});

describe('lawfulPeriodEnd', () => {
  it('Reg. 1182/71 Art. 3(4): a Saturday moves to Monday, with the reason', () => {
    const reasons: Reason[] = [];
    expect(lawfulPeriodEnd(args(), '2026-03-21', reasons)).toBe('2026-03-23');
    expect(reasons).toEqual([
      expect.objectContaining({
        code: 'statutory.period-end-moved',
        params: { regime: 'EU', from: '2026-03-21', to: '2026-03-23' },
      }),
    ]);
  });
  it('a weekday stays, and a regime without the rule never moves', () => {
    const reasons: Reason[] = [];
    expect(lawfulPeriodEnd(args(), '2026-03-20', reasons)).toBe('2026-03-20');
    const noRule = args({ regime: euWithout('periodEnd') });
    expect(lawfulPeriodEnd(noRule, '2026-03-21', reasons)).toBe('2026-03-21');
    expect(reasons).toEqual([]);
  });
  it("the consumer's public holidays count where the rule says so", () => {
    const a = args({ holidays: new Set(['2026-04-06']) });
    expect(lawfulPeriodEnd(a, '2026-04-04', [])).toBe('2026-04-07');
  });
});

describe('lawLongerThanPolicy', () => {
  it('EU: a 7-day merchant window is shorter than the 14 days of the law', () => {
    expect(lawLongerThanPolicy(args(), 7)).toMatchObject({
      code: 'statutory.window-longer-than-policy',
      params: { regime: 'EU', policyDays: 7, lawDays: 14 },
    });
    expect(lawLongerThanPolicy(args(), 14)).toBeNull();
  });
  it('California: never, its right exists only because the policy is short', () => {
    expect(lawLongerThanPolicy(args({ regime: regime(US_CA_CIVIL_CODE_1723) }), 5)).toBeNull();
  });
});
