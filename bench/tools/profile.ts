// Self time by function (or by file) from a V8 .cpuprofile, the warm part only: `node --cpu-prof`
// profiles the whole run (start-up, corpus generation, the first pass's compiling), so the samples
// of the first SKIP of the run's time are dropped (default 0.34: the first two of
// `workloads.ts redact 1 6`'s six passes, with the corpus generated before them).
//
//   node_modules/.bin/esbuild bench/tools/workloads.ts --bundle --platform=node --format=cjs \
//     --conditions=@meridian-cx/source --outfile=/tmp/w.cjs
//   node --cpu-prof --cpu-prof-interval 50 --cpu-prof-name=p.cpuprofile /tmp/w.cjs redact 1 6
//   npx tsx bench/tools/profile.ts p.cpuprofile [--top=20] [--skip=0.34] [--by=function|file] \
//     [--bundle=/tmp/w.cjs] [--lines=FUNCTION]
//
// --lines=FUNCTION prints FUNCTION's hottest lines (V8's line ticks, over the whole run: ticks carry
// no time), with the bundle's text of each line when --bundle is given.
// With --bundle, each function is named with the source module esbuild's `// path` comments put
// it in (a one-file bundle otherwise reads as one file), and --by=file sums by that module.
// A function is its name, file and line (two closures of one name stay apart). Percentages are of
// the samples kept, which on a warm pass are redact's (the "(garbage collector)" and "(program)"
// rows included: they are part of what a pass costs). Not run in CI.
import { readFileSync } from 'node:fs';

/** The part of a .cpuprofile node this script reads. */
type ProfileNode = {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
};

/** The part of a .cpuprofile node this script reads for --lines. */
type LineTicks = { readonly positionTicks?: readonly { line: number; ticks: number }[] };

/** The part of a .cpuprofile this script reads. */
type Profile = {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
};

/** Options of {@link rank}. */
type RankOptions = {
  /** Fraction of the run's time, from its start, whose samples are dropped. */
  readonly skip: number;
  /** Group by function (name, file, line) or by file. */
  readonly by: 'function' | 'file';
  /** The bundle's text, to name each bundle line's source module (esbuild's `// path` lines). */
  readonly bundle?: string;
};

/** For each line of an esbuild bundle (0-based), the source module it came from ('' before the first). */
function modulesOf(bundle: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:[\w@.+-]+\/)*[\w@.+-]+\.[cm]?[jt]sx?)$/.exec(line);
    if (m) current = (m[1] as string).replace(/^.*?\/src\//, '').replace(/^.*node_modules\//, '');
    out.push(current);
  }
  return out;
}

/**
 * Time of each key among the samples after the skipped start, in microseconds, most first; with
 * the total kept. Each sample is charged its following delta (V8 records the delta before it;
 * over thousands of samples the two agree).
 */
export function rank(
  profile: Profile,
  { skip, by, bundle }: RankOptions,
): { rows: [string, number][]; total: number } {
  const modules = bundle === undefined ? undefined : modulesOf(bundle);
  const keyOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const base = n.callFrame.url.split('/').pop() || '';
    const file = (base && modules?.[n.callFrame.lineNumber]) || base;
    const key =
      by === 'file'
        ? file || n.callFrame.functionName
        : `${n.callFrame.functionName || '(anon)'} ${file}${file ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    keyOf.set(n.id, key);
  }
  const times: number[] = [];
  let t = 0;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  const end = t;
  const from = end * skip;
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if ((times[i] as number) < from) continue;
    const next = profile.timeDeltas[i + 1] ?? 0;
    const key = keyOf.get(profile.samples[i] as number) ?? '?';
    self.set(key, (self.get(key) ?? 0) + next);
    total += next;
  }
  return { rows: [...self].sort((x, y) => y[1] - x[1]), total };
}

/** Line ticks (1-based bundle lines) of the nodes of functions named `name`, most first. */
export function lineTicks(profile: Profile, name: string): [number, number][] {
  const byLine = new Map<number, number>();
  for (const n of profile.nodes as readonly (ProfileNode & LineTicks)[]) {
    if (n.callFrame.functionName !== name) continue;
    for (const t of n.positionTicks ?? []) byLine.set(t.line, (byLine.get(t.line) ?? 0) + t.ticks);
  }
  return [...byLine].sort((x, y) => y[1] - x[1]);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const opt = (name: string, dflt: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
if (!file) {
  console.error('usage: profile.ts FILE.cpuprofile [--top=20] [--skip=0.34] [--by=function|file]');
  process.exitCode = 2;
} else if (opt('lines', '') !== '') {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const rows = lineTicks(profile, opt('lines', ''));
  const total = rows.reduce((sum, [, t]) => sum + t, 0);
  const text = opt('bundle', '') ? readFileSync(opt('bundle', ''), 'utf8').split('\n') : [];
  for (const [line, ticks] of rows.slice(0, Number(opt('top', '20'))))
    console.log(
      `${((100 * ticks) / total).toFixed(1).padStart(5)}% ${String(line).padStart(6)}  ${(text[line - 1] ?? '').trim().slice(0, 110)}`,
    );
} else {
  const by = opt('by', 'function') === 'file' ? 'file' : 'function';
  const bundle = opt('bundle', '');
  const { rows, total } = rank(JSON.parse(readFileSync(file, 'utf8')) as Profile, {
    skip: Number(opt('skip', '0.34')),
    by,
    ...(bundle ? { bundle: readFileSync(bundle, 'utf8') } : {}),
  });
  const top = Number(opt('top', '20'));
  let cumulative = 0;
  console.log(`${(total / 1000).toFixed(0)} ms kept; self time by ${by}:`);
  for (const [k, v] of rows.slice(0, top)) {
    cumulative += v;
    console.log(
      `${((100 * v) / total).toFixed(1).padStart(5)}% ${((100 * cumulative) / total).toFixed(0).padStart(4)}%  ${k}`,
    );
  }
}
