import { fc, test } from '@fast-check/vitest';
import {
  DurationAccumulator,
  firstContactResolution,
  firstResponseTimes,
  reopenRate,
  resolutionTimes,
  slaAttainment,
  TicketAccumulator,
} from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const base = Date.parse('2026-03-02T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const ticket = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', ''),
    created: fc.integer({ min: 0, max: 10 * 86_400_000 }),
    reply: fc.option(fc.integer({ min: -3_600_000, max: 3 * 86_400_000 })),
    resolve: fc.option(fc.integer({ min: 0, max: 9 * 86_400_000 })),
    reopen: fc.option(fc.integer({ min: 0, max: 6 * 86_400_000 })),
    replies: fc.option(fc.integer({ min: 0, max: 4 })),
    sla: fc.array(
      fc.record({
        target: fc.constantFrom('first-reply', 'resolution'),
        met: fc.option(fc.boolean()),
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((t) => ({
    id: t.id,
    createdAt: iso(base + t.created),
    ...(t.reply !== null ? { firstReplyAt: iso(base + t.created + t.reply) } : {}),
    ...(t.resolve !== null ? { resolvedAt: iso(base + t.created + t.resolve) } : {}),
    ...(t.resolve !== null && t.reopen !== null
      ? { reopenedAt: [iso(base + t.created + t.resolve + t.reopen)] }
      : {}),
    ...(t.replies !== null ? { agentReplies: t.replies } : {}),
    sla: t.sla,
  }));

function shard<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const p of [...points, items.length]) {
    out.push(items.slice(from, p));
    from = p;
  }
  return out;
}

describe('the ticket accumulator', () => {
  test.prop([fc.array(ticket, { maxLength: 40 })], { numRuns: 60 })(
    'with exact quantiles, it agrees with the one-shot functions',
    (tickets) => {
      const r = new TicketAccumulator({ keepExact: true }).addAll(tickets).result();
      const frt = firstResponseTimes(tickets);
      const res = resolutionTimes(tickets);
      expect([
        r.firstResponse.n,
        r.firstResponse.median,
        r.firstResponse.p90,
        r.firstResponse.pending,
      ]).toEqual([frt.n, frt.median, frt.p90, frt.pending]);
      expect([r.resolution.n, r.resolution.p95, r.resolution.pending]).toEqual([
        res.n,
        res.p95,
        res.pending,
      ]);
      if (frt.mean.value !== null)
        expect(r.firstResponse.mean.value).toBeCloseTo(frt.mean.value, 6);
      const fcr = firstContactResolution(tickets);
      expect([r.fcr.value, r.fcr.n]).toEqual([fcr.value, fcr.n]);
      expect(r.reopenRate.value).toEqual(reopenRate(tickets).value);
      const sla = slaAttainment(tickets).targets;
      for (const k of Object.keys(sla)) expect(r.sla[k]?.value).toEqual(sla[k]?.value);
      expect(r.rejectedBy).toEqual(fcr.rejectedBy);
    },
  );

  test.prop([fc.array(ticket, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 })], {
    numRuns: 60,
  })('any sharding merges to the single pass (means up to rounding)', (tickets, cuts) => {
    const options = {
      fcrDefinition: { kind: 'no-reopen', withinDays: 3, now: '2026-03-09T00:00:00Z' },
    } as const;
    const single = new TicketAccumulator(options).addAll(tickets);
    const parts = shard(tickets, cuts).map((p) => new TicketAccumulator(options).addAll(p));
    const [head, ...tail] = parts.reverse();
    const merged = TicketAccumulator.fromJSON(JSON.parse(JSON.stringify(head)), options).merge(
      ...tail,
    );
    const strip = (s: ReturnType<TicketAccumulator['toJSON']>) => {
      const noMoments = (d: unknown) => {
        const {
          mean: _m,
          m2: _v,
          sketch,
          ...rest
        } = d as { mean: number; m2: number; sketch: { sum: number } };
        const { sum: _s, ...sk } = sketch;
        return { ...rest, sketch: sk };
      };
      return {
        ...s,
        firstResponse: noMoments(s.firstResponse),
        resolution: noMoments(s.resolution),
      };
    };
    expect(strip(merged.toJSON())).toEqual(strip(single.toJSON()));
    const a = merged.result().resolution.mean.value;
    const b = single.result().resolution.mean.value;
    if (a !== null && b !== null)
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, b));
  });

  test.prop(
    [
      fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 2, maxLength: 60 }),
      fc.nat(),
    ],
    {
      numRuns: 60,
    },
  )('durations: merged mean and variance match the single pass', (values, cut) => {
    const k = cut % values.length;
    const a = new DurationAccumulator();
    const b = new DurationAccumulator();
    const all = new DurationAccumulator();
    values.forEach((v, i) => {
      (i < k ? a : b).add(v);
      all.add(v);
    });
    const m = a.merge(b).summary('x').mean;
    const s = all.summary('x').mean;
    expect(m.value as number).toBeCloseTo(s.value as number, 6);
    expect(m.interval?.upper as number).toBeCloseTo(s.interval?.upper as number, 4);
  });
});
