// The instructions of one WARM pass of redact by function, as warm.sh counts them: valgrind's
// callgrind counts each instruction of the workload at 1 pass and at 3 passes, V8's JIT code is
// named through the map --perf-basic-prof writes (/tmp/perf-PID.map), and half the difference of
// the two runs' self counts is each function's share of a warm pass. A time profile
// (profile.ts) weighs a function by its cache misses and the machine's load too; this map
// weighs it by what warm.sh measures. Run by warmProfile.sh; not run in CI.
//
//   npx tsx bench/tools/warmProfile.ts ONE.out ONE.map THREE.out THREE.map BUNDLE.cjs [TOP=40]
//   npx tsx bench/tools/warmProfile.ts --hot CG CG.map BUNDLE.cjs [TOP=40]
//   npx tsx bench/tools/warmProfile.ts --hot-diff A.cg A.map A.cjs B.cg B.map B.cjs [TOP=40]
//   npx tsx bench/tools/warmProfile.ts --inclusive CG CG.map BUNDLE.cjs [TOP=40] [FOCUS]
//
// --hot reads the one pass hotPass.sh counted (KEEP_CG=CG: its file, perf map CG.map and bundle
// CG.cjs kept) by function; --hot-diff two such passes (two trees, or two states of one), each
// function's count in B less its count in A, the largest changes either way first. Both print
// the count outside V8's optimising compiler too (see compiling): what tiers up inside the
// counted pass moves by 15-20M with changes anywhere, so quote a change's figure from that line.
//
// ONE.out, THREE.out: `valgrind --tool=callgrind --dump-instr=yes --compress-pos=no
// --compress-strings=no` of `node --perf-basic-prof … w.cjs redact SEED 1` and `… 3`; the maps
// are those runs' perf maps; BUNDLE the w.cjs both ran (its `// path` lines name each function's
// source module). A function is its name and module (JIT code of one function compiled twice,
// baseline and optimised, is summed); V8's builtins and C++ keep their own names.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** One entry of a perf map: code at [start, start + size) named `name`, logged `order`-th. */
type MapEntry = { readonly start: number; readonly size: number; readonly name: string };

/** The entries of a --perf-basic-prof map, by start; a start logged twice keeps the last. */
export function readPerfMap(text: string): MapEntry[] {
  const byStart = new Map<number, MapEntry>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (!m) continue;
    const start = Number.parseInt(m[1] as string, 16);
    byStart.set(start, { start, size: Number.parseInt(m[2] as string, 16), name: m[3] as string });
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The name of the JIT code at `address`, or undefined (the entry that starts last at or before it). */
function jitName(entries: readonly MapEntry[], address: number): string | undefined {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as MapEntry).start <= address) lo = mid + 1;
    else hi = mid;
  }
  const e = entries[lo - 1];
  return e !== undefined && address < e.start + e.size ? e.name : undefined;
}

/**
 * Self instructions by name from a callgrind file (positions "instr line", events Ir, positions
 * and strings not compressed): a cost line's last field, less the inclusive costs that follow
 * each `calls=` line. Code callgrind has no symbol for (`fn=0x…`) is named from the perf map.
 */
export async function selfCounts(
  file: string,
  entries: readonly MapEntry[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let fn = '?';
  let jit = false;
  let skip = false;
  const lines = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (skip) {
      skip = false;
      continue;
    }
    if (line.startsWith('0x')) {
      const cost = Number(line.slice(line.lastIndexOf(' ') + 1));
      const name = jit
        ? (jitName(entries, Number.parseInt(line.slice(2, line.indexOf(' ')), 16)) ??
          '(JIT, unnamed)')
        : fn;
      out.set(name, (out.get(name) ?? 0) + cost);
    } else if (line.startsWith('fn=')) {
      fn = line.slice(3);
      jit = fn.startsWith('0x');
    } else if (line.startsWith('calls=')) skip = true;
  }
  return out;
}

/** Self counts by name and the inclusive cost of each call edge, caller -> callee, by name. */
type CallGraph = {
  readonly self: Map<string, number>;
  readonly edges: Map<string, Map<string, number>>;
};

/**
 * Self counts (as {@link selfCounts}) and call edges of a callgrind file: a `calls=` line's next
 * line is the inclusive cost of those calls; the caller is named by the call site's address (JIT
 * code, through the perf map) or its `fn=`, the callee by the `calls=` target's address or `cfn=`.
 */
