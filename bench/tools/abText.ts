// In-process A/B of `repairText` between git trees (worktrees), in CPU time, on never-seen messages
// of one kind, warm. The text bench's per-kind figures move with ftfy's and the machine's speed;
// this holds both fixed: one message file, every build loaded in ONE process, each warmed on the
// same stream, then each message given to every build once (a pipeline meets a message once: a
// second round would be a memo hit), in chunks whose order of builds rotates, so that the load
// falls on all alike.
//
//   npx tsx bench/tools/abText.ts messages OUT.json KIND [SEEDS=12,13,14,15] [BYTES=4000000]
//       The bench's never-seen messages (bench/textCorpus.ts distinctMessages(BYTES, seed)) of one
//       KIND for each seed, as [{text, kind}]: clean, 1252, gbk, gbk-lost (GBK holding U+FFFD),
//       1251, twice (Windows-1252 twice), broken (every broken kind) or all. Written once, so that
//       every later run reads the same messages whatever the generator becomes.
//   npx tsx bench/tools/abText.ts bundle TREE OUT.cjs
//       TREE's `repairText` (TREE/bench resolves @meridian-cx/tone/text) bundled by esbuild with
//       --conditions=@meridian-cx/source, platform node, cjs. TREE needs its node_modules; the
//       bundle does not, so one worktree can be moved from commit to commit and each bundle kept.
//   npx tsx bench/tools/abText.ts run WARM.json MSGS.json A B [C ...] [--chunk=100]
//       Builds (trees, bundled on the fly, or bundles; give one twice for an A/A beside the A/B).
//       Each is warmed on WARM.json (e.g. `messages warm.json all 11`: code and memo as a stream
//       leaves them), then MSGS.json is read chunk by chunk, every build once per chunk, the order
//       rotating. Prints, for each build after the first, cpu(X)/cpu(A): the median of the chunk
//       ratios (with quartiles) and the ratio of the sums; and how many outputs (text and repairs
//       as JSON) differ from A's. Above 1, X costs more.
//   npx tsx bench/tools/abText.ts profile WARM.json MSGS.json A OUT.cpuprofile
//       A alone, warmed as above, then MSGS.json once under the inspector's CPU profiler (100 us;
//       the warm part only, unlike node --cpu-prof); prints the top functions by self time.
//
// Not run in CI. Quote ratios, never absolute times: the machine is shared.
import { writeFileSync } from 'node:fs';
import { distinctMessages, type Message } from '../textCorpus.js';
import { bundleTree, cpuMicros, loadBuild, profileWork, readJson } from './inProcess.js';

/** One message of the fixed workload, with its kind. */
type Item = { readonly text: string; readonly kind: string };
/** What the comparison reads of a result. */
type Output = { text: string; repairs: readonly unknown[] };
/** The one function compared (its options left at their defaults). */
type Repair = (text: string) => Output;

/** A message's kind, as the `messages` mode names them. */
function kindOf(m: Message): string {
  if (m.pages.length === 0) return 'clean';
  if (m.pages.length === 2) return 'twice';
  const page = m.pages[0] === 'windows-1252' ? '1252' : m.pages[0] === 'gbk' ? 'gbk' : '1251';
  return page === 'gbk' && m.text.includes('\uFFFD') ? 'gbk-lost' : page;
}

const SOURCE = "export { repairText } from '@meridian-cx/tone/text';";

/** TREE's repairText bundled into OUT (cjs); returns OUT. */
function bundle(tree: string, out: string): string {
  return bundleTree(tree, out, SOURCE);
}

/** A bundle, or a tree bundled first, loaded under a file name of its own (A/A gets two copies). */
function load(arg: string): Repair {
  return loadBuild<Repair>(arg, SOURCE, 'repairText');
}

function readItems(file: string): Item[] {
  return readJson<Item[]>(file);
}

/** Repairs items [from, to) and returns the CPU time; the results go to `out` (read afterwards). */
function timeChunk(
  repair: Repair,
  items: readonly Item[],
  from: number,
  to: number,
  out?: Output[],
): number {
  const t0 = cpuMicros();
  for (let i = from; i < to; i++) {
    const r = repair((items[i] as Item).text);
    if (out) out[i] = r;
  }
  return cpuMicros() - t0;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return ((s[lo] as number) + (s[hi] as number)) / 2;
}

