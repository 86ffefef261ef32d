import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// Two public entries: replies (`@meridian-cx/tone`) and text hygiene (`@meridian-cx/tone/text`).
// intl-messageformat and @formatjs/* ship ESM only. The ESM build imports them as they are; the
// CommonJS build bundles them in, so that `require('@meridian-cx/tone')` works on Node 20, where
// require() of an ES module is not available by default.
export default defineConfig(
  packageConfig({
    entries: ['src/index.ts', 'src/text.ts'],
    cjs: { splitting: true, noExternal: ['intl-messageformat', /^@formatjs\//] },
  }),
);
