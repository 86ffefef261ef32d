import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// The shared config builds the main entry; the date-holidays adapter is a second public entry
// (`@meridian-cx/coverage/date-holidays`), so it gets its own declarations and CommonJS file.
const entries = ['src/index.ts', 'src/date-holidays.ts'];

export default defineConfig(
  packageConfig().map((options) => ({
    ...options,
    dts: { entry: entries },
    ...(options.format?.includes('cjs') ? { entry: entries } : {}),
  })),
);
