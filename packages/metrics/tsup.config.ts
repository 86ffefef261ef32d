import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// Two public entries: the main one and the statistics subpath (`@meridian-cx/metrics/stats`).
const entries = ['src/index.ts', 'src/stats.ts'];

export default defineConfig(
  packageConfig().map((options) => ({
    ...options,
    dts: { entry: entries },
    // CommonJS: both entries share one chunk, so `compareSurveys` from /stats and the
    // accumulators from the main entry are the same classes (instanceof holds).
    ...(options.format?.includes('cjs') ? { entry: entries, splitting: true } : {}),
  })),
);
