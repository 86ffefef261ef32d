import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// Two public entries: the evaluator (`@meridian-cx/returns`) and the statutory regimes' notes
// (`@meridian-cx/returns/notes`), kept apart so that the evaluator's bundle carries no prose.
const entries = ['src/index.ts', 'src/notes.ts'];

export default defineConfig(
  packageConfig().map((options) => ({
    ...options,
    dts: { entry: entries },
    // CommonJS: both entries share one chunk, so the regimes of /notes are the main entry's own.
    ...(options.format?.includes('cjs') ? { entry: entries, splitting: true } : {}),
  })),
);
