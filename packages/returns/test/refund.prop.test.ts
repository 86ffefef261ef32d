// The four laws of the issue, stated as properties over generated orders and requests.
import { fc, test } from '@fast-check/vitest';
import { allocate, money } from '@meridian-cx/core';
import {
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  type Order,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import { unitShare } from '../src/refund/unitShare.js';
import { addDays, addMonths, endOfLocalDay, localDate } from '../src/time/zoneDay.js';

const policyArb = fc.record({
  windowDays: fc.integer({ min: 0, max: 60 }),
  restockingPercent: fc.integer({ min: 0, max: 30 }),
  flat: fc.integer({ min: 0, max: 1_000 }),
  refundsOutboundShipping: fc.boolean(),
});

const orderArb = fc
  .record({
    lines: fc.array(
      fc.record({
        price: fc.integer({ min: 0, max: 50_000 }),
        quantity: fc.integer({ min: 1, max: 4 }),
        tax: fc.integer({ min: 0, max: 9_000 }),
        exception: fc.constantFrom(undefined, 'perishable', 'sealed-hygiene'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    shipping: fc.integer({ min: 0, max: 2_000 }),
    deliveredDay: fc.integer({ min: 1, max: 20 }),
    country: fc.constantFrom('DE', 'GB', 'BR', 'CN', 'JP', 'AU', 'US', 'IN'),
    informed: fc.boolean(),
    taxIncluded: fc.constantFrom(undefined, true, false),
  })
  .map((o): Order => {
    const subtotal = o.lines.reduce((s, l) => s + l.price * l.quantity, 0);
    return {
      id: 'o',
      currency: 'EUR',
      placedAt: '2026-03-01T08:00:00Z',
      customer: { country: o.country as Order['customer']['country'], zone: 'Europe/Berlin' },
      lines: o.lines.map((l, i) => ({
        id: `l${i}`,
        sku: `S${i}`,
        unitPrice: { amount: l.price, currency: 'EUR' },
        quantity: l.quantity,
        tax: { amount: l.tax, currency: 'EUR' },
        exceptions: l.exception ? [l.exception] : [],
      })),
      shipments: [
        {
          id: 's',
          lines: o.lines.map((l, i) => ({ lineId: `l${i}`, quantity: l.quantity })),
          deliveredAt: `2026-03-${String(o.deliveredDay).padStart(2, '0')}T12:00:00Z`,
        },
      ],
      discount: { amount: Math.floor(subtotal * o.discountShare), currency: 'EUR' },
      shipping: { charged: { amount: o.shipping, currency: 'EUR' } },
      returnCostInfoGiven: o.informed,
      ...(o.taxIncluded === undefined ? {} : { pricesIncludeTax: o.taxIncluded }),
    };
  });

type PolicyShape = {
  windowDays: number;
  restockingPercent: number;
  flat: number;
  refundsOutboundShipping: boolean;
};
const toPolicy = (p: PolicyShape): ReturnPolicy => ({
  id: 'p',
  windowDays: p.windowDays,
  refundsOutboundShipping: p.refundsOutboundShipping,
  fees: {
    restockingPercent: p.restockingPercent,
    returnShipping: { kind: 'flat', amount: { amount: p.flat, currency: 'EUR' } },
  },
});

const paidFor = (order: Order, lineId: string, units: number, taxIncluded: boolean) => {
  const i = order.lines.findIndex((l) => l.id === lineId);
  const values = order.lines.map((l) => l.unitPrice.amount * l.quantity);
  const d =
    (order.discount?.amount ?? 0) > 0 && values.some((v) => v > 0)
      ? (allocate(money(order.discount?.amount ?? 0, 'EUR'), values)[i]?.amount ?? 0)
      : 0;
  const line = order.lines[i];
  if (!line) return 0;
  const net = (values[i] ?? 0) - d;
  // Tax is paid on top of the price only when prices exclude it.
  const tax = taxIncluded ? 0 : (line.tax?.amount ?? 0);
  return (net + tax) * (units / line.quantity);
};

const notice = fc
  .integer({ min: 0, max: 40 })
  .map((d) => new Date(Date.UTC(2026, 2, 2 + d, 21, 30)).toISOString());

describe('refund properties', () => {
  test.prop(
    [
      policyArb,
      orderArb,
      notice,
      fc.array(fc.nat({ max: 60_000 }), { minLength: 4, maxLength: 4 }),
    ],
    { numRuns: 150 },
  )(
    'a refund never exceeds what was paid for the returned lines (plus outbound shipping when all of it comes back), whatever value was lost',
    (p, order, at, lost) => {
      const lines = order.lines.map((l, i) => ({
        lineId: l.id,
        quantity: Math.max(1, l.quantity - 1),
        condition: { diminishedValue: { amount: lost[i] ?? 0, currency: 'EUR' as const } },
      }));
      const d = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: toPolicy(p),
        order,
        request: { orderId: 'o', noticeAt: at, lines },
        now: at,
      });
      // Outbound shipping belongs to what was paid only when every unit comes back.
      const everything = lines.every((l, i) => l.quantity === order.lines[i]?.quantity);
      const shipping = everything ? (order.shipping?.charged.amount ?? 0) : 0;
      const paid =
        lines.reduce((s, l) => s + paidFor(order, l.lineId, l.quantity, d.refund.taxIncluded), 0) +
        shipping;
      expect(d.refund.total.amount).toBeLessThanOrEqual(Math.floor(paid + 1e-9));
      expect(d.refund.total.amount).toBeGreaterThanOrEqual(0);
      // The breakdown adds up, and no line loses more than it would have refunded.
      const f = d.refund;
      const addedTax = f.taxIncluded ? 0 : f.tax.amount;
      expect(f.total.amount).toBe(
        f.items.amount -
          f.discount.amount +
          addedTax +
          f.outboundShipping.amount -
          f.restockingFee.amount -
          f.returnShippingFee.amount -
          f.diminishedValue.amount,
      );
      for (const l of f.lines) {
        expect(l.diminishedValue.amount).toBeLessThanOrEqual(
          l.items.amount -
            l.discount.amount +
            (f.taxIncluded ? 0 : l.tax.amount) -
            l.restockingFee.amount,
        );
      }
    },
  );

  test.prop([policyArb, orderArb, notice, fc.integer({ min: 2, max: 4 })], { numRuns: 150 })(
    'lines of one order returned in separate requests never get more than the order total back',
    (p, order, at, parts) => {
      const policy = toPolicy(p);
      let total = 0;
      // Split every line's units across `parts` requests, one unit at a time, round robin.
      const requests: { lineId: string; quantity: number }[][] = Array.from(
        { length: parts },
        () => [],
      );
      order.lines.forEach((l, i) => {
        const per = Array.from({ length: parts }, () => 0);
        for (let u = 0; u < l.quantity; u++) per[(u + i) % parts] = (per[(u + i) % parts] ?? 0) + 1;
        per.forEach((q, k) => {
          if (q > 0) requests[k]?.push({ lineId: l.id, quantity: q });
        });
      });
      for (const lines of requests) {
        if (lines.length === 0) continue;
        total += evaluateReturn({
          regimes: STATUTORY_REGIMES,
          policy,
          order,
          request: { orderId: 'o', noticeAt: at, lines },
          now: at,
        }).refund.total.amount;
      }
      const orderTotal =
        order.lines.reduce(
          (s, l) => s + l.unitPrice.amount * l.quantity + (l.tax?.amount ?? 0),
          0,
        ) -
        (order.discount?.amount ?? 0) +
        (order.shipping?.charged.amount ?? 0);
      expect(total).toBeLessThanOrEqual(orderTotal);
    },
  );

  test.prop([policyArb, orderArb, notice, fc.integer({ min: 0, max: 1_000 })], { numRuns: 150 })(
    'the decision does not depend on the order of lines',
    (p, order, at, seed) => {
      const lines = order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity }));
      const shuffled = [...lines].sort(
        (a, b) =>
          ((a.lineId.charCodeAt(1) * 31 + seed) % 7) - ((b.lineId.charCodeAt(1) * 31 + seed) % 7),
      );
      const policy = toPolicy(p);
      const a = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy,
        order,
        request: { orderId: 'o', noticeAt: at, lines },
        now: at,
      });
      const b = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy,
        order,
        request: { orderId: 'o', noticeAt: at, lines: shuffled },
        now: at,
      });
      expect(b).toEqual(a);
    },
  );

  test.prop(
    [
      policyArb,
      orderArb,
      fc.integer({ min: 0, max: 80 * 24 }),
      fc.constantFrom('defective', 'not-as-described', 'wrong-item', 'change-of-mind' as const),
    ],
    { numRuns: 150 },
  )(
    'a remedy is named only on the legal guarantee, and the UK refunds faulty goods exactly through day 30',
    (p, order, hours, reason) => {
      const at = new Date(Date.parse('2026-03-01T00:00:00Z') + hours * 3_600_000).toISOString();
      const line = order.lines[0] as Order['lines'][number];
      const d = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: toPolicy(p),
        order,
        request: { orderId: 'o', noticeAt: at, lines: [{ lineId: line.id, quantity: 1, reason }] },
        now: at,
      });
      const l = d.lines[0];
      if (l?.basis !== 'guarantee') expect(l?.remedy).toBeNull();
      if (order.customer.country === 'GB' && reason !== 'change-of-mind') {
        const delivered = Date.parse(order.shipments?.[0]?.deliveredAt as string);
        // Oracle: the last day is the local delivery date + 30 (s. 22(3)), counted with luxon.
        const lastDay = DateTime.fromMillis(delivered, { zone: 'Europe/Berlin' }).plus({
          days: 30,
        });
        const withinReject = Date.parse(at) <= lastDay.endOf('day').toMillis();
        expect(l?.remedy).toBe(withinReject ? 'refund' : 'repair-or-replacement');
      }
    },
  );

  test.prop([orderArb, notice], { numRuns: 150 })(
    "the statutory deadline is never earlier than the law's period",
    (order, at) => {
      const regime = EU_CONSUMER_RIGHTS;
      const d = evaluateReturn({
        regimes: STATUTORY_REGIMES,
        policy: { id: 'none', windowDays: 0 },
        order: { ...order, customer: { country: 'DE', zone: 'Europe/Berlin' } },
        request: { orderId: 'o', noticeAt: at, lines: [{ lineId: 'l0', quantity: 1 }] },
        now: at,
      });
      const line = d.lines[0];
      const delivered = Date.parse(order.shipments?.[0]?.deliveredAt as string);
      const law = delivered + (regime?.withdrawal?.days ?? 0) * 86_400_000;
      if (line?.basis === 'law' && line.deadline)
        expect(Date.parse(line.deadline.at)).toBeGreaterThanOrEqual(law);
      // And a notice before the law's period ends is always in time unless an exception applies.
      const excepted = (order.lines[0]?.exceptions ?? []).includes('perishable');
      if (Date.parse(at) <= law && !excepted) expect(line?.eligible).toBe(true);
    },
  );
});