export async function callGraph(file: string, entries: readonly MapEntry[]): Promise<CallGraph> {
  const self = new Map<string, number>();
  const edges = new Map<string, Map<string, number>>();
  let fn = '?';
  let jit = false;
  let callee: string | undefined;
  let cfn = '?';
  const nameAt = (hex: string, fallback: string) =>
    jitName(entries, Number.parseInt(hex, 16)) ?? fallback;
  const lines = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.startsWith('0x')) {
      const cost = Number(line.slice(line.lastIndexOf(' ') + 1));
      const site = line.slice(2, line.indexOf(' '));
      const name = jit ? nameAt(site, '(JIT, unnamed)') : fn;
      if (callee !== undefined) {
        const out = edges.get(name) ?? new Map<string, number>();
        edges.set(name, out);
        out.set(callee, (out.get(callee) ?? 0) + cost);
        callee = undefined;
      } else self.set(name, (self.get(name) ?? 0) + cost);
    } else if (line.startsWith('fn=')) {
      fn = line.slice(3);
      jit = fn.startsWith('0x');
    } else if (line.startsWith('cfn=')) cfn = line.slice(4);
    else if (line.startsWith('calls=')) {
      const target = line.split(' ')[1] ?? '';
      callee = cfn.startsWith('0x') ? nameAt(target.slice(2), '(JIT, unnamed)') : cfn;
    }
  }
  return { self, edges };
}

/** For each line of an esbuild bundle (1-based), its source module ('' before the first). */
function modulesOf(bundle: string): string[] {
  const out = [''];
  let current = '';
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:[\w@.+-]+\/)*[\w@.+-]+\.[cm]?[jt]sx?)$/.exec(line);
    if (m)
      current = (m[1] as string)
        .replace(/^.*?\/src\//, '')
        .replace(/^.*node_modules\//, '')
        .replace(/^.*?\/bench\//, 'bench/');
    out.push(current);
  }
  return out;
}

/**
 * A perf map's JS name ("JS:*scanSlots /…/w.cjs:9463:19") as the function and its source module
 * ("scanSlots redact/context.ts"): baseline and optimised code of one function are one row.
 */
function displayName(name: string, modules: readonly string[]): string {
  const m = /^JS:[*~^+-]?(\S*) (\S*?):(\d+):\d+$/.exec(name);
  if (!m) return name.replace(/^(Builtin|BytecodeHandler|RegExp): ?/, '$1 ');
  const line = Number(m[3]);
  const module = m[2]?.endsWith('w.cjs') ? (modules[line] ?? '') : (m[2] ?? '');
  return `${m[1] || '(anon)'} ${module || m[2]}:${line}`;
}

/** Self instructions by displayed name (function and module) of callgrind file `out`. */
async function named(out: string, map: string, bundle: string): Promise<Map<string, number>> {
  const modules = modulesOf(readFileSync(bundle, 'utf8'));
  const rows = new Map<string, number>();
  for (const [k, v] of await selfCounts(out, readPerfMap(readFileSync(map, 'utf8')))) {
    const key = displayName(k, modules);
    rows.set(key, (rows.get(key) ?? 0) + v);
  }
  return rows;
}

/** Print `rows` (name, instructions), the `top` first, with shares of `total` and a running sum. */
function printRows(rows: readonly (readonly [string, number])[], total: number, top: number): void {
  let cumulative = 0;
  for (const [k, v] of rows.slice(0, top)) {
    cumulative += v;
    console.log(
      `${((100 * v) / total).toFixed(2).padStart(6)}% ${((100 * cumulative) / total).toFixed(0).padStart(4)}% ${(v / 1e6).toFixed(1).padStart(7)}M  ${k}`,
    );
  }
}

// The runtime entry that every optimising compile of the counted pass runs under.
const COMPILE = 'v8::internal::Runtime_CompileOptimized(';

/**
 * The instructions of a pass spent under V8's optimising compiler (TurboFan, compiling on the main
 * thread under --predictable): the inclusive count of Runtime_CompileOptimized, its self count
 * and its calls'. Which functions tier up inside the counted pass moves with small changes
 * anywhere: V56d took six digit-id recognizers' work out of redact 1 8 (6.9M instructions of
 * JS, builtins and regular expressions) and the pass fell 25.1M, 18.2M of them compiling (57.6M
 * to 39.4M). A change's own work is the pass less this.
 */
async function compiling(cg: string, map: string): Promise<number> {
  const graph = await callGraph(cg, readPerfMap(readFileSync(map, 'utf8')));
  let total = 0;
  for (const [k, v] of graph.self) if (k.startsWith(COMPILE)) total += v;
  for (const [k, out] of graph.edges)
    if (k.startsWith(COMPILE)) for (const v of out.values()) total += v;
  return total;
}

/** `n` instructions in millions, one decimal. */
function millions(n: number): string {
  return `${(n / 1e6).toFixed(1)}M`;
}

/** Sum of a map's values. */
function sum(rows: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const v of rows.values()) total += v;
  return total;
}

