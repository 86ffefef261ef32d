// The property tests must not depend on the process's own time zone: run them again in child
// processes under three zones chosen to break naive code (UTC; Pacific/Chatham, +12:45/+13:45;
// America/St_Johns, −03:30/−02:30). The three children run side by side to keep the wall time low.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const files = [
  'packages/coverage/test/calendar.prop.test.ts',
  'packages/coverage/test/coverage.prop.test.ts',
  'packages/coverage/test/contact.prop.test.ts',
];
const zones = ['UTC', 'Pacific/Chatham', 'America/St_Johns'] as const;

function runUnder(tz: string): Promise<{ tz: string; code: number | null; output: string }> {
  return new Promise((done) => {
    // `npx vitest run --project unit <files>`, without npx's start-up, in one worker that imports
    // the package once for all three files.
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const args = ['run', '--project', 'unit', '--reporter=dot', '--maxWorkers=1', '--no-isolate'];
    const child = spawn(process.execPath, [vitest, ...args, ...files], {
      cwd: root,
      env: { ...process.env, TZ: tz, COVERAGE_PROP_RUNS: '12' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('close', (code) => done({ tz, code, output }));
  });
}

it('the property tests pass under TZ=UTC, Pacific/Chatham and America/St_Johns', async () => {
  const results = await Promise.all(zones.map(runUnder));
  for (const r of results) {
    expect(r.code, `TZ=${r.tz}\n${r.output}`).toBe(0);
    expect(r.output).toMatch(/9 passed/);
  }
}, 420_000);
