import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// Two public entries: the main one and the statistics subpath (`@meridian-cx/metrics/stats`).
export default defineConfig(
  packageConfig({
    entries: ['src/index.ts', 'src/stats.ts'],
    // CommonJS: both entries share one chunk, so `compareSurveys` from /stats and the
    // accumulators from the main entry are the same classes (instanceof holds).
    cjs: { splitting: true },
  }),
);
