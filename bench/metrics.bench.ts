// Metrics at scale: a streaming pass over survey responses in 50 segments (throughput and memory
// that must not grow with the count), exact quantiles against simple-statistics, and the
// quantile sketch against @datadog/sketches-js. Peers run in this process on the same inputs.
import assert from 'node:assert/strict';
import { DDSketch } from '@datadog/sketches-js';
import {
  CsatAccumulator,
  keyBy,
  QuantileSketch,
  quantiles,
  SegmentedAccumulator,
} from '@meridian-cx/metrics';
import { mean as ssMean, quantile as ssQuantile } from 'simple-statistics';
import { compare, memoryMiB, random, scale } from './lib.js';

const MARKETS = ['DE', 'FR', 'GB', 'ES', 'IT', 'JP', 'BR', 'US', 'AE', 'IN'];
const CHANNELS = ['email', 'chat', 'whatsapp', 'phone', 'sms']; // 10 × 5 = 50 segments

/** A pool of response rows, 1% of them invalid, cycled to stand for a stream of any length. */
function responsePool(size: number): unknown[] {
  const next = random(11);
  const base = Date.parse('2026-02-01T00:00:00Z');
  return Array.from({ length: size }, (_, i) => {
    const dimensions = {
      market: MARKETS[Math.floor(next() * MARKETS.length)] as string,
      channel: CHANNELS[Math.floor(next() * CHANNELS.length)] as string,
    };
    const respondedAt = new Date(base + Math.floor(next() * 28 * 86_400_000)).toISOString();
    if (i % 100 === 99)
      return { survey: 'csat', score: i % 200 === 199 ? 6 : Number.NaN, respondedAt, dimensions };
    return { survey: 'csat', score: 1 + Math.floor(next() * 5), respondedAt, dimensions };
  });
}

function streamOurs(pool: readonly unknown[], count: number, checkpoints: number[] = []) {
  const seg = new SegmentedAccumulator({
    create: () => new CsatAccumulator(),
    key: keyBy({ dimensions: ['market', 'channel'] }),
  });
  const memory: { at: number; rss: number; heapUsed: number }[] = [];
  let c = 0;
  for (let i = 0; i < count; i++) {
    seg.add(pool[i % pool.length]);
    if (i + 1 === checkpoints[c]) {
      memory.push({ at: i + 1, ...memoryMiB() });
      c++;
    }
  }
  return { seg, memory };
}

/** What a dashboard does without accumulators: keep every score per segment, then compute. */
function streamPeer(pool: readonly unknown[], count: number) {
  const scores = new Map<string, number[]>();
  let rejected = 0;
  for (let i = 0; i < count; i++) {
    const r = pool[i % pool.length] as {
      score: unknown;
      dimensions: { market: string; channel: string };
    };
    const s = r.score;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 1 || s > 5) {
      rejected++;
      continue;
    }
    const key = `market=${r.dimensions.market}|channel=${r.dimensions.channel}`;
    let list = scores.get(key);
    if (list === undefined) {
      list = [];
      scores.set(key, list);
    }
    list.push(s);
  }
  const out: Record<string, { csat: number; mean: number }> = {};
  for (const [k, list] of scores) {
    out[k] = { csat: (100 * list.filter((s) => s >= 4).length) / list.length, mean: ssMean(list) };
  }
  return { out, rejected };
}

