import { gzipSync } from 'node:zlib';
import { build } from 'esbuild'; // run from the repository root: node packages/metrics/scripts/size.mjs

const cases = [
  ['CsatAccumulator', '/work/main/packages/metrics/dist/index.js'],
  ['TicketAccumulator', '/work/main/packages/metrics/dist/index.js'],
  ['proportionEstimate', '/work/main/packages/metrics/dist/stats.js'],
  ['compareSurveys', '/work/main/packages/metrics/dist/stats.js'],
];
for (const [n, from] of cases) {
  for (const conditions of [[], ['@meridian-cx/source']]) {
    const r = await build({
      stdin: {
        contents: `import {${n}} from '${from}'; console.log(${n});`,
        resolveDir: '/work/main/packages/metrics',
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      conditions,
    });
    const bytes = r.outputFiles[0].contents;
    const ins = Object.entries(Object.values(r.metafile.outputs)[0].inputs).filter(
      ([, v]) => v.bytesInOutput > 0,
    );
    const by = {};
    for (const [k, v] of ins) {
      const m = k.match(/node_modules\/\.pnpm\/([^/]+)/);
      const key = m
        ? m[1].replace(/@[\d.]+.*$/, '')
        : k.includes('packages/metrics')
          ? 'metrics'
          : k.includes('packages/core')
            ? 'core'
            : k;
      by[key] = (by[key] || 0) + v.bytesInOutput;
    }
    // Own code gzipped alone: bundle again with everything but metrics external.
    const own = await build({
      stdin: {
        contents: `import {${n}} from '${from}'; console.log(${n});`,
        resolveDir: '/work/main/packages/metrics',
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      conditions,
      external: ['@meridian-cx/core', 'zod', 'zod/*', 'luxon'],
    });
    console.log(
      n,
      conditions.join(',') || 'dist',
      (bytes.length / 1024).toFixed(1),
      'KiB min',
      (gzipSync(bytes).length / 1024).toFixed(1),
      'KiB gz; own',
      (gzipSync(own.outputFiles[0].contents).length / 1024).toFixed(1),
      'KiB gz',
      JSON.stringify(
        Object.fromEntries(Object.entries(by).map(([k, v]) => [k, (v / 1024).toFixed(1)])),
      ),
    );
  }
}
