import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// The shared config builds the main entry; the date-holidays adapter is a second public entry
// (`@meridian-cx/coverage/date-holidays`), so it gets its own declarations and CommonJS file.
export default defineConfig(packageConfig({ entries: ['src/index.ts', 'src/date-holidays.ts'] }));
