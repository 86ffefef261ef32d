import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// Two public entries: the evaluator (`@meridian-cx/returns`) and the statutory regimes' notes
// (`@meridian-cx/returns/notes`), kept apart so that the evaluator's bundle carries no prose.
export default defineConfig(
  packageConfig({
    entries: ['src/index.ts', 'src/notes.ts'],
    // CommonJS: both entries share one chunk, so the regimes of /notes are the main entry's own.
    cjs: { splitting: true },
  }),
);
