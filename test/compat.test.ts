// The built packages (dist, no source condition) under Node 22 and 24, fetched from the npm
// registry's `node` package, so a Node-20-only API or newer syntax slipping in is caught: every
// public entry (subpaths included) loads through import and require, and the tour, which composes
// every package on realistic data, runs against dist. The other examples run on Node 20 in
// examples.test.ts; running each of them again under two more Nodes cost two minutes of the
// suite and exercised no package code that the tour does not.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explain, root, run } from './workspace.js';

const versions = ['22', '24'];
const tour = join(root, 'examples', 'tour');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const env = { npm_config_update_notifier: 'false', NODE_OPTIONS: '' };

describe.each(versions)('Node %s', (version) => {
  // npx resolves the `node` package once; the tests then start that binary directly.
  let node = '';
  beforeAll(async () => {
    const found = await run(
      'npx',
      ['--yes', '-p', `node@${version}`, '--', 'node', '-p', 'process.execPath'],
      { timeout: 240_000, env },
    );
    expect(found.code, explain(found)).toBe(0);
    node = found.stdout.trim().split('\n').at(-1) ?? '';
  }, 300_000);

  it('loads every built entry through import and require', async () => {
    const result = await run(node, [join(root, 'test', 'compat', 'load.mjs')], { env });
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout).toContain(`node v${version}.`);
  });

  it('runs the tour against dist', async () => {
    const result = await run(node, ['--import', tsx, join(tour, 'src', 'index.ts')], {
      cwd: tour,
      env,
    });
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
  });
});
