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

export function packageConfig(): Options[] {
  return [
    {
      entry: sources,
      format: ['esm'],
      bundle: false,
      dts: { entry: 'src/index.ts' },
      clean: true,
      sourcemap: true,
      target: 'es2022',
    },
    {
      entry: ['src/index.ts'],
      format: ['cjs'],
      dts: { entry: 'src/index.ts' },
      sourcemap: true,
      target: 'es2022',
    },
  ];
}