describe('unitShare against its oracle', () => {
  test.prop([
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.integer({ min: 1, max: 40 }),
    fc.nat({ max: 40 }),
  ])('equals the sum of the smallest shares of allocate(amount, ones)', (amount, quantity, k) => {
    const units = Math.min(k, quantity);
    const shares = allocate(
      money(amount, 'EUR'),
      Array.from({ length: quantity }, () => 1),
    ).map((m) => m.amount);
    const sorted = [...shares].sort((a, b) => Math.abs(a) - Math.abs(b));
    const oracle = sorted.slice(0, units).reduce((s, x) => s + x, 0);
    expect(unitShare(amount, units, quantity)).toBe(units === 0 ? 0 : oracle);
  });
});

describe('calendar arithmetic against luxon', () => {
  test.prop([fc.integer({ min: -30_000, max: 80_000 }), fc.integer({ min: -1_000, max: 1_000 })])(
    'addDays agrees with luxon',
    (day, delta) => {
      const iso = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' }).toISODate() ?? '';
      expect(addDays(iso, delta)).toBe(
        DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days: delta }).toISODate(),
      );
    },
  );
  test.prop([
    fc.integer({ min: 0, max: 4_102_444_800_000 }),
    fc.constantFrom(
      'Europe/Berlin',
      'America/Sao_Paulo',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ),
  ])('localDate agrees with luxon', (ms, zone) => {
    expect(localDate(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISODate());
  });
});

