// Every package is publishable as it stands: built ESM + CJS + types, an exports map,
// sideEffects: false, a README, and clean publint --strict and are-the-types-wrong reports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, explain, run, workspaceDirs } from './workspace.js';

const packages = workspaceDirs('packages');

describe.each(packages)('$pkg.name', ({ dir, pkg }) => {
  it('declares what a published package needs', () => {
    expect(pkg.name).toMatch(/^@meridian-cx\/[a-z-]+$/);
    expect(pkg.private).not.toBe(true);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe('MIT');
    expect(pkg.files).toContain('dist');
    expect(Object.keys(pkg.exports ?? {})).toContain('.');
    expect(existsSync(join(dir, 'README.md')), 'README.md').toBe(true);
    const internal = Object.keys(pkg.dependencies ?? {}).filter(
      (d) => d.startsWith('@meridian-cx/') && d !== '@meridian-cx/core',
    );
    expect(internal, 'packages depend on core at most').toEqual([]);
  });

  it('is built: ESM, CJS and declarations', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(join(dir, 'dist', file)), `dist/${file} (run pnpm build)`).toBe(true);
    }
  });

  it('passes publint --strict', async () => {
    const result = await run(bin('publint'), ['--strict'], { cwd: dir });
    expect(result.code, explain(result)).toBe(0);
  });

  it('passes are-the-types-wrong', async () => {
    const result = await run(bin('attw'), ['--pack', '.', '--format', 'ascii'], { cwd: dir });
    expect(result.code, explain(result)).toBe(0);
  });
});
