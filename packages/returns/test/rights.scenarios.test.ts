// #16, the rights that were listed as not modelled, each test written from the text it cites.
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
const line = (extra: Partial<ReturnRequest['lines'][number]> = {}) => [
  { lineId: 'a', quantity: 1, ...extra },
];
const code = (d: ReturnType<typeof run>, prefix: string) =>
  d.lines[0]?.reasons.find((r) => r.code.startsWith(prefix));

describe('Directive 2011/83/EU Art. 10(2): information on the right given late', () => {
  // Delivered Monday 2 March 2026 in Paris: the normal period ends on 16 March.
  const order = (receivedAt?: string) =>
    simpleOrder({
      country: 'FR',
      zone: 'Europe/Paris',
      currency: 'EUR',
      deliveredAt: '2026-03-02T12:00:00+01:00',
      extra: receivedAt ? { withdrawalInfoReceivedAt: receivedAt } : {},
    });
  it('"the withdrawal period shall expire 14 days after the day upon which the consumer receives that information"', () => {
    // Received on Thursday 2 April: the period ends on Thursday 16 April.
    const d = run(order('2026-04-02T09:00:00+02:00'), {
      noticeAt: '2026-04-16T20:00:00+02:00',
      lines: line(),
    });
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-04-16');
    const r = code(d, 'statutory.late-information');
    expect(r?.params).toMatchObject({ received: '2026-04-02', days: 14, lastDay: '2026-04-16' });
    expect(r?.source?.pinpoint).toBe('Art. 10(2)');
    expect(
      run(order('2026-04-02T09:00:00+02:00'), {
        noticeAt: '2026-04-17T09:00:00+02:00',
        lines: line(),
      }).lines[0]?.eligible,
    ).toBe(false);
  });
  it('information received before the normal period ends leaves the normal period', () => {
    const d = run(order('2026-03-01T09:00:00+01:00'), {
      noticeAt: '2026-03-16T20:00:00+01:00',
      lines: line(),
    });
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-16');
    expect(code(d, 'statutory.late-information')?.params).toMatchObject({
      normalPeriodLater: true,
    });
  });
  it('received more than 12 months after the day of delivery, Art. 10(1) governs: 12 months after the normal end', () => {
    // 12 months after 2 March 2026 is 2 March 2027; received on 10 March, the 14 days from it
    // (24 March) do not count: the period ended 12 months after 16 March 2026.
    const d = run(order('2027-03-10T09:00:00+01:00'), {
      noticeAt: '2027-03-17T09:00:00+01:00',
      lines: line(),
    });
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.deadline?.localDate).toBe('2027-03-16');
    expect(code(d, 'statutory.uninformed-extension')?.params).toMatchObject({
      months: 12,
      informationReceived: '2027-03-10',
    });
  });
});

describe('UK CRA 2015 s. 22(4): perishable goods', () => {
  const order = (perishableUntil?: string) => {
    const o = simpleOrder({
      country: 'GB',
      zone: 'Europe/London',
      currency: 'GBP',
      deliveredAt: '2026-03-02T12:00:00Z',
    });
    const [l] = o.lines;
    return {
      ...o,
      lines: [
        { ...(l as Order['lines'][number]), ...(perishableUntil ? { perishableUntil } : {}) },
      ],
    };
  };
  it('"the time limit … is the end of that shorter period"', () => {
    const faulty = line({ reason: 'defective' });
    const cheese = run(order('2026-03-08'), { noticeAt: '2026-03-09T10:00:00Z', lines: faulty });
    expect(cheese.lines[0]?.remedy).toBe('repair-or-replacement');
    const passed = code(cheese, 'guarantee.short-term-reject-passed');
    expect(passed?.params).toMatchObject({ ended: '2026-03-08', perishableUntil: '2026-03-08' });
    const fresh = run(order('2026-03-08'), { noticeAt: '2026-03-08T10:00:00Z', lines: faulty });
    expect(fresh.lines[0]?.remedy).toBe('refund');
    // "without affecting the time limit in relation to goods that are not of that kind"
    const boots = run(order(), { noticeAt: '2026-03-09T10:00:00Z', lines: faulty });
    expect(boots.lines[0]?.remedy).toBe('refund');
  });
});

describe('Directive (EU) 2019/771 Art. 11: the burden of proof', () => {
  const order = (country: 'DE' | 'FR') =>
    simpleOrder({
      country,
      zone: 'Europe/Berlin',
      currency: 'EUR',
      deliveredAt: '2026-03-02T12:00:00Z',
    });
  it('a fault apparent within a year of delivery is presumed to have existed at delivery', () => {
    const d = run(order('DE'), {
      noticeAt: '2027-05-01T10:00:00Z',
      lines: line({ reason: 'defective', apparentAt: '2027-02-20T10:00:00Z' }),
    });
    expect(d.lines[0]?.basis).toBe('guarantee');
    expect(code(d, 'guarantee.presumed-at-delivery')?.params).toMatchObject({
      months: 12,
      until: '2027-03-02',
    });
  });
  it('later, the consumer proves it; in France the presumption runs 24 months', () => {
    const ask = { noticeAt: '2027-05-01T10:00:00Z', lines: line({ reason: 'defective' as const }) };
    expect(code(run(order('DE'), ask), 'guarantee.consumer-proves')?.params).toMatchObject({
      ended: '2027-03-02',
    });
    expect(code(run(order('FR'), ask), 'guarantee.presumed-at-delivery')?.params).toMatchObject({
      months: 24,
    });
  });
});

