// #16, each test written from the text it cites.
import { isMeridianError } from '@meridian-cx/core';
import {
  evaluateReturn,
  type Order,
  type ReturnRequest,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { simpleOrder } from './fixtures.js';

const stingy = { id: 'p', windowDays: 0 };
const run = (order: Order, request: Omit<ReturnRequest, 'orderId'>, now = request.noticeAt) =>
  evaluateReturn({
    regimes: STATUTORY_REGIMES,
    policy: stingy,
    order,
    request: { orderId: 'o-1', ...request },
    now,
  });
const one = [{ lineId: 'a', quantity: 1 }];

describe('UK SI 2013/3134 reg. 34: when the refund is due', () => {
  const order = simpleOrder({
    country: 'GB',
    zone: 'Europe/London',
    currency: 'GBP',
    deliveredAt: '2026-03-02T12:00:00Z',
  });
  it('14 days after the goods are back or the evidence of sending, whichever is first (reg. 34(6))', () => {
    // Notice on 4 March; evidence of sending on 10 March; goods back on 13 March.
    const d = run(
      order,
      {
        noticeAt: '2026-03-04T10:00:00Z',
        lines: one,
        proofOfSendingAt: '2026-03-10T10:00:00Z',
        receivedAt: '2026-03-13T10:00:00Z',
      },
      '2026-03-13T10:00:00Z',
    );
    expect(d.refundDue.byLaw).toBe('2026-03-24T23:59:59.999Z');
    expect(d.refundDue.reasons.find((r) => r.code === 'refund.due-by-law')?.source?.pinpoint).toBe(
      'reg. 34(4)–(6)',
    );
  });
  it('14 days after the notice where the trader offered to collect (reg. 34(5))', () => {
    const d = run(order, { noticeAt: '2026-03-04T10:00:00Z', lines: one, traderCollects: true });
    expect(d.refundDue.byLaw).toBe('2026-03-18T23:59:59.999Z');
    expect(d.refundDue.reasons.map((r) => r.code)).toContain('refund.from-notice');
  });
  it('the clock waits for the goods or the evidence when neither has come', () => {
    const d = run(order, { noticeAt: '2026-03-04T10:00:00Z', lines: one });
    expect(d.refundDue.byLaw).toBeNull();
  });
});

describe('EU Directive 2011/83/EU Art. 13(3): the trader that offered to collect may not withhold', () => {
  const order = simpleOrder({
    country: 'FR',
    zone: 'Europe/Paris',
    currency: 'EUR',
    deliveredAt: '2026-03-02T12:00:00+01:00',
  });
  it('withholds until the goods are back when it did not offer to collect', () => {
    const d = run(
      order,
      {
        noticeAt: '2026-03-04T10:00:00+01:00',
        lines: one,
        receivedAt: '2026-03-25T10:00:00+01:00',
      },
      '2026-03-25T10:00:00+01:00',
    );
    expect(d.refundDue.byLaw).toBe('2026-03-25T09:00:00.000Z');
  });
  it('pays 14 days from the notice when it offered to collect, goods back or not', () => {
    const d = run(
      order,
      {
        noticeAt: '2026-03-04T10:00:00+01:00',
        lines: one,
        receivedAt: '2026-03-25T10:00:00+01:00',
        traderCollects: true,
      },
      '2026-03-25T10:00:00+01:00',
    );
    expect(d.refundDue.byLaw).toBe('2026-03-18T22:59:59.999Z');
    expect(d.refundDue.reasons.find((r) => r.code === 'refund.from-notice')?.source?.pinpoint).toBe(
      'Art. 13(3)',
    );
  });
});

describe('Brazil CDC Art. 49 sole paragraph: everything paid comes back', () => {
  it('refunds express freight in full, not the standard rate', () => {
    const order = simpleOrder({
      country: 'BR',
      zone: 'America/Sao_Paulo',
      currency: 'BRL',
      deliveredAt: '2026-03-02T12:00:00-03:00',
      extra: {
        shipping: {
          charged: { amount: 4_990, currency: 'BRL' },
          standardDelivery: { amount: 1_990, currency: 'BRL' },
        },
      },
    });
    const d = run(order, { noticeAt: '2026-03-05T10:00:00-03:00', lines: one });
    expect(d.refund.outboundShipping.amount).toBe(4_990);
    expect(d.refund.total.amount).toBe(10_000 + 4_990);
  });
});

describe('withdrawal before delivery', () => {
  const undelivered = (
    country: 'TR' | 'GB' | 'DE',
    zone: string,
    currency: 'TRY' | 'GBP' | 'EUR',
  ) => simpleOrder({ country, zone, currency });
  it('Turkey Reg. Art. 9(2): the consumer may withdraw between the contract and delivery', () => {
    const d = run(undelivered('TR', 'Europe/Istanbul', 'TRY'), {
      noticeAt: '2026-03-01T10:00:00+03:00',
      lines: one,
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(
      d.lines[0]?.reasons.find((r) => r.code === 'statutory.before-delivery')?.source?.pinpoint,
    ).toBe('Art. 9(2)');
    expect(d.refund.total.amount).toBe(10_000);
  });
  it('UK reg. 30(1): the period begins with the contract; the refund runs from the notice (reg. 34(5))', () => {
    const d = run(undelivered('GB', 'Europe/London', 'GBP'), {
      noticeAt: '2026-03-01T10:00:00Z',
      lines: one,
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.refundDue.byLaw).toBe('2026-03-15T23:59:59.999Z');
  });
  it('elsewhere the request still may not exceed what was delivered', () => {
    try {
      run(undelivered('DE', 'Europe/Berlin', 'EUR'), {
        noticeAt: '2026-03-01T10:00:00+01:00',
        lines: one,
      });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/quantity-exceeds-delivered')).toBe(true);
    }
  });
});

describe('tax: EU consumer prices include it (Art. 6(1)(e))', () => {
  // 129.00 boots with 21.50 VAT inside (20 % of the net price: one sixth of the gross).
  const boots = (pricesIncludeTax?: boolean) =>
    simpleOrder({
      country: 'FR',
      zone: 'Europe/Paris',
      currency: 'EUR',
      price: 12_900,
      deliveredAt: '2026-03-02T12:00:00+01:00',
      extra: {
        lines: [
          {
            id: 'a',
            sku: 'BOOTS',
            unitPrice: { amount: 12_900, currency: 'EUR' },
            quantity: 1,
            tax: { amount: 2_150, currency: 'EUR' },
          },
        ],
        ...(pricesIncludeTax === undefined ? {} : { pricesIncludeTax }),
      },
    });
  it('refunds the price paid, the tax inside it, unless the order says prices exclude tax', () => {
    const d = run(boots(), { noticeAt: '2026-03-05T10:00:00+01:00', lines: one });
    expect(d.refund.taxIncluded).toBe(true);
    expect(d.refund.tax.amount).toBe(2_150);
    expect(d.refund.total.amount).toBe(12_900);
    const net = run(boots(false), { noticeAt: '2026-03-05T10:00:00+01:00', lines: one });
    expect(net.refund.total.amount).toBe(12_900 + 2_150);
  });
});
