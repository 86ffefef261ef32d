// In-process A/B of `redact` between two git trees (worktrees), in CPU time, on the same messages.
// The bench's ratio against redact-pii moves with the corpus it draws and the machine's load; this
// holds both fixed: one message file, both builds loaded in ONE process, warmed, then timed in
// alternating chunks so that the load falls on both alike.
//
//   npx tsx bench/tools/ab.ts messages MSGS.json [SEEDS=1,2,3] [COUNT=6000]
//       today's generateCorpus(seed, COUNT) for each seed, as [{text, locale}] (written once, so
//       every later run reads the same messages whatever the generator becomes).
//   npx tsx bench/tools/ab.ts plain PLAIN.json [COUNT=12000]
//       the bench's turns without data (its "none" mix), COUNT of them: run them with a CHUNK of
//       2000 (a turn costs under a microsecond). A change to what every text pays is measured
//       here as well as on the corpus.
//   npx tsx bench/tools/ab.ts bundle TREE OUT.cjs
//       TREE's `redact` (TREE/bench resolves @meridian-cx/privacy) bundled by esbuild with
//       --conditions=@meridian-cx/source, platform node, cjs. TREE needs its node_modules
//       (`pnpm install --frozen-lockfile --offline`); the bundle does not, so one worktree can
//       be moved from commit to commit and each bundle kept.
//   npx tsx bench/tools/ab.ts run MSGS.json A B [ROUNDS=15] [CHUNK=100]
//       A and B are trees (bundled on the fly) or bundles. Both warm (three passes each), then
//       ROUNDS rounds over every chunk of CHUNK messages, A and B alternating which goes first.
//       Prints cpu(B)/cpu(A): the median over rounds (with the range) and the ratio of the sums
//       of per-chunk minimums. Above 1, B costs more. Give the same tree twice for an A/A run:
//       that is the noise to quote beside any A/B.
//   npx tsx bench/tools/ab.ts profile MSGS.json A OUT.cpuprofile [ROUNDS=5]
//       A alone, warmed as above, then ROUNDS passes under the inspector's CPU profiler (the
//       warm part only, unlike node --cpu-prof); prints the top functions by self time.
//
// Not run in CI. Quote ratios, never absolute times: the machine is shared.
import { writeFileSync } from 'node:fs';
import { bundleTree, cpuMicros, loadBuild, profileWork, readJson } from './inProcess.js';

/** One message of the fixed workload. */
type Message = { readonly text: string; readonly locale: string };
/** The one function compared. */
type Redact = (text: string, options: { locale: string }) => { text: string };

const SOURCE = "export { redact } from '@meridian-cx/privacy';";

/** TREE's redact bundled into OUT (cjs); returns OUT. */
function bundle(tree: string, out: string): string {
  return bundleTree(tree, out, SOURCE);
}

/** A bundle, or a tree bundled first, loaded under a file name of its own (A/A gets two copies). */
function load(arg: string): Redact {
  return loadBuild<Redact>(arg, SOURCE, 'redact');
}

function readMessages(file: string): Message[] {
  return readJson<Message[]>(file);
}

