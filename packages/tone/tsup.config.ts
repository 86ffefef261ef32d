import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// intl-messageformat and @formatjs/* ship ESM only. The ESM build imports them as they are; the
// CommonJS build bundles them in, so that `require('@meridian-cx/tone')` works on Node 20, where
// require() of an ES module is not available by default.
const [esm, cjs] = packageConfig();
export default defineConfig([
  esm ?? {},
  { ...cjs, noExternal: ['intl-messageformat', /^@formatjs\//] },
]);
