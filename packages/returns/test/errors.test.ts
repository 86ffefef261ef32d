// Bad input: ValidationError with paths at the boundary, MeridianError codes inside.
import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  evaluateReturn,
  parseOrder,
  parseReturnPolicy,
  parseReturnRequest,
  returnsMessages,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { berlinOrder, requestFor, standardPolicy } from './fixtures.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isMeridianError(e) ? e.code : 'not-a-meridian-error';
  }
  return undefined;
};

describe('parse functions', () => {
  it('names the path of a bad policy field', () => {
    try {
      parseReturnPolicy({ id: 'p', windowDays: -3, fees: { restockingPercent: 150 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toContain('windowDays');
      expect(paths).toContain('fees.restockingPercent');
      expect((e as ValidationError).code).toBe('returns/invalid-policy');
    }
  });
  it('fills policy defaults', () => {
    const p = parseReturnPolicy({ id: 'p', windowDays: 30 });
    expect(p.transitBufferDays).toBe(5);
    expect(p.fees.returnShipping).toEqual({ kind: 'free' });
  });
  it('refuses a negative quantity and an instant without offset in a request', () => {
    try {
      parseReturnRequest({
        orderId: 'o',
        noticeAt: '2026-03-02T10:00:00',
        lines: [{ lineId: 'a', quantity: -1 }],
      });
      expect.unreachable();
    } catch (e) {
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['noticeAt', 'lines.0.quantity']));
      expect((e as ValidationError).code).toBe('returns/invalid-return-request');
    }
  });
  it('parses a good request with defaults and UTC instants', () => {
    const r = parseReturnRequest({
      orderId: 'o',
      noticeAt: '2026-03-02T11:00:00+01:00',
      lines: [{ lineId: 'a', quantity: 1 }],
    });
    expect(r.noticeAt).toBe('2026-03-02T10:00:00.000Z');
    expect(r.lines[0]?.reason).toBe('change-of-mind');
  });
  it('refuses an order with a bad zone', () => {
    const json = { ...berlinOrder(), customer: { country: 'DE', zone: 'CET+1' } };
    expect(code(() => parseOrder(json))).toBe('returns/invalid-order');
    expect(parseOrder(berlinOrder()).customer.type).toBe('consumer');
  });
});

describe('evaluateReturn refuses', () => {
  const go = (over: Record<string, unknown>) => () =>
    evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'shoes', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
      ...over,
    } as Parameters<typeof evaluateReturn>[0]);
  it('mixed currencies', () => {
    const order = berlinOrder();
    const lines = order.lines.map((l, i) =>
      i === 1 ? { ...l, unitPrice: { amount: 100, currency: 'USD' as const } } : l,
    );
    expect(code(go({ order: { ...order, lines } }))).toBe('returns/currency-mismatch');
  });
  it('more units than delivered', () => {
    expect(
      code(
        go({ request: requestFor([{ lineId: 'case', quantity: 3 }], '2026-03-10T10:00:00+01:00') }),
      ),
    ).toBe('returns/quantity-exceeds-delivered');
  });
  it('a negative quantity', () => {
    expect(
      code(
        go({
          request: requestFor([{ lineId: 'case', quantity: -1 }], '2026-03-10T10:00:00+01:00'),
        }),
      ),
    ).toBe('returns/invalid-quantity');
  });
  it('a misspelt reason, which would otherwise decide fee waivers silently', () => {
    expect(
      code(
        go({
          request: requestFor(
            [{ lineId: 'case', quantity: 1, reason: 'changed-mind' as 'change-of-mind' }],
            '2026-03-10T10:00:00+01:00',
          ),
        }),
      ),
    ).toBe('returns/unknown-reason');
  });
  it('an instant without an offset', () => {
    expect(
      code(go({ request: requestFor([{ lineId: 'case', quantity: 1 }], '2026-03-10T10:00:00') })),
    ).toBe('returns/invalid-instant');
  });
  it('an unknown line, a duplicated line, another order', () => {
    expect(
      code(go({ request: requestFor([{ lineId: 'hat', quantity: 1 }], '2026-03-10T10:00:00Z') })),
    ).toBe('returns/unknown-line');
    expect(
      code(
        go({
          request: requestFor(
            [
              { lineId: 'case', quantity: 1 },
              { lineId: 'case', quantity: 1 },
            ],
            '2026-03-10T10:00:00Z',
          ),
        }),
      ),
    ).toBe('returns/duplicate-line');
    expect(
      code(
        go({
          request: {
            ...requestFor([{ lineId: 'case', quantity: 1 }], '2026-03-10T10:00:00Z'),
            orderId: 'o-2',
          },
        }),
      ),
    ).toBe('returns/order-mismatch');
  });
  it('a code where a regime goes, and a discount larger than the items', () => {
    expect(code(go({ jurisdiction: 'XX' }))).toBe('returns/regime-id');
    expect(
      code(go({ order: berlinOrder({ discount: { amount: 99_999, currency: 'EUR' } }) })),
    ).toBe('returns/discount-exceeds-items');
  });
  it('an invalid policy, with a ValidationError', () => {
    expect(code(go({ policy: { id: '', windowDays: 1.5 } }))).toBe('returns/invalid-policy');
  });
});

describe('messages', () => {
  it('say what was wrong and what to do', () => {
    expect(returnsMessages.quantityExceedsDelivered('case', 3, 2)).toBe(
      'Line "case": 3 unit(s) asked back but only 2 delivered. Ask for at most the delivered quantity.',
    );
    expect(returnsMessages.currencyMismatch('order.discount', 'USD', 'EUR')).toContain(
      'Convert it first',
    );
    expect(returnsMessages.unknownJurisdiction('XX')).toContain(
      'EU, GB, BR, CN, KR, JP, TR, AU, US',
    );
  });
});

describe('instants', () => {
  it('accept the canonical UTC form and refuse impossible dates in it', () => {
    const go = (at: string) => () =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: standardPolicy,
        order: berlinOrder(),
        request: requestFor([{ lineId: 'shoes', quantity: 1 }], at),
        now: '2026-03-10T10:00:00Z',
      });
    expect(go('2026-03-10T09:00:00.000Z')).not.toThrow();
    expect(code(go('2026-02-30T09:00:00.000Z'))).toBe('returns/invalid-instant');
  });
});
