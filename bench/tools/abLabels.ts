// In-process A/B of the phone label look-up alone (context.ts `phoneLabelsBefore`) between two git
// trees, on the calls `redact` makes. ab.ts times the whole of redact, where the look-ups are about
// 8% of the CPU (answered from a memo: 0.92, session 37): a change that saves a tenth of them is
// under the A/A spread of ab.ts at the load of a shared machine. Here they are timed alone, warm.
//
//   npx tsx bench/tools/abLabels.ts record MSGS.json CALLS.json [TREE=.]
//       redact (TREE's, bundled with its phoneLabelsBefore wrapped to note each call) over the
//       messages of ab.ts's `messages` mode; writes every call as {text, shadow, lower, locale,
//       start}. TREE's src is not touched: the wrapper is added as esbuild loads context.ts.
//   npx tsx bench/tools/abLabels.ts run CALLS.json A B [ROUNDS=15]
//       A and B are trees (their phoneLabelsBefore bundled) or bundles. The answers of both on
//       every call are compared; then both warm (five passes each), then ROUNDS rounds of five
//       passes each over all calls, A and B alternating which goes first. Prints cpu(B)/cpu(A):
//       the median over rounds (with the range), and ns a call. Give one tree twice for an A/A.
//
// A context object is made once per message, as redact makes one per text (the look-up notes the
// text it reads by identity). Not run in CI. Quote ratios, never absolute times.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleTree, cpuMicros, loadBuild, readJson } from './inProcess.js';

/** One recorded call: the context fields the look-up reads, and the value's start. */
type Call = {
  readonly text: string;
  readonly shadow: string;
  readonly lower: string;
  readonly locale: string;
  readonly start: number;
};
type Message = { readonly text: string; readonly locale: string };
type Labels = { readonly version: boolean; readonly phone: string };
type LabelsBefore = (context: unknown, start: number) => Labels;

const SOURCE = "export { phoneLabelsBefore } from '../packages/privacy/src/redact/context.ts';";
const require = createRequire(import.meta.url);

/** TREE's redact bundled with each phoneLabelsBefore call pushed to `globalThis.labelCalls`. */
async function record(msgs: string, out: string, tree: string): Promise<void> {
  const file = join(tmpdir(), `abLabels-${process.pid}.cjs`);
  await build({
    stdin: {
      contents: "export { redact } from '@meridian-cx/privacy';",
      resolveDir: join(resolve(tree), 'bench'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    conditions: ['@meridian-cx/source'],
    logLevel: 'error',
    outfile: file,
    plugins: [
      {
        name: 'record-label-calls',
        setup(b) {
          b.onLoad({ filter: /redact[\\/]context\.ts$/ }, async (args) => {
            const { readFile } = await import('node:fs/promises');
            const source = await readFile(args.path, 'utf8');
            const renamed = source.replace(
              'export function phoneLabelsBefore(',
              'function phoneLabelsBeforeRecorded(',
            );
            if (renamed === source) throw new Error('phoneLabelsBefore not found in context.ts');
            const wrapper = `
export function phoneLabelsBefore(context: RecognizerContext, start: number): PhoneLabels {
  const { text, shadow, lower, locale } = context;
  ((globalThis as { labelCalls?: unknown[] }).labelCalls ??= []).push({ text, shadow, lower, locale, start });
  return phoneLabelsBeforeRecorded(context, start);
}`;
            return { contents: renamed + wrapper, loader: 'ts' };
          });
        },
      },
    ],
  });
  const { redact } = require(file) as {
    redact: (text: string, options: { locale: string }) => unknown;
  };
  for (const m of readJson<Message[]>(msgs)) redact(m.text, { locale: m.locale });
  const calls = (globalThis as { labelCalls?: Call[] }).labelCalls ?? [];
  writeFileSync(out, JSON.stringify(calls));
  console.log(`${calls.length} calls written to ${out}`);
}

/** A bundle, or a tree's phoneLabelsBefore bundled first, loaded under a file name of its own. */
function load(arg: string): LabelsBefore {
  const bundled =
    arg.endsWith('.cjs') || arg.endsWith('.js')
      ? arg
      : bundleTree(arg, join(tmpdir(), `abLabels-${process.pid}-${Math.random()}.cjs`), SOURCE);
  return loadBuild<LabelsBefore>(bundled, SOURCE, 'phoneLabelsBefore');
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function run(file: string, argA: string, argB: string, rounds: number): void {
  const contexts = new Map<string, object>();
  const items = readJson<Call[]>(file).map((c) => {
    const key = `${c.locale}\u0000${c.text}`;
    let context = contexts.get(key);
    if (context === undefined) {
      const { text, shadow, lower, locale } = c;
      context = { text, shadow, lower, locale, country: undefined };
      contexts.set(key, context);
    }
    return [context, c.start] as const;
  });
  const a = load(argA);
  const b = load(argB);
  let diff = 0;
  for (const [context, start] of items) {
    const x = a(context, start);
    const y = b(context, start);
    if (x.version !== y.version || x.phone !== y.phone) diff++;
  }
  const time = (f: LabelsBefore) => {
    const t0 = cpuMicros();
    for (let pass = 0; pass < 5; pass++) for (const [context, start] of items) f(context, start);
    return cpuMicros() - t0;
  };
  for (let pass = 0; pass < 5; pass++) {
    time(a);
    time(b);
  }
  const ratios: number[] = [];
  const perA: number[] = [];
  const perB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ta: number;
    let tb: number;
    if (r % 2 === 0) {
      ta = time(a);
      tb = time(b);
    } else {
      tb = time(b);
      ta = time(a);
    }
    ratios.push(tb / ta);
    perA.push((ta * 1000) / (5 * items.length));
    perB.push((tb * 1000) / (5 * items.length));
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`${items.length} calls, ${rounds} rounds; answers differing: ${diff}`);
  console.log(
    `cpu(B)/cpu(A): median of rounds ${f(median(ratios))} (${f(Math.min(...ratios))}-${f(
      Math.max(...ratios),
    )}); ns a call A ${median(perA).toFixed(0)}, B ${median(perB).toFixed(0)}`,
  );
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'record' && args[0] && args[1]) {
  await record(args[0], args[1], args[2] ?? '.');
} else if (mode === 'run' && args[0] && args[1] && args[2]) {
  run(args[0], args[1], args[2], Number(args[3] ?? 15));
} else {
  console.error(
    'usage: abLabels.ts record MSGS.json CALLS.json [TREE] | run CALLS.json A B [ROUNDS]',
  );
  process.exitCode = 2;
}