export default async function run(): Promise<void> {
  // ---- 1. streaming pass, memory independent of the number of responses
  const total = scale(10_000_000);
  const pool = responsePool(Math.min(total, 65_536));
  const checkpoints = [0.1, 0.25, 0.5, 1].map((f) => Math.max(1, Math.round(total * f)));
  const before = memoryMiB();
  const t0 = performance.now();
  const { seg, memory } = streamOurs(pool, total, checkpoints);
  const seconds = (performance.now() - t0) / 1000;
  const all = seg.total().result();
  assert.equal(all.n + all.rejected, total);
  assert.ok(seg.keys().length <= 50, 'at most 50 segments');
  console.log(
    `\n## metrics: one streaming pass, ${total.toLocaleString('en-US')} CSAT responses, ${seg.keys().length} segments`,
  );
  console.log(
    `${Math.round(total / seconds).toLocaleString('en-US')} responses/s; CSAT ${all.value?.toFixed(2)}% (n = ${all.n.toLocaleString('en-US')}, rejected ${all.rejected.toLocaleString('en-US')}); state as JSON: ${JSON.stringify(seg).length.toLocaleString('en-US')} bytes`,
  );
  console.table(
    [{ at: 0, ...before }, ...memory].map((m) => ({
      'responses seen': m.at.toLocaleString('en-US'),
      'rss MiB': m.rss.toFixed(1),
      'heap used MiB': m.heapUsed.toFixed(1),
    })),
  );

  const n = scale(1_000_000);
  await compare(
    `streaming CSAT per segment over ${n.toLocaleString('en-US')} responses (peer keeps every score, then simple-statistics)`,
    n,
    [
      {
        name: '@meridian-cx/metrics SegmentedAccumulator (validates, O(1) memory)',
        run: () => streamOurs(pool, n).seg,
      },
      {
        name: 'arrays per segment + simple-statistics mean (O(n) memory)',
        run: () => streamPeer(pool, n),
      },
    ],
    { iterations: 3 },
  );
  const peerBefore = memoryMiB().heapUsed;
  const kept = streamPeer(pool, n);
  console.log(
    `peer heap after ${n.toLocaleString('en-US')} responses: +${(memoryMiB().heapUsed - peerBefore).toFixed(1)} MiB (grows with n; ours holds ${seg.keys().length} histograms of 5 counts); peer rejected ${kept.rejected}`,
  );

  // ---- 2. exact p50/p90 of resolution times against simple-statistics
  const next = random(5);
  const times = Array.from({ length: n }, () => {
    // Log-normal-ish resolution minutes: most within hours, a long tail of days.
    const u = Math.max(1e-12, next());
    const v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(5 + 1.2 * z);
  });
  const ours = quantiles(times, [0.5, 0.9]);
  const theirs = ssQuantile(times, [0.5, 0.9]) as number[];
  assert.deepEqual(ours, theirs, 'R type 7 in both: results must be identical');
  console.log(
    `\nexact p50 = ${ours[0]?.toFixed(3)} min, p90 = ${ours[1]?.toFixed(3)} min: identical to simple-statistics`,
  );
  await compare(`exact p50 and p90 of ${n.toLocaleString('en-US')} resolution times`, n, [
    { name: '@meridian-cx/metrics quantiles (selection)', run: () => quantiles(times, [0.5, 0.9]) },
    { name: 'simple-statistics quantile', run: () => ssQuantile(times, [0.5, 0.9]) },
  ]);

  // ---- 3. the quantile sketch against @datadog/sketches-js
  const qs = [0.5, 0.9, 0.99];
  const sorted = [...times].sort((a, b) => a - b);
  const exact = qs.map((q) => sorted[Math.floor(q * (sorted.length - 1))] as number);
  const mine = new QuantileSketch({ relativeAccuracy: 0.01 });
  const dd = new DDSketch({ relativeAccuracy: 0.01 });
  for (const t of times) {
    mine.add(t);
    dd.accept(t);
  }
  console.log('\nsketch accuracy at α = 1% (relative error against the exact order statistic):');
  const relativeError = (got: number, want: number) =>
    `${((Math.abs(got - want) / want) * 100).toFixed(3)}%`;
  console.table(
    qs.map((q, i) => ({
      q,
      exact: (exact[i] as number).toFixed(2),
      ours: relativeError(mine.quantile(q) as number, exact[i] as number),
      'sketches-js': relativeError(dd.getValueAtQuantile(q), exact[i] as number),
    })),
  );
  console.log(
    `our sketch holds ${mine.size} buckets; JSON state ${JSON.stringify(mine).length.toLocaleString('en-US')} bytes`,
  );
  await compare(`sketch ${n.toLocaleString('en-US')} resolution times, then read p50/p90/p99`, n, [
    {
      name: '@meridian-cx/metrics QuantileSketch',
      run: () => {
        const s = new QuantileSketch({ relativeAccuracy: 0.01 });
        for (const t of times) s.add(t);
        return s.quantiles(qs);
      },
    },
    {
      name: '@datadog/sketches-js DDSketch',
      run: () => {
        const s = new DDSketch({ relativeAccuracy: 0.01 });
        for (const t of times) s.accept(t);
        return qs.map((q) => s.getValueAtQuantile(q));
      },
    },
  ]);
}
