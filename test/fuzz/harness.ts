// The parent side of the fuzz suite: fork child.ts for one public entry, follow its calls over IPC
// and turn hangs, crashes, early exits and bad outcomes into findings.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../workspace.js';
import type { ChildMessage } from './child.js';

// A call that answers in none of this is a hang: 55 s for a far instant was the bug that made
// this bound; ordinary calls take microseconds. Generous, since CI machines are shared.
const callTimeoutMs = Number(process.env.FUZZ_CALL_TIMEOUT_MS ?? 4_000);
const memoryMb = 512;

export type Finding = { export: string; input: string; problem: string };
export type Report = {
  pkg: string;
  exports: number;
  calls: number;
  errors: number;
  ms: number;
  findings: Finding[];
};

export type FuzzOptions = {
  /** Environment for the child on top of this process's (FUZZ_RUNS, FUZZ_SEED…). */
  env?: NodeJS.ProcessEnv;
  /**
   * Busy-wait this long on the child's first message, as a parent on a loaded machine falls
   * behind: the harness test uses it to check that the parent still receives every outcome.
   */
  stallMs?: number;
};

/** How to run the one call again: the child takes the export and the input's index. */
function reproduce(pkg: string, at: { exp: string; i: number }, runs: string): string {
  return `input #${at.i}; rerun: FUZZ_RUNS=${runs} npx tsx --conditions=@meridian-cx/source test/fuzz/child.ts ${pkg} '${at.exp}' ${at.i}`;
}

function stall(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // a parent busy elsewhere, not reading the channel
  }
}

/** Fuzz every export of one public entry (`core`, `tone/text`…) in child processes. */
export function fuzzPackage(pkg: string, options: FuzzOptions = {}): Promise<Report> {
  const report: Report = { pkg, exports: 0, calls: 0, errors: 0, ms: 0, findings: [] };
  const env = { ...process.env, ...options.env };
  const runs = env.FUZZ_RUNS ?? '40';
  const t0 = Date.now();
  const finish = (resolve: (r: Report) => void) => {
    report.ms = Date.now() - t0;
    resolve(report);
  };
  return new Promise((resolve) => {
    const launch = (fromExport = '', fromInput = 0) => {
      const child = fork(
        join(root, 'test', 'fuzz', 'child.ts'),
        [pkg, fromExport, String(fromInput)],
        {
          cwd: root,
          env,
          execArgv: [
            '--import',
            'tsx',
            '--conditions=@meridian-cx/source',
            `--max-old-space-size=${memoryMb}`,
          ],
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        },
      );
      // The call running (between its start and done), and the last one started.
      let current: Extract<ChildMessage, { t: 'start' }> | undefined;
      let last: typeof current;
      let planned = false;
      let ended = false;
      // Outcomes received from this child, checked against the count it sends at its end.
      let received = 0;
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
              input: reproduce(pkg, current, runs),
              problem: `no answer within ${callTimeoutMs} ms (hang or unbounded work)`,
            });
          }
          child.kill('SIGKILL');
        }, callTimeoutMs);
      };
      child.on('message', (m: ChildMessage) => {
        if (m.t === 'plan') {
          if (options.stallMs) stall(options.stallMs);
          planned = true;
          report.exports = m.exports;
        } else if (m.t === 'start') {
          current = m;
          last = m;
          arm();
        } else if (m.t === 'done') {
          clearTimeout(timer);
          received++;
          report.calls++;
          if (m.outcome === 'meridian-error') report.errors++;
          if (m.outcome.startsWith('bad')) {
            report.findings.push({
              export: m.exp,
              input: m.input ?? reproduce(pkg, m, runs),
              problem: m.detail ?? m.outcome,
            });
          }
          current = undefined;
        } else if (m.t === 'end') {
          ended = true;
          if (m.calls !== received) {
            report.findings.push({
              export: '(harness)',
              input: '',
              problem: `the child made ${m.calls} calls but the parent received ${received} outcomes (IPC messages lost)`,
            });
          }
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        const said = stderr.trim().split('\n').slice(-12).join(' | ');
        if (ended) {
          if (code !== 0) {
            report.findings.push({
              export: '(after the run)',
              input: '',
              problem: `exited (${code ?? signal}) after its last call: ${said}`,
            });
          }
          return finish(resolve);
        }
        if (!planned || last === undefined) {
          report.findings.push({
            export: '(load)',
            input: '',
            problem: `exited ${code ?? signal}: ${said}`,
          });
          return finish(resolve);
        }
        // A hang was reported by the timer; any other exit before the end is a finding, a clean
        // one (code 0) included: the child's exit handler says on stderr who called process.exit.
        if (signal !== 'SIGKILL') {
          report.findings.push({
            export: last.exp,
            input: reproduce(pkg, last, runs),
            problem:
              current === undefined
                ? `process exited (${code ?? signal}) after this call, in work it deferred: ${said}`
                : `process exited (${code ?? signal}) during the call: ${said}`,
          });
        }
        // Leave the export that crashed or hung (one finding is enough) and go on with the next;
        // a method of what it returned (`createX→isOpen`) is left with it.
        launch(last.exp.split('→')[0] as string, Number.MAX_SAFE_INTEGER);
      });
    };
    launch();
  });
}
