// What an app bundler sees. Every built package bundles for the browser with no Node built-in,
// and `sideEffects: false` plus per-module ESM lets an app that never validates leave zod out.
// Sizes are asserted only as ceilings that catch a regression in tree-shaking, never as goals.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, workspaceDirs } from './workspace.js';

async function bundle(contents: string, platform: 'browser' | 'node' = 'browser') {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  // Files that contribute bytes to the output: esbuild also lists inputs it parsed then shook off.
  const inputs = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  );
  const imports = Object.values(result.metafile.inputs).flatMap((i) =>
    i.imports.filter((x) => x.external && x.path !== '<runtime>').map((x) => x.path),
  );
  return { bytes: file?.contents.byteLength ?? 0, inputs, imports };
}

describe('bundling for the browser', () => {
  it.each(workspaceDirs('packages').map((p) => [p.pkg.name, p.dir] as const))(
    '%s bundles with no Node built-in',
    async (_name, dir) => {
      const entry = join(dir, 'dist', 'index.js');
      // platform 'browser' fails the build on any Node built-in; anything else left external is
      // reported (esbuild's own '<runtime>' helpers for CommonJS dependencies excepted).
      const { imports } = await bundle(
        `import * as pkg from ${JSON.stringify(entry)}; console.log(pkg);`,
      );
      expect(imports).toEqual([]);
    },
  );

  it('drops zod from an app that only does money arithmetic', async () => {
    const entry = join(root, 'packages', 'core', 'dist', 'index.js');
    const { inputs, bytes } = await bundle(
      `import { add, allocate, convert, format, money, multiply } from ${JSON.stringify(entry)};
       console.log(add, allocate, convert, format, money, multiply);`,
    );
    expect(inputs.some((i) => i.includes('/zod/'))).toBe(false);
    expect(bytes).toBeLessThan(40_000);
  });

  it('keeps zod when the app validates', async () => {
    const entry = join(root, 'packages', 'core', 'dist', 'index.js');
    const { inputs } = await bundle(
      `import { parseMoney } from ${JSON.stringify(entry)}; console.log(parseMoney);`,
    );
    expect(inputs.some((i) => i.includes('/zod/'))).toBe(true);
  });
});
