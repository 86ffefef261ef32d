// What the in-process A/B tools (ab.ts for redact, abText.ts for repairText) share: a tree's one
// export bundled by esbuild, each bundle loaded under a file name of its own (so that an A/A gets
// two copies, compiled apart), CPU time of this process, and a warm CPU profile summed by function.
// Not run in CI.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * Bundles `source` (an export statement, e.g. `export { redact } from '@meridian-cx/privacy';`)
 * as TREE's bench folder resolves it, with --conditions=@meridian-cx/source, for node, as cjs,
 * into OUT; returns OUT. TREE needs its node_modules; the bundle does not.
 */
export function bundleTree(tree: string, out: string, source: string): string {
  buildSync({
    stdin: { contents: source, resolveDir: join(resolve(tree), 'bench'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    conditions: ['@meridian-cx/source'],
    logLevel: 'error',
    outfile: out,
  });
  return out;
}

let loaded = 0;
/**
 * Loads ARG (a bundle, or a tree bundled first with `source`) under a file name of its own and
 * returns its export `name`.
 */
export function loadBuild<T>(arg: string, source: string, name: string): T {
  const file = join(tmpdir(), `inProcess-${process.pid}-${loaded++}.cjs`);
  if (arg.endsWith('.cjs') || arg.endsWith('.js')) copyFileSync(arg, file);
  else bundleTree(arg, file, source);
  return (require(file) as Record<string, T>)[name] as T;
}

/** A JSON file written once by a tool's `messages` mode (JSON.parse gives flat strings; the generators' are ropes, which cost more to read). */
export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** CPU time (user + system) of this process in microseconds. */
export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

type ProfileNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};

/**
 * Runs `work` under the inspector's CPU profiler (100 µs samples), writes the profile to OUT and
 * prints the 40 functions with the most self time; `after` runs first with `work`'s result.
 */
export function profileWork<T>(out: string, work: () => T, after?: (value: T) => void): void {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  const value = work();
  session.post('Profiler.stop', (err, result) => {
    if (err) throw err;
    writeFileSync(out, JSON.stringify(result.profile));
    after?.(value);
    const self = new Map<string, number>();
    let total = 0;
    for (const n of result.profile.nodes as ProfileNode[]) {
      const hits = n.hitCount ?? 0;
      total += hits;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${
        n.callFrame.lineNumber + 1
      }`;
      self.set(key, (self.get(key) ?? 0) + hits);
    }
    const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 40);
    for (const [k, v] of top) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  });
}