function timeChunk(redact: Redact, ms: readonly Message[], from: number, to: number): number {
  const t0 = cpuMicros();
  for (let i = from; i < to; i++) {
    const m = ms[i] as Message;
    redact(m.text, { locale: m.locale });
  }
  return cpuMicros() - t0;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Outputs of both builds on every message: how many differ (trees from other days may). */
function differing(a: Redact, b: Redact, ms: readonly Message[]): number {
  let n = 0;
  for (const m of ms)
    if (a(m.text, { locale: m.locale }).text !== b(m.text, { locale: m.locale }).text) n++;
  return n;
}

function run(msgs: string, argA: string, argB: string, rounds: number, chunk: number): void {
  const ms = readMessages(msgs);
  const a = load(argA);
  const b = load(argB);
  const diff = differing(a, b, ms);
  for (let pass = 0; pass < 2; pass++) {
    timeChunk(a, ms, 0, ms.length);
    timeChunk(b, ms, 0, ms.length);
  }
  const chunks = Math.ceil(ms.length / chunk);
  const minA = new Array<number>(chunks).fill(Number.POSITIVE_INFINITY);
  const minB = new Array<number>(chunks).fill(Number.POSITIVE_INFINITY);
  const ratios: number[] = [];
  const perA: number[] = [];
  const perB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sumA = 0;
    let sumB = 0;
    for (let c = 0; c < chunks; c++) {
      const from = c * chunk;
      const to = Math.min(ms.length, from + chunk);
      let ta: number;
      let tb: number;
      if ((r + c) % 2 === 0) {
        ta = timeChunk(a, ms, from, to);
        tb = timeChunk(b, ms, from, to);
      } else {
        tb = timeChunk(b, ms, from, to);
        ta = timeChunk(a, ms, from, to);
      }
      sumA += ta;
      sumB += tb;
      if (ta < (minA[c] as number)) minA[c] = ta;
      if (tb < (minB[c] as number)) minB[c] = tb;
    }
    ratios.push(sumB / sumA);
    perA.push(sumA / ms.length);
    perB.push(sumB / ms.length);
  }
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${ms.length} messages, ${chunks} chunks of ${chunk}, ${rounds} rounds; outputs differing: ${diff}`,
  );
  console.log(
    `cpu(B)/cpu(A): median of rounds ${f(median(ratios))} (${f(Math.min(...ratios))}-${f(
      Math.max(...ratios),
    )}), per-chunk minimums ${f(sum(minB) / sum(minA))}; µs a message A ${median(perA).toFixed(
      2,
    )}, B ${median(perB).toFixed(2)}`,
  );
}

function profile(msgs: string, argA: string, out: string, rounds: number): void {
  const ms = readMessages(msgs);
  const a = load(argA);
  for (let pass = 0; pass < 3; pass++) timeChunk(a, ms, 0, ms.length);
  profileWork(out, () => {
    for (let r = 0; r < rounds; r++) timeChunk(a, ms, 0, ms.length);
  });
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'messages' && args[0]) {
  const { generateCorpus } = await import('../../packages/privacy/test/redact/corpus/index.js');
  const seeds = (args[1] ?? '1,2,3').split(',').map(Number);
  const count = Number(args[2] ?? 6000);
  const ms: Message[] = [];
  for (const seed of seeds)
    for (const m of generateCorpus(seed, count)) ms.push({ text: m.text, locale: m.locale });
  writeFileSync(args[0], JSON.stringify(ms));
  console.log(`${ms.length} messages written to ${args[0]}`);
} else if (mode === 'plain' && args[0]) {
  // The bench's turns without data (its "none" mix): what a change to the per-text path (a test
  // every text pays) must be measured on too. T53a passed the corpus and emoji chats within their
  // A/As and made these 1.13x per message, 2.6x in the bench's warm state.
  const { PLAIN_EN } = await import('../transcripts.js');
  const count = Number(args[1] ?? 12000);
  const ms: Message[] = [];
  for (let i = 0; ms.length < count; i++)
    ms.push({ text: PLAIN_EN[i % PLAIN_EN.length] as string, locale: 'en-US' });
  writeFileSync(args[0], JSON.stringify(ms));
  console.log(`${ms.length} messages written to ${args[0]}`);
} else if (mode === 'bundle' && args[0] && args[1]) {
  console.log(bundle(args[0], args[1]));
} else if (mode === 'run' && args[0] && args[1] && args[2]) {
  run(args[0], args[1], args[2], Number(args[3] ?? 15), Number(args[4] ?? 100));
} else if (mode === 'profile' && args[0] && args[1] && args[2]) {
  profile(args[0], args[1], args[2], Number(args[3] ?? 5));
} else {
  console.error(
    'usage: ab.ts messages OUT.json [SEEDS] [COUNT] | plain OUT.json [COUNT] | bundle TREE OUT.cjs | run MSGS.json A B [ROUNDS] [CHUNK] | profile MSGS.json A OUT.cpuprofile [ROUNDS]',
  );
  process.exitCode = 2;
}
