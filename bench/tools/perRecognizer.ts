// Where redact's warm time goes, recognizer by recognizer, on the redact bench's own corpus: a
// tree's redact bundled with collect's call of each recognizer and settle's later pass timed
// (performance.now() around each call; the two reads' own cost, measured around an empty call,
// is taken off each call's time: quote shares, not times),
// warmed as the bench's median rounds are (WARM passes), then COUNTED passes (3 unless set). Prints each
// recognizer's calls, time, time a call and how many calls found something, the later passes'
// count and time, and redact's time outside the recognizers (options, folds, shadow, digit runs,
// dispatch, resolving, the result). Not run in CI; the source is rewritten in the bundle only.
//
//   BENCH_SCALE=0.3 npx tsx bench/tools/perRecognizer.ts [TREE=.] [WARM=4] [MSGS.json]
//
// MSGS.json (ab.ts messages) replaces the bench's corpus (benchMessages at BENCH_SCALE).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { scale } from '../lib.js';
import { benchMessages, type Message } from '../transcripts.js';

const require = createRequire(import.meta.url);
const [treeArg = '.', warmArg = '4', msgsArg] = process.argv.slice(2);
const tree = resolve(treeArg);

/** One rewrite of a source file in the bundle: `from` must occur exactly once. */
type Rewrite = { readonly file: RegExp; readonly from: string; readonly to: string };

// redact.ts calls a recognizer at two places (collect's built-in fast loop and its general loop):
// both calls go through __timedFind, which times the call and counts what it found.
const REWRITES: readonly Rewrite[] = [
  {
    file: /redact[\\/]redact\.ts$/,
    from: 'const found = recognizer.find(builtInContext);',
    to: 'const found = (globalThis as any).__timedFind(recognizer, builtInContext);',
  },
  {
    file: /redact[\\/]redact\.ts$/,
    from: '        recognizer.find(context),',
    to: '        (globalThis as any).__timedFind(recognizer, context),',
  },
  {
    file: /redact[\\/]settle\.ts$/,
    from: '    const extra = collect(out, placeholders, crossedRows(text, spans));',
    to: [
      '    const t0$ = performance.now();',
      '    const extra = collect(out, placeholders, crossedRows(text, spans));',
      "    (globalThis as any).__perRecognizer('(later pass)', (performance.now() - t0$) * 1e6, extra.length);",
    ].join('\n'),
  },
];

const out = join(tmpdir(), `perRecognizer-${process.pid}.cjs`);
await build({
  stdin: {
    contents: "export { redact } from '@meridian-cx/privacy';",
    resolveDir: join(tree, 'bench'),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  conditions: ['@meridian-cx/source'],
  logLevel: 'error',
  outfile: out,
  plugins: [
    {
      name: 'time-recognizers',
      setup(b) {
        b.onLoad({ filter: /redact[\\/](redact|settle)\.ts$/ }, (args) => {
          let text = readFileSync(args.path, 'utf8');
          for (const r of REWRITES) {
            if (!r.file.test(args.path)) continue;
            if (text.split(r.from).length !== 2)
              throw new Error(`${args.path}: '${r.from}' not once`);
            text = text.replace(r.from, r.to);
          }
          return { contents: text, loader: 'ts' };
        });
      },
    },
  ],
});

/** Calls, nanoseconds and calls that found something, by recognizer id. */
const table = new Map<string, [number, number, number]>();
const record = (id: string, ns: number, found: number): void => {
  let row = table.get(id);
  if (row === undefined) {
    row = [0, 0, 0];
    table.set(id, row);
  }
  row[0]++;
  row[1] += ns;
  if (found > 0) row[2]++;
};
(globalThis as { __perRecognizer?: unknown }).__perRecognizer = record;
(globalThis as { __timedFind?: unknown }).__timedFind = (
  recognizer: { id: string; find: (context: unknown) => readonly unknown[] },
  context: unknown,
) => {
  const t0 = performance.now();
  const found = recognizer.find(context);
  record(recognizer.id, (performance.now() - t0) * 1e6, found.length);
  return found;
};
const { redact } = require(out) as {
  redact: (text: string, options: { locale: string }) => unknown;
};
const messages: readonly Message[] =
  msgsArg === undefined
    ? benchMessages(scale(10_000_000))
    : (JSON.parse(readFileSync(msgsArg, 'utf8')) as Message[]);
const pass = () => {
  for (const m of messages) redact(m.text, { locale: m.locale });
};
for (let w = 0; w < Number(warmArg); w++) pass();
// COUNTED passes, each recognizer's time the least of them: a call the machine's other work
// interrupts is charged that work, and on a shared machine such calls swing any one pass.
const counted = Number(process.env.COUNTED ?? 3);
let total = Number.POSITIVE_INFINITY;
const least = new Map<string, [number, number, number]>();
for (let c = 0; c < counted; c++) {
  table.clear();
  const t0 = performance.now();
  pass();
  total = Math.min(total, (performance.now() - t0) * 1e6);
  for (const [id, row] of table) {
    const kept = least.get(id);
    if (kept === undefined || row[1] < kept[1]) least.set(id, [row[0], row[1], row[2]]);
  }
}
table.clear();
for (const [id, row] of least) table.set(id, row);
// The timer's own cost a call: two reads around an empty call, the same way.
let overhead = 0;
{
  const noop = (x: number) => x;
  const n = 200_000;
  const o0 = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    noop(i);
    (globalThis as { __sink?: number }).__sink = performance.now() - t;
  }
  overhead = ((performance.now() - o0) * 1e6) / n / 2;
}
for (const row of table.values()) row[1] = Math.max(0, row[1] - overhead * row[0]);
const rows = [...table].sort((a, b) => b[1][1] - a[1][1]);
let inFinds = 0;
for (const [id, [, ns]] of rows) if (id !== '(later pass)') inFinds += ns;
const pct = (ns: number) => `${((100 * ns) / total).toFixed(1).padStart(5)}%`;
console.log(
  `${messages.length} messages, warm ${warmArg}: pass ${(total / 1e6).toFixed(0)} ms; in recognizers ${pct(inFinds)}, outside them ${pct(total - inFinds)} (later passes' recognizers counted in both)`,
);
console.log(`timer cost taken off: ${overhead.toFixed(0)} ns a call`);
console.log('recognizer          calls   share   ns/call  found');
for (const [id, [calls, ns, found]] of rows) {
  console.log(
    `${id.padEnd(16)} ${String(calls).padStart(8)}  ${pct(ns)} ${String(Math.round(ns / calls)).padStart(8)}  ${found}`,
  );
}
