// The built packages (dist, no source condition) under Node 22 and 24, fetched from the npm
// registry's `node` package, so a Node-20-only API or newer syntax slipping in is caught: every
// package loads through import and require, and every example runs against dist.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, root, run, workspaceDirs } from './workspace.js';

const versions = ['22', '24'];
const examples = workspaceDirs('examples');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');

function node(version: string, args: readonly string[], cwd = root) {
  return run('npx', ['--yes', '-p', `node@${version}`, '--', 'node', ...args], {
    cwd,
    timeout: 240_000,
    env: { npm_config_update_notifier: 'false', NODE_OPTIONS: '' },
  });
}

describe.each(versions)('Node %s', (version) => {
  it('loads every built package through import and require', async () => {
    const result = await node(version, [join(root, 'test', 'compat', 'load.mjs')]);
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout).toContain(`node v${version}.`);
  });

  it.each(examples.map((e) => [e.pkg.name, e.dir] as const))(
    'runs %s against dist',
    async (_name, dir) => {
      const result = await node(version, ['--import', tsx, join(dir, 'src', 'index.ts')], dir);
      expect(result.code, explain(result)).toBe(0);
    },
  );
});