const argv = process.argv.slice(2);
if (argv[0] === '--hot' && argv.length >= 4) {
  const [, cg, map, bundle, top] = argv as [string, string, string, string, string?];
  const rows = await named(cg, map, bundle);
  const total = sum(rows);
  const compile = await compiling(cg, map);
  console.log(
    `hot pass: ${millions(total)} instructions (${millions(compile)} under V8's optimising compiler, ${millions(total - compile)} outside it); self, by function:`,
  );
  printRows(
    [...rows].sort((a, b) => b[1] - a[1]),
    total,
    Number(top ?? 40),
  );
} else if (argv[0] === '--inclusive' && argv.length >= 4) {
  // Inclusive counts: a function's self count plus the inclusive cost of its calls to others
  // (callgrind's call edges; a function reached again below itself through another is counted
  // twice, rare in redact). JS code V8 inlined is its caller's. `FOCUS` (a regular expression)
  // lists the callees of each function whose name it matches, largest first.
  const [, cg, map, bundle, top, focus] = argv as [
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  const modules = modulesOf(readFileSync(bundle, 'utf8'));
  const graph = await callGraph(cg, readPerfMap(readFileSync(map, 'utf8')));
  const show = (k: string) => displayName(k, modules);
  const self = new Map<string, number>();
  for (const [k, v] of graph.self) self.set(show(k), (self.get(show(k)) ?? 0) + v);
  const edges = new Map<string, Map<string, number>>();
  for (const [from, out] of graph.edges) {
    const f = show(from);
    const row = edges.get(f) ?? new Map<string, number>();
    edges.set(f, row);
    for (const [to, v] of out) row.set(show(to), (row.get(show(to)) ?? 0) + v);
  }
  const inclusive = new Map<string, number>(self);
  for (const [f, row] of edges)
    for (const [t, v] of row) if (t !== f) inclusive.set(f, (inclusive.get(f) ?? 0) + v);
  const total = sum(self);
  // TurboFan compiling in the counted pass (Runtime_CompileOptimized, ~9% of redact 1 8) is
  // charged to whichever caller tiered up, through its baseline prologue: read it with that in mind.
  console.log(`hot pass: ${(total / 1e6).toFixed(1)}M instructions; inclusive, by function:`);
  const rows = [...inclusive].sort((a, b) => b[1] - a[1]);
  if (focus === undefined) printRows(rows, total, Number(top ?? 40));
  else {
    const re = new RegExp(focus);
    for (const [f, v] of rows) {
      if (!re.test(f)) continue;
      console.log(
        `\n${(v / 1e6).toFixed(1)}M inclusive (${((100 * v) / total).toFixed(2)}%), self ${((self.get(f) ?? 0) / 1e6).toFixed(1)}M: ${f}`,
      );
      const row = [...(edges.get(f) ?? new Map<string, number>())].filter(([t]) => t !== f);
      printRows(
        row.sort((a, b) => b[1] - a[1]),
        total,
        Number(top ?? 40),
      );
    }
  }
} else if (argv[0] === '--hot-diff' && argv.length >= 7) {
  const [, aCg, aMap, aBundle, bCg, bMap, bBundle, top] = argv as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string?,
  ];
  // Two bundles number their lines apart: a function is its name and module here.
  const unlined = (rows: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, v] of rows) {
      const key = k.replace(/:\d+$/, '');
      out.set(key, (out.get(key) ?? 0) + v);
    }
    return out;
  };
  const a = unlined(await named(aCg, aMap, aBundle));
  const b = unlined(await named(bCg, bMap, bBundle));
  const diff = new Map<string, number>();
  for (const [k, v] of b) diff.set(k, v - (a.get(k) ?? 0));
  for (const [k, v] of a) if (!b.has(k)) diff.set(k, -v);
  const totalA = sum(a);
  const outsideA = totalA - (await compiling(aCg, aMap));
  const outsideB = sum(b) - (await compiling(bCg, bMap));
  console.log(
    `hot pass A ${millions(totalA)}, B ${millions(sum(b))} instructions; outside V8's optimising compiler A ${millions(outsideA)}, B ${millions(outsideB)} (B - A ${millions(outsideB - outsideA)}, ${((100 * (outsideB - outsideA)) / outsideA).toFixed(2)}%); B - A by function (share of A):`,
  );
  printRows(
    [...diff].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])),
    totalA,
    Number(top ?? 40),
  );
} else {
  const [oneOut, oneMap, threeOut, threeMap, bundle, top] = argv;
  if (!oneOut || !oneMap || !threeOut || !threeMap || !bundle) {
    console.error('usage: warmProfile.ts ONE.out ONE.map THREE.out THREE.map BUNDLE.cjs [TOP=40]');
    process.exitCode = 2;
  } else {
    const one = await named(oneOut, oneMap, bundle);
    const three = await named(threeOut, threeMap, bundle);
    const warm = new Map<string, number>();
    for (const [k, v] of three) warm.set(k, (v - (one.get(k) ?? 0)) / 2);
    for (const [k, v] of one) if (!three.has(k)) warm.set(k, -v / 2);
    const total = sum(warm);
    console.log(`warm pass: ${(total / 1e6).toFixed(1)}M instructions; self, by function:`);
    printRows(
      [...warm].sort((x, y) => y[1] - x[1]),
      total,
      Number(top ?? 40),
    );
  }
}
