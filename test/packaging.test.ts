// Every package is publishable as it stands: built ESM + CJS + types, an exports map,
// sideEffects: false, a README, and clean publint --strict and are-the-types-wrong reports.
//
// Both tools read the tarball a user would install, and each packed it itself: publint listed the
// files with `pnpm pack --dry-run`, are-the-types-wrong (`--pack`) wrote one with `npm pack`, 16
// package-manager processes in all (~40 s of CPU of the file's ~64 s). One `pnpm pack` of every
// package (what publint's own packing picks in this workspace; the same files as `npm pack`'s)
// now writes the tarballs in one process, and both tools read those.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, explain, run, workspaceDirs } from './workspace.js';

const packages = workspaceDirs('packages');

/** Each package's tarball by name, packed once in `beforeAll`. */
const tarballs = new Map<string, string>();
const packed = mkdtempSync(join(tmpdir(), 'meridian-pack-'));

beforeAll(async () => {
  const result = await run('pnpm', [
    '--filter',
    './packages/*',
    'pack',
    '--pack-destination',
    packed,
    '--json',
  ]);
  expect(result.code, explain(result)).toBe(0);
  for (const { name, filename } of JSON.parse(result.stdout) as {
    name: string;
    filename: string;
  }[]) {
    tarballs.set(name, filename);
  }
}, 300_000);

afterAll(() => rmSync(packed, { recursive: true, force: true }));

/** The package's tarball, or a failed assertion that names it. */
function tarballOf(name: string): string {
  const file = tarballs.get(name);
  expect(file, `a tarball of ${name}`).toBeDefined();
  return file as string;
}

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
    const result = await run(bin('publint'), ['run', '--strict', tarballOf(pkg.name)]);
    expect(result.code, explain(result)).toBe(0);
  });

  it('passes are-the-types-wrong', async () => {
    const result = await run(bin('attw'), [tarballOf(pkg.name), '--format', 'ascii']);
    expect(result.code, explain(result)).toBe(0);
  });
});
