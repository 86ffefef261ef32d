// #15: evaluateReturn validates its whole input at the boundary; every error names the path, the
// value and the fix.
import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  definePolicy,
  evaluateReturn,
  type Order,
  parseReturnRequest,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';

const order = (over: Record<string, unknown> = {}, customer: Record<string, unknown> = {}): Order =>
  ({
    id: 'o',
    currency: 'EUR',
    placedAt: '2026-03-01T10:00:00+01:00',
    customer: { country: 'DE', zone: 'Europe/Berlin', ...customer },
    lines: [{ id: 'a', sku: 'A', unitPrice: { amount: 10_000, currency: 'EUR' }, quantity: 1 }],
    shipments: [
      { id: 's', lines: [{ lineId: 'a', quantity: 1 }], deliveredAt: '2026-03-02T10:00:00+01:00' },
    ],
    ...over,
  }) as Order;
const at = '2026-03-10T10:00:00+01:00';
const request = { orderId: 'o', noticeAt: at, lines: [{ lineId: 'a', quantity: 1 }] };
const run = (o: Order, policy: ReturnPolicy = { id: 'p', windowDays: 30 }) =>
  evaluateReturn({ regimes: STATUTORY_REGIMES, policy, order: o, request, now: at });

function error(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('evaluateReturn checks the order it reads', () => {
  it('refuses a lower-case country with a ValidationError naming the path, never "no regime"', () => {
    const e = error(() => run(order({}, { country: 'de' })));
    expect(e.code).toBe('returns/invalid-order');
    expect(e.issues[0]?.path).toEqual(['order', 'customer', 'country']);
    expect(e.message).toContain('order.customer.country: "de"');
    expect(e.message).toContain('"DE" (not "de")');
  });
  it('names order.customer.zone for a zone that does not exist', () => {
    const e = error(() => run(order({}, { zone: 'Mars/Olympus' })));
    expect(e.message).toContain('order.customer.zone: "Mars/Olympus" is not an IANA time zone');
  });
  it.each([
    [
      'a negative unit price',
      { unitPrice: { amount: -500, currency: 'EUR' } },
      'unitPrice.amount: -500',
    ],
    [
      'a fractional unit price',
      { unitPrice: { amount: 19.99, currency: 'EUR' } },
      'unitPrice.amount: 19.99',
    ],
    ['a negative tax', { tax: { amount: -1, currency: 'EUR' } }, 'tax.amount: -1'],
    ['a fractional quantity', { quantity: 1.5 }, 'quantity: 1.5'],
  ])('refuses %s in a line', (_, change, text) => {
    const o = order();
    const lines = [{ ...o.lines[0], ...change }] as Order['lines'];
    const e = error(() => run({ ...o, lines }));
    expect(e.message).toContain(`order.lines[0].${text}`);
  });
  it('refuses negative money at the order level', () => {
    expect(
      error(() => run(order({ discount: { amount: -100, currency: 'EUR' } }))).message,
    ).toContain('order.discount.amount: -100');
    const shipping = { charged: { amount: -1, currency: 'EUR' } };
    expect(error(() => run(order({ shipping }))).message).toContain(
      'order.shipping.charged.amount',
    );
  });
  it('refuses two order lines with one id, which would be refunded twice', () => {
    const line = order().lines[0];
    const e = error(() => run(order({ lines: [line, line] })));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['order.lines.1.id']);
  });
  it('refuses a JSON object with a toString key with a ValidationError, not a TypeError', () => {
    const e = error(() => run(order({ currency: { toString: 1 } })));
    expect(e.message).toContain('order.currency');
    expect(e.message).toContain('{"toString":1}');
  });
});

describe('evaluateReturn checks the policy and the request', () => {
  it('refuses a negative flat return fee, which would raise the refund', () => {
    const policy = {
      id: 'p',
      windowDays: 30,
      fees: { returnShipping: { kind: 'flat', amount: { amount: -500, currency: 'EUR' } } },
    } as const;
    const e = error(() => run(order(), policy));
    expect(e.code).toBe('returns/invalid-policy');
    expect(e.message).toContain('fees.returnShipping.amount.amount: -500');
  });
  it.each(['windowDays', 'transitBufferDays'])(
    'names %s when it is 1e9, not "The instant is NaN"',
    (field) => {
      const e = error(() => run(order(), { id: 'p', windowDays: 30, [field]: 1e9 }));
      expect(e.message).toContain(
        `${field}: 1000000000 is not a whole number of days from 0 to 36500`,
      );
    },
  );
  it('names noticeAt when parseReturnRequest is given none', () => {
    const e = error(() =>
      parseReturnRequest({ orderId: 'o', lines: [{ lineId: 'a', quantity: 1 }] }),
    );
    expect(e.message).toContain('at noticeAt: Required: an ISO 8601 instant');
  });
  it('names the request path of a bad field', () => {
    const bad = { ...request, lines: [{ lineId: 'a', quantity: 1, condition: { unused: 'no' } }] };
    const e = error(() =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: { id: 'p', windowDays: 30 },
        order: order(),
        request: bad as never,
        now: at,
      }),
    );
    expect(e.code).toBe('returns/invalid-return-request');
    expect(e.message).toContain('request.lines[0].condition.unused: "no" is not a boolean');
  });
  it('refuses a copy of a compiled policy, which has lost its checks', () => {
    const copy = JSON.parse(JSON.stringify(definePolicy({ base: { id: 'p', windowDays: 30 } })));
    try {
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: copy,
        order: order(),
        request,
        now: at,
      });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/invalid-policy')).toBe(true);
    }
  });
});

describe('the compiled-policy cache', () => {
  it('applies a new window after the same policy object is mutated', () => {
    const policy = { id: 'p', windowDays: 30 };
    const day20 = '2026-03-22T10:00:00+01:00';
    const ask = () =>
      evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy,
        order: order({}, { country: 'US', zone: 'America/New_York' }),
        request: { ...request, noticeAt: day20 },
        now: day20,
      }).lines[0]?.eligible;
    expect(ask()).toBe(true);
    policy.windowDays = 7;
    expect(ask()).toBe(false);
    policy.windowDays = 30;
    expect(ask()).toBe(true);
  });
  it('freezes what definePolicy compiled, so it cannot go stale', () => {
    const compiled = definePolicy({
      base: { id: 'p', windowDays: 30, categories: { a: { windowDays: 3 } } },
    });
    expect(Object.isFrozen(compiled.policy)).toBe(true);
    expect(Object.isFrozen(compiled.policy.categories.a)).toBe(true);
    expect(() => {
      (compiled.policy as { windowDays: number }).windowDays = 7;
    }).toThrow(TypeError);
  });
});

describe('dates far from 2026', () => {
  it('gives the right last day for a delivery before 1970', () => {
    const o = order({
      placedAt: '1969-05-28T10:00:00+01:00',
      shipments: [
        {
          id: 's',
          lines: [{ lineId: 'a', quantity: 1 }],
          deliveredAt: '1969-06-02T10:00:00+01:00',
        },
      ],
    });
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { id: 'p', windowDays: 0 },
      order: o,
      request: { ...request, noticeAt: '1969-06-10T10:00:00+01:00' },
      now: '1969-06-10T10:00:00+01:00',
    });
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.localDate).toBe('1969-06-16');
  });
  it('refuses a deadline past the year 9999 with an error that says so', () => {
    const o = order({
      shipments: [
        { id: 's', lines: [{ lineId: 'a', quantity: 1 }], deliveredAt: '9999-12-20T10:00:00Z' },
      ],
    });
    try {
      run(o);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/date-out-of-range')).toBe(true);
    }
  });
});
