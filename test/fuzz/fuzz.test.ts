// Bad input never crashes, hangs or misleads. Every runtime export of every package (this one and
// every later one: they are discovered, not listed) is called with hostile values in a child
// process bounded in time and memory. The only acceptable outcomes are a result with no NaN in it
// or a MeridianError/ValidationError; a TypeError, a hang or a dead process is a finding.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, workspaceDirs } from '../workspace.js';
import type { ChildMessage } from './child.js';

// Every public entry: each package's main entry and its subpaths (tone/text, metrics/stats…).
const packages = workspaceDirs('packages').flatMap((p) => {
  const name = p.pkg.name.replace('@meridian-cx/', '');
  const subpaths = Object.keys(p.pkg.exports ?? {}).filter(
    (k) => k !== '.' && k !== './package.json',
  );
  return [name, ...subpaths.map((k) => `${name}/${k.slice(2)}`)];
});
// A call that answers in none of this is a hang: 55 s for a far instant was the bug that made
// this bound; ordinary calls take microseconds. Generous, since CI machines are shared.
const callTimeoutMs = Number(process.env.FUZZ_CALL_TIMEOUT_MS ?? 4_000);
const memoryMb = 512;

/** How to run the one call again: the child takes the export and the input's index. */
function reproduce(pkg: string, at: { exp: string; i: number }): string {
  return `input #${at.i}; rerun: FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 40} npx tsx --conditions=@meridian-cx/source test/fuzz/child.ts ${pkg} '${at.exp}' ${at.i}`;
}

type Finding = { export: string; input: string; problem: string };
type Report = {
  pkg: string;
  exports: number;
  calls: number;
  errors: number;
  ms: number;
  findings: Finding[];
};

function fuzzPackage(pkg: string): Promise<Report> {
  const report: Report = { pkg, exports: 0, calls: 0, errors: 0, ms: 0, findings: [] };
  const t0 = Date.now();
  const retried = new Set<string>();
  return new Promise((resolve) => {
    const launch = (fromExport = '', fromInput = 0) => {
      const child = fork(
        join(root, 'test', 'fuzz', 'child.ts'),
        [pkg, fromExport, String(fromInput)],
        {
          cwd: root,
          execArgv: [
            '--import',
            'tsx',
            '--conditions=@meridian-cx/source',
            `--max-old-space-size=${memoryMb}`,
          ],
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        },
      );
      let current: Extract<ChildMessage, { t: 'start' }> | undefined;
      let ended = false;
      let stderr = '';
      child.stderr?.on('data', (d) => {
        stderr = (stderr + String(d)).slice(-2_000);
      });
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (current) {
            report.findings.push({
              export: current.exp,
              input: reproduce(pkg, current),
              problem: `no answer within ${callTimeoutMs} ms (hang or unbounded work)`,
            });
          }
          child.kill('SIGKILL');
        }, callTimeoutMs);
      };
      child.on('message', (m: ChildMessage) => {
        if (m.t === 'plan') report.exports = m.exports;
        else if (m.t === 'start') {
          current = m;
          arm();
        } else if (m.t === 'done') {
          clearTimeout(timer);
          report.calls++;
          if (m.outcome === 'meridian-error') report.errors++;
          if (m.outcome.startsWith('bad')) {
            report.findings.push({
              export: m.exp,
              input: m.input ?? reproduce(pkg, m),
              problem: m.detail ?? m.outcome,
            });
          }
          current = undefined;
        } else if (m.t === 'end') ended = true;
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (ended) {
          report.ms = Date.now() - t0;
          resolve(report);
          return;
        }
        if (current === undefined) {
          report.findings.push({
            export: '(load)',
            input: '',
            problem: `exited ${code ?? signal}: ${stderr}`,
          });
          report.ms = Date.now() - t0;
          resolve(report);
          return;
        }
        // A clean exit (code 0, nothing on stderr) in the middle of a run has been seen once on a
        // loaded CI machine and never reproduced from the same input: relaunch at that input once;
        // a real crash dies there again and is reported then.
        const key = `${current.exp}#${current.i}`;
        if (code === 0 && stderr.trim() === '' && !retried.has(key)) {
          retried.add(key);
          launch(current.exp, current.i);
          return;
        }
        if (signal !== 'SIGKILL') {
          report.findings.push({
            export: current.exp,
            input: reproduce(pkg, current),
            problem: `process died (${code ?? signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
          });
        }
        // Leave the export that crashed or hung (one finding is enough) and go on with the next.
        launch(current.exp, Number.MAX_SAFE_INTEGER);
      });
    };
    launch();
  });
}

describe('fuzz: every export answers hostile input with a result or a MeridianError', () => {
  it.each(packages)(
    '@meridian-cx/%s',
    async (pkg) => {
      const report = await fuzzPackage(pkg);
      mkdirSync(join(root, 'reports'), { recursive: true });
      writeFileSync(
        join(root, 'reports', `fuzz-${pkg.replace('/', '-')}.json`),
        JSON.stringify(report, null, 2),
      );
      console.log(
        `fuzz ${pkg}: ${report.exports} callables, ${report.calls} calls (${report.errors} clear errors), ` +
          `${report.findings.length} findings, ${(report.ms / 1000).toFixed(1)} s`,
      );
      const shown = report.findings
        .slice(0, 30)
        .map((f) => `${f.export}(${f.input}): ${f.problem}`)
        .join('\n');
      expect(report.findings.length, shown).toBe(0);
    },
    600_000,
  );
});
