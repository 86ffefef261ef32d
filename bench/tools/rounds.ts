// The redact bench's corpus rounds one at a time, in the bench's own process shape: the same
// messages (benchMessages at BENCH_SCALE), `redact` and redact-pii's SyncRedactor run alternately,
// round after round, as medianCpuRatio does. Per round and side it prints the process's CPU time
// (what the bench quotes: every thread, so V8's background compiler and GC helpers count), the
// main thread's own CPU time (/proc/thread-self/schedstat), wall-clock time and the GC pauses
// (perf_hooks 'gc' entries), so that a round's cost can be split into the code's work and what
// the engine does beside it. Not run in CI.
//
//   BENCH_SCALE=0.3 npx tsx --conditions=@meridian-cx/source bench/tools/rounds.ts [ROUNDS=12] [ours|peer|both]
//
//   BENCH_SCALE=0.3 npx tsx --conditions=@meridian-cx/source bench/tools/rounds.ts write OUT.json
//       writes those messages as ab.ts reads them (`ab.ts run OUT.json A B`, perRecognizer.ts), so
//       that an A/B is judged on the very messages the bench's corpus rounds read.
//
// Node flags go before the file (`npx tsx --trace-opt ...`); with ROUND_MARKS=1 a line "round N"
// is written to stdout (where V8's traces go) before each round, so that a trace can be cut by
// round (awk '/^round /{r=$2} /completed optimizing/{n[r]++} ...').
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { redact } from '@meridian-cx/privacy';
import { SyncRedactor } from 'redact-pii';
import { scale } from '../lib.js';
import { benchMessages } from '../transcripts.js';

/** CPU time of this thread in microseconds (the scheduler's run time, nanosecond resolution). */
function threadMicros(): number {
  const text = readFileSync('/proc/thread-self/schedstat', 'utf8');
  return Number(text.slice(0, text.indexOf(' '))) / 1000;
}

/** CPU time (user + system) of the whole process in microseconds. */
function processMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });

/** One side's figures for one round. */
type Sample = { proc: number; thread: number; wall: number; gc: number; gcs: number };

/** Runs `work` once and measures it; the GC entries are delivered a tick later, hence async. */
async function measure(work: () => unknown): Promise<Sample> {
  await new Promise((r) => setImmediate(r));
  const g0 = gcMs;
  const c0 = gcCount;
  const p0 = processMicros();
  const t0 = threadMicros();
  const w0 = performance.now();
  work();
  const wall = performance.now() - w0;
  const thread = threadMicros() - t0;
  const proc = processMicros() - p0;
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 5));
  return { proc: proc / 1000, thread: thread / 1000, wall, gc: gcMs - g0, gcs: gcCount - c0 };
}

if (process.argv[2] === 'write') {
  const out = process.argv[3] ?? 'bench-messages.json';
  writeFileSync(out, JSON.stringify(benchMessages(scale(10_000_000))));
  console.log(
    `the bench's corpus at BENCH_SCALE=${process.env.BENCH_SCALE ?? 1} written to ${out}`,
  );
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 12);
const sides = process.argv[3] ?? 'both';
const messages = benchMessages(scale(10_000_000));
const peer = new SyncRedactor();
const ours = () => {
  let n = 0;
  for (const m of messages) n += redact(m.text, { locale: m.locale }).findings.length;
  return n;
};
const theirs = () => {
  let n = 0;
  for (const m of messages) n += peer.redact(m.text).length;
  return n;
};
const size = messages.reduce((n, m) => n + m.text.length, 0);
console.log(`${messages.length} messages, ${size} characters, ${rounds} rounds, sides: ${sides}`);
const f = (x: number) => x.toFixed(0).padStart(6);
console.log(
  'round | ours: proc  thread    wall  gc ms (n) | peer: proc  thread    wall  gc ms (n) | ratio proc  thread',
);
for (let r = 1; r <= rounds; r++) {
  if (process.env.ROUND_MARKS === '1') writeSync(1, `round ${r}\n`);
  const a = sides === 'peer' ? undefined : await measure(ours);
  const b = sides === 'ours' ? undefined : await measure(theirs);
  const part = (s: Sample | undefined) =>
    s ? `${f(s.proc)} ${f(s.thread)} ${f(s.wall)} ${f(s.gc)} (${s.gcs})` : ' '.repeat(35);
  const ratio =
    a && b ? `${(b.proc / a.proc).toFixed(2)}  ${(b.thread / a.thread).toFixed(2)}` : '';
  console.log(`${String(r).padStart(5)} | ${part(a)} | ${part(b)} | ${ratio}`);
}
