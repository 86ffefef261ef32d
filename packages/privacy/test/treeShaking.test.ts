// One imported regime, one regime in the bundle: what a browser app gets from
// `import { requestDeadline, EU_GDPR }`, bundled from source the way an app bundler would.
import { fileURLToPath } from 'node:url';
import { REGIMES } from '@meridian-cx/privacy';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from '@meridian-cx/privacy'; console.log(${names});`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@meridian-cx/source'],
    external: [
      'zod',
      'zod/*',
      '@meridian-cx/core',
      'libphonenumber-js',
      'libphonenumber-js/*',
      'ibantools',
    ],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
// A regime's data starts with its id property; ids.ts lists the ids alone, not as `id: …`.
const carried = (code: string) =>
  REGIMES.filter((r) => new RegExp(`\\bid: ["'\`]${r.id}["'\`]`).test(code));

describe('a bundle carries the regimes it imports, and only those', () => {
  it('requestDeadline alone carries none', async () => {
    expect(carried(await bundle('requestDeadline'))).toEqual([]);
  });
  it('requestDeadline with EU_GDPR and US_CA_CCPA carries those two', async () => {
    const ids = carried(await bundle('requestDeadline, EU_GDPR, US_CA_CCPA')).map((r) => r.id);
    expect(ids).toEqual(['eu-gdpr', 'us-ca-ccpa']);
  });
  it('regimeById and applicableRegimes carry the whole table, as documented', async () => {
    expect(carried(await bundle('regimeById'))).toHaveLength(REGIMES.length);
    expect(carried(await bundle('applicableRegimes'))).toHaveLength(REGIMES.length);
  });
});
