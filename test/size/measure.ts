// Bundle one import of a built package the way an app bundler would (esbuild, minified, browser,
// ESM, tree-shaken) and weigh it gzipped: with every dependency, and the package's own code alone.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from '../workspace.js';

export type Weight = {
  /** Gzipped bytes with every dependency bundled (zod, luxon, core…). */
  readonly all: number;
  /** Gzipped bytes of the package's own code: every bare import left external. */
  readonly own: number;
  /** Minified bytes per dependency, largest first, for the message when a budget fails. */
  readonly by: readonly (readonly [string, number])[];
};

function entryFile(pkg: string, subpath: string): string {
  const name = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
  return join(root, 'packages', pkg, 'dist', `${name}.js`);
}

async function bundle(contents: string, external: string[]) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
  });
  const file = result.outputFiles[0];
  return { bytes: file?.contents ?? new Uint8Array(), meta: result.metafile };
}

/** Weigh `import { name } from '@meridian-cx/<pkg>[/subpath]'` (or the whole entry for `*`). */
export async function weigh(pkg: string, subpath: string, name: string): Promise<Weight> {
  const file = JSON.stringify(entryFile(pkg, subpath));
  const contents =
    name === '*'
      ? `import * as m from ${file}; console.log(m);`
      : `import { ${name} } from ${file}; console.log(${name});`;
  // `buffer`: iconv-lite (behind tone/text only) needs Node's Buffer; a browser app adds a polyfill.
  const all = await bundle(contents, ['buffer']);
  const own = await bundle(contents, [
    'zod',
    'zod/*',
    'luxon',
    '@meridian-cx/*',
    '@formatjs/*',
    'intl-messageformat',
    'iconv-lite',
    'libphonenumber-js',
    'libphonenumber-js/*',
    'ibantools',
    'date-holidays',
  ]);
  const by = new Map<string, number>();
  for (const output of Object.values(all.meta.outputs)) {
    for (const [input, v] of Object.entries(output.inputs)) {
      const m = input.match(/node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@/);
      const key = m ? (m[1] as string).replace('+', '/') : input.split('/').slice(0, 2).join('/');
      by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
    }
  }
  return {
    all: gzipSync(all.bytes).byteLength,
    own: gzipSync(own.bytes).byteLength,
    by: [...by.entries()].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]),
  };
}
