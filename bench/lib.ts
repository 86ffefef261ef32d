// The bench harness: every case runs Meridian and the peer a user would otherwise pick, in one
// process, on the same inputs, and prints the ratio. Absolute times on shared machines are noise;
// ratios are what we quote.
import { Bench } from 'tinybench';

/**
 * Scale factor for input sizes: 1 for a real run, smaller in the smoke test that keeps every
 * bench runnable (`BENCH_SCALE=0.001`).
 */
export function scale(n: number): number {
  const factor = Number(process.env.BENCH_SCALE ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** One side of a comparison: a name and a function that runs the whole workload once. */
export type Contender = { readonly name: string; readonly run: () => unknown };

/** What {@link compare} measured. */
export type Comparison = {
  readonly title: string;
  readonly operations: number;
  readonly rows: readonly { name: string; meanMs: number; opsPerSecond: number; ratio: number }[];
};

/**
 * Time each contender running the same workload of `operations` operations, and print a table
 * with operations per second and how many times faster the first contender (ours) is.
 */
export async function compare(
  title: string,
  operations: number,
  contenders: readonly Contender[],
  options: { readonly iterations?: number } = {},
): Promise<Comparison> {
  const bench = new Bench({
    iterations: options.iterations ?? 5,
    time: 0,
    warmup: true,
    warmupIterations: 1,
  });
  for (const c of contenders) bench.add(c.name, c.run);
  await bench.run();
  const means = bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean?: number }; mean?: number } | undefined;
    return r?.latency?.mean ?? r?.mean ?? Number.NaN;
  });
  const ours = means[0] ?? Number.NaN;
  const rows = contenders.map((c, i) => {
    const meanMs = means[i] ?? Number.NaN;
    return {
      name: c.name,
      meanMs,
      opsPerSecond: (operations / meanMs) * 1000,
      ratio: meanMs / ours,
    };
  });
  console.log(`\n## ${title} (${operations.toLocaleString('en-US')} operations)`);
  console.table(
    rows.map((r) => ({
      contender: r.name,
      'ops/s': Math.round(r.opsPerSecond).toLocaleString('en-US'),
      'time vs ours': `${r.ratio.toFixed(1)}×`,
    })),
  );
  return { title, operations, rows };
}

/** Peak resident and heap memory so far, in MiB, for benches that must not grow with the input. */
export function memoryMiB(): { rss: number; heapUsed: number } {
  const m = process.memoryUsage();
  return { rss: m.rss / 2 ** 20, heapUsed: m.heapUsed / 2 ** 20 };
}

/** A deterministic pseudo-random generator (mulberry32), so every run sees the same inputs. */
export function random(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