function run(warm: string, msgs: string, builds: readonly string[], chunk: number): void {
  const warmItems = readItems(warm);
  const items = readItems(msgs);
  const repairs = builds.map(load);
  for (const r of repairs) timeChunk(r, warmItems, 0, warmItems.length);
  const outs = repairs.map(() => [] as Output[]);
  const chunks = Math.ceil(items.length / chunk);
  const times = repairs.map(() => [] as number[]);
  for (let c = 0; c < chunks; c++) {
    const from = c * chunk;
    const to = Math.min(items.length, from + chunk);
    for (let k = 0; k < repairs.length; k++) {
      const b = (c + k) % repairs.length;
      (times[b] as number[]).push(timeChunk(repairs[b] as Repair, items, from, to, outs[b]));
    }
  }
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const f = (x: number) => x.toFixed(3);
  const a = times[0] as number[];
  const json = (o: Output | undefined) => JSON.stringify(o);
  console.log(
    `${items.length} messages (${msgs}), ${chunks} chunks of ${chunk}; A ${(
      sum(a) / items.length
    ).toFixed(1)} µs a message`,
  );
  for (let b = 1; b < repairs.length; b++) {
    const t = times[b] as number[];
    const ratios = t.map((x, i) => x / (a[i] as number));
    const mine = outs[b] as Output[];
    const theirs = outs[0] as Output[];
    let differ = 0;
    for (let i = 0; i < items.length; i++) if (json(mine[i]) !== json(theirs[i])) differ++;
    console.log(
      `${builds[b]}/${builds[0]}: median ${f(quantile(ratios, 0.5))} (quartiles ${f(
        quantile(ratios, 0.25),
      )}-${f(quantile(ratios, 0.75))}), sums ${f(sum(t) / sum(a))}; outputs differing: ${differ}`,
    );
  }
}

function profile(warm: string, msgs: string, build: string, out: string): void {
  const items = readItems(msgs);
  const repair = load(build);
  const warmItems = readItems(warm);
  timeChunk(repair, warmItems, 0, warmItems.length);
  profileWork(
    out,
    () => timeChunk(repair, items, 0, items.length),
    (cpu) =>
      console.log(`${items.length} messages, ${(cpu / items.length).toFixed(1)} µs a message`),
  );
}

const [mode, ...rest] = process.argv.slice(2);
const flags = rest.filter((a) => a.startsWith('--'));
const args = rest.filter((a) => !a.startsWith('--'));
const chunkFlag = flags.find((f) => f.startsWith('--chunk='));
if (mode === 'messages' && args[0] && args[1]) {
  const kind = args[1];
  const seeds = (args[2] ?? '12,13,14,15').split(',').map(Number);
  const bytes = Number(args[3] ?? 4_000_000);
  const items: Item[] = [];
  for (const seed of seeds)
    for (const m of distinctMessages(bytes, seed)) {
      const k = kindOf(m);
      if (kind === 'all' || k === kind || (kind === 'broken' && k !== 'clean'))
        items.push({ text: m.text, kind: k });
    }
  writeFileSync(args[0], JSON.stringify(items));
  console.log(`${items.length} messages written to ${args[0]}`);
} else if (mode === 'bundle' && args[0] && args[1]) {
  console.log(bundle(args[0], args[1]));
} else if (mode === 'run' && args[0] && args[1] && args.length >= 4) {
  run(args[0], args[1], args.slice(2), Number(chunkFlag?.slice(8) ?? 100));
} else if (mode === 'profile' && args[0] && args[1] && args[2] && args[3]) {
  profile(args[0], args[1], args[2], args[3]);
} else {
  console.error(
    'usage: abText.ts messages OUT.json KIND [SEEDS] [BYTES] | bundle TREE OUT.cjs | run WARM.json MSGS.json A B [C ...] [--chunk=N] | profile WARM.json MSGS.json A OUT.cpuprofile',
  );
  process.exitCode = 2;
}
