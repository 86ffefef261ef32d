import { DurationAccumulator, TicketAccumulator } from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';
import { nineToFiveUtc } from './calendar.js';

describe('DurationAccumulator', () => {
  it('gives exact quantiles when asked, sketched ones otherwise', () => {
    const exact = new DurationAccumulator({ keepExact: true });
    const sketched = new DurationAccumulator({ relativeAccuracy: 0.02 });
    for (const m of [30, 60, 90, 120]) {
      exact.add(m);
      sketched.add(m);
    }
    expect(exact.summary('x')).toMatchObject({
      median: 75,
      quantiles: 'exact',
      n: 4,
      min: 30,
      max: 120,
    });
    const s = sketched.summary('x');
    expect(s.quantiles).toBe('sketch');
    // The sketch answers the order statistic of rank ⌊0.5 × 3⌋ = 1, i.e. 60, within 2%.
    expect(Math.abs((s.median as number) - 60) / 60).toBeLessThanOrEqual(0.02);
    expect(s.mean.value).toBe(75);
  });

  it('refuses negative durations and mismatched merges, and round-trips', () => {
    expect(() => new DurationAccumulator().add(-1)).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-value' }),
    );
    expect(() =>
      new DurationAccumulator().merge(new DurationAccumulator({ keepExact: true })),
    ).toThrow(expect.objectContaining({ code: 'metrics/scale-mismatch' }));
    const acc = new DurationAccumulator().add(5).add(7);
    expect(DurationAccumulator.fromJSON(JSON.parse(JSON.stringify(acc))).toJSON()).toEqual(
      acc.toJSON(),
    );
    expect(() => DurationAccumulator.fromJSON({ ...acc.toJSON(), count: 3 })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-state' }),
    );
  });
});

describe('TicketAccumulator merges', () => {
  it('refuses shards built with other definitions, naming them', () => {
    const mismatch = expect.objectContaining({ code: 'metrics/scale-mismatch' });
    const base = new TicketAccumulator();
    expect(() => base.merge(new TicketAccumulator({ fcrDenominator: 'all' }))).toThrow(mismatch);
    expect(() =>
      base.merge(
        new TicketAccumulator({
          fcrDefinition: { kind: 'no-reopen', withinDays: 7, now: '2026-03-31T00:00:00Z' },
        }),
      ),
    ).toThrow(/fcr one-reply, fcr denominator resolved vs fcr no-reopen within 7 days/);
    expect(() => base.merge(new TicketAccumulator({ calendar: nineToFiveUtc }))).toThrow(
      /another calendar object/,
    );
    expect(() => base.merge(new TicketAccumulator({ keepExact: true }))).toThrow(mismatch);
    // Same definitions (the calendar is the same object): fine.
    const shard = () => new TicketAccumulator({ calendar: nineToFiveUtc, fcrDenominator: 'all' });
    expect(shard().merge(shard(), shard()).toJSON().fcr.n).toBe(0);
  });
});

describe('TicketAccumulator', () => {
  const tickets = [
    {
      id: 'a',
      createdAt: '2026-03-02T16:00:00Z',
      firstReplyAt: '2026-03-03T10:00:00Z',
      resolvedAt: '2026-03-03T11:00:00Z',
      agentReplies: 1,
      sla: [{ target: 'first-reply', met: false }],
    },
    {
      id: 'b',
      createdAt: '2026-03-02T09:00:00Z',
      firstReplyAt: '2026-03-02T09:30:00Z',
      agentReplies: 2,
      sla: [{ target: 'first-reply', met: true }],
    },
    { id: 'c', createdAt: 'soon' },
  ];

  it('computes every ticket metric in one pass, in business minutes', () => {
    const r = new TicketAccumulator({ calendar: nineToFiveUtc, keepExact: true })
      .addAll(tickets)
      .result();
    expect(r.firstResponse).toMatchObject({ n: 2, max: 120, min: 30, pending: 0 });
    expect(r.resolution).toMatchObject({ n: 1, median: 180, pending: 1 });
    expect(r.fcr).toMatchObject({ value: 100, n: 1 });
    expect(r.sla['first-reply']).toMatchObject({ met: 1, breached: 1, value: 50 });
    expect(r.rejectedBy).toEqual({ 'ticket.invalid.createdAt': 1 });
  });

  it('serialises to plain JSON and needs the calendar again to revive', () => {
    const acc = new TicketAccumulator().addAll(tickets);
    const back = TicketAccumulator.fromJSON(JSON.parse(JSON.stringify(acc)));
    expect(back.toJSON()).toEqual(acc.toJSON());
    expect(() => TicketAccumulator.fromJSON({ type: 'tickets' })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-ticket-state' }),
    );
    expect(
      () =>
        new TicketAccumulator({
          fcrDefinition: { kind: 'no-reopen', withinDays: -1, now: '2026-03-02T10:00:00Z' },
        }),
    ).toThrow(expect.objectContaining({ code: 'metrics/invalid-count' }));
  });
});

describe('segmented ticket metrics', () => {
  it('segments tickets by market and creation week like survey responses', async () => {
    const { SegmentedAccumulator, keyBy } = await import('@meridian-cx/metrics');
    const seg = new SegmentedAccumulator({
      create: () => new TicketAccumulator({ keepExact: true }),
      key: keyBy({
        dimensions: ['market'],
        bucket: { unit: 'week', zone: 'Asia/Tokyo', locale: 'ja-JP' },
        timeField: 'createdAt',
      }),
    });
    seg.add({
      id: 'a',
      createdAt: '2026-02-28T16:00:00Z',
      firstReplyAt: '2026-02-28T16:30:00Z',
      dimensions: { market: 'JP' },
    });
    seg.add({
      id: 'b',
      createdAt: '2026-02-28T14:00:00Z',
      firstReplyAt: '2026-02-28T14:10:00Z',
      dimensions: { market: 'JP' },
    });
    // 16:00 UTC on Saturday 28 February is 01:00 on Sunday 1 March in Tokyo: a new ja-JP week.
    expect(seg.keys()).toEqual(['market=JP|week=2026-02-22', 'market=JP|week=2026-03-01']);
    expect(seg.get('market=JP|week=2026-03-01')?.result().firstResponse.median).toBe(30);
    expect(seg.total().result().firstResponse.n).toBe(2);
  });
});