describe('Australian Consumer Law ss. 259–263: major failures', () => {
  const order = simpleOrder({
    country: 'AU',
    zone: 'Australia/Sydney',
    currency: 'AUD',
    deliveredAt: '2026-03-02T12:00:00+11:00',
  });
  it('for a major failure the consumer may reject the goods and elect a refund (s. 263(4))', () => {
    const d = run(order, {
      noticeAt: '2026-06-01T10:00:00+10:00',
      lines: line({ reason: 'defective', majorFailure: true }),
    });
    expect(d.lines[0]?.remedy).toBe('refund');
    expect(code(d, 'guarantee.major-failure')?.source?.pinpoint).toContain('263(4)');
  });
  it('for a minor failure the supplier may repair first (s. 261); unsaid, it depends', () => {
    const minor = run(order, {
      noticeAt: '2026-06-01T10:00:00+10:00',
      lines: line({ reason: 'defective', majorFailure: false }),
    });
    expect(minor.lines[0]?.remedy).toBe('repair-or-replacement');
    const unsaid = run(order, {
      noticeAt: '2026-06-01T10:00:00+10:00',
      lines: line({ reason: 'defective' }),
    });
    expect(unsaid.lines[0]?.remedy).toBe('depends-on-failure');
  });
});

describe('South Korea E-Commerce Act Art. 17(3): goods not as advertised or contracted', () => {
  // Supplied on 2 March 2026 in Seoul: 3 months run to 2 June.
  const order = simpleOrder({
    country: 'KR',
    zone: 'Asia/Seoul',
    currency: 'KRW',
    deliveredAt: '2026-03-02T12:00:00+09:00',
  });
  const ask = (
    noticeAt: string,
    apparentAt?: string,
    reason: 'not-as-described' | 'wrong-item' | 'defective' = 'not-as-described',
  ) => run(order, { noticeAt, lines: line({ reason, ...(apparentAt ? { apparentAt } : {}) }) });
  it('within 3 months of supply and 30 days of learning of it, long after the 7 days', () => {
    const d = ask('2026-05-20T10:00:00+09:00', '2026-05-01T10:00:00+09:00');
    expect(d.lines[0]?.eligible).toBe(true);
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-05-31');
    expect(code(d, 'statutory.not-as-described')?.params).toMatchObject({
      lastDay: '2026-05-31',
      endsBy: 'learning',
    });
  });
  it('"if either period has passed, the right is gone" (MoLEG 14-0404): 30 days after learning', () => {
    const d = ask('2026-05-20T10:00:00+09:00', '2026-04-10T10:00:00+09:00');
    expect(d.lines[0]?.eligible).toBe(false);
    expect(code(d, 'statutory.not-as-described-closed')?.params).toMatchObject({
      lastDay: '2026-05-10',
    });
  });
  it('… and 3 months after supply, however late the difference came to light', () => {
    const d = ask('2026-06-03T10:00:00+09:00', '2026-06-01T10:00:00+09:00', 'wrong-item');
    expect(d.lines[0]?.eligible).toBe(false);
    expect(code(d, 'statutory.not-as-described-closed')?.params).toMatchObject({
      lastDay: '2026-06-02',
      endsBy: 'supply',
    });
  });
  it('a defect that is not a difference from the advertisement stays with the policy', () => {
    const d = ask('2026-05-20T10:00:00+09:00', undefined, 'defective');
    expect(d.lines[0]?.eligible).toBe(false);
    expect(d.lines[0]?.reasons.map((r) => r.code)).toContain('guarantee.not-encoded');
  });
});

describe('Directive 2011/83/EU Art. 9(2)(c): digital content not on a tangible medium', () => {
  // An e-book and boots bought on Sunday 1 March 2026; the boots arrive on Tuesday 10 March.
  const order: Order = {
    id: 'o-1',
    currency: 'EUR',
    placedAt: '2026-03-01T10:00:00+01:00',
    customer: { country: 'DE', zone: 'Europe/Berlin' },
    lines: [
      {
        id: 'ebook',
        sku: 'EBOOK',
        unitPrice: { amount: 1_499, currency: 'EUR' },
        quantity: 1,
        digitalContent: true,
      },
      { id: 'boots', sku: 'BOOTS', unitPrice: { amount: 12_900, currency: 'EUR' }, quantity: 1 },
    ],
    shipments: [
      {
        id: 's',
        lines: [{ lineId: 'boots', quantity: 1 }],
        deliveredAt: '2026-03-10T12:00:00+01:00',
      },
    ],
  };
  const ask = (lineId: string, noticeAt: string, exceptions?: ['digital-content-begun']) =>
    run(
      exceptions
        ? { ...order, lines: order.lines.map((l) => (l.id === lineId ? { ...l, exceptions } : l)) }
        : order,
      { noticeAt, lines: [{ lineId, quantity: 1 }] },
    ).lines[0];
  it('"the day of the conclusion of the contract": 14 days from the order, not from the boots', () => {
    const ebook = ask('ebook', '2026-03-16T20:00:00+01:00');
    expect(ebook?.eligible).toBe(true);
    expect(ebook?.deadline?.localDate).toBe('2026-03-16');
    expect(
      ebook?.reasons.find((r) => r.code === 'statutory.digital-content')?.source?.pinpoint,
    ).toBe('Art. 9(2)(c)');
    expect(ask('ebook', '2026-03-17T09:00:00+01:00')?.eligible).toBe(false);
  });
  it('the boots count from their own delivery: the e-book is not the last good', () => {
    expect(ask('boots', '2026-03-24T20:00:00+01:00')?.deadline?.localDate).toBe('2026-03-24');
  });
  it('performance begun with consent is the Art. 16(m) exception, declared apart', () => {
    const begun = ask('ebook', '2026-03-02T10:00:00+01:00', ['digital-content-begun']);
    expect(begun?.eligible).toBe(false);
    expect(begun?.reasons.find((r) => r.code === 'statutory.exception')?.source?.pinpoint).toBe(
      'Art. 16(m)',
    );
  });
});