describe('zone arithmetic against luxon (the package itself uses Intl only)', () => {
  const zones = [
    'Europe/Berlin',
    'America/Sao_Paulo',
    'America/Santiago',
    'Asia/Beirut',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Apia',
    'America/Caracas',
  ] as const;
  test.prop([fc.integer({ min: -20_000, max: 30_000 }), fc.constantFrom(...zones)], {
    numRuns: 400,
  })('the last instant of a local day is luxon start of the next day minus 1 ms', (day, zone) => {
    const iso = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' }).toISODate() ?? '';
    const next = DateTime.fromISO(iso, { zone }).plus({ days: 1 }).startOf('day');
    // luxon resolves a wall time through today's offset: ambiguous midnights may differ; none of
    // these zones has one, and gaps at midnight (Santiago, Beirut, Apia) must agree.
    expect(endOfLocalDay(iso, zone)).toBe(next.toMillis() - 1);
  });
  test.prop([fc.integer({ min: -20_000, max: 30_000 }), fc.integer({ min: -400, max: 400 })])(
    'addMonths agrees with luxon',
    (day, months) => {
      const iso = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' }).toISODate() ?? '';
      expect(addMonths(iso, months)).toBe(
        DateTime.fromISO(iso, { zone: 'UTC' }).plus({ months }).toISODate(),
      );
    },
  );
});
