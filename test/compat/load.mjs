// Loads every built package through ESM import and CJS require and checks a few behaviours
// that depend on the runtime (Intl, BigInt, string formatting).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const packages = readdirSync(join(root, 'packages')).filter((p) =>
  existsSync(join(root, 'packages', p, 'dist', 'index.js')),
);
assert.ok(packages.includes('core'), 'core is built');

// Every public entry: the main one and each subpath of the exports map (tone/text, metrics/stats…).
let entries = 0;
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== 'object' || !target.import) continue;
    const esmFile = join(dir, target.import.default);
    const cjsFile = join(dir, target.require.default);
    const esm = await import(pathToFileURL(esmFile).href);
    const cjs = require(cjsFile);
    const what = `${name}${subpath === '.' ? '' : subpath.slice(1)}`;
    assert.ok(Object.keys(esm).length > 0, `${what}: ESM exports`);
    assert.deepEqual(
      Object.keys(esm).sort(),
      Object.keys(cjs).sort(),
      `${what}: ESM and CJS agree`,
    );
    entries++;
  }
}

const core = require(join(root, 'packages', 'core', 'dist', 'index.cjs'));
const shares = core.allocate(core.money(1000, 'EUR'), [1, 1, 1]).map((m) => m.amount);
assert.deepEqual(shares, [334, 333, 333]);
assert.equal(core.format(core.money(1999, 'JPY'), 'ja-JP'), '￥1,999');
assert.equal(core.format(core.money(9007199254740991, 'EUR'), 'en-US'), '€90,071,992,547,409.91');
assert.match(core.format(core.money(125000, 'IRR'), 'fa-IR'), /[۰-۹]/);
assert.equal(
  core.multiply(core.money(900719925474099, 'EUR'), '9.99', { rounding: 'half-even' }).amount,
  8998192055486249,
);
// An error thrown by one copy of core is recognised by the other (checked by brand, not by
// prototype): an app that loads the ESM build next to a CJS dependency's copy still catches it.
const coreEsm = await import(
  pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href
);
let thrown;
try {
  core.parseMoney({ amount: 1.5, currency: 'EUR' });
} catch (e) {
  thrown = e;
}
assert.ok(thrown instanceof coreEsm.ValidationError, 'CJS ValidationError instanceof ESM class');
assert.ok(thrown instanceof coreEsm.MeridianError, 'CJS error instanceof ESM MeridianError');
assert.ok(
  !(new Error('x') instanceof coreEsm.MeridianError),
  'a plain Error is not a MeridianError',
);
// redact reads a phone number through libphonenumber-js's metadata, whose CommonJS entry of
// "libphonenumber-js/max" exports no Metadata (its ESM entry does): the CJS build threw
// "Metadata is not a constructor" on every text with a phone-like number, which loading alone
// did not show (T66b, session 47). Both builds must redact the same way.
if (packages.includes('privacy')) {
  const dir = join(root, 'packages', 'privacy', 'dist');
  const text = 'Call me on +44 20 7946 0018 or mail jo@example.com';
  const viaRequire = require(join(dir, 'index.cjs')).redact(text, { locale: 'en-GB' }).text;
  const viaImport = (await import(pathToFileURL(join(dir, 'index.js')).href)).redact(text, {
    locale: 'en-GB',
  }).text;
  assert.equal(viaImport, 'Call me on [PHONE] or mail [EMAIL]');
  assert.equal(viaRequire, viaImport, 'privacy: CJS and ESM redact alike');
}
console.log(
  `node ${process.version}: ${packages.length} packages, ${entries} entries load through import and require`,
);
