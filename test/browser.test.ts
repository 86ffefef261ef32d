// The built packages in a real browser: headless Chromium (Debian's package, installed by
// .ci/run) loads an esbuild bundle of every package and runs checks whose results depend on the
// engine: Intl formatting, BigInt, exact decimal strings in NumberFormat.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, workspaceDirs } from './workspace.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const packages = workspaceDirs('packages');

const page = `
import * as core from ${JSON.stringify(join(root, 'packages/core/dist/index.js'))};
${packages.map((p, i) => `import * as pkg${i} from ${JSON.stringify(join(p.dir, 'dist/index.js'))};`).join('\n')}
const results = {
  exports: { ${packages.map((p, i) => `${JSON.stringify(p.pkg.name)}: Object.keys(pkg${i}).length`).join(', ')} },
  allocate: core.allocate(core.money(1000, 'EUR'), [1, 1, 1]).map((m) => m.amount),
  yen: core.format(core.money(1999, 'JPY'), 'ja-JP'),
  big: core.format(core.money(9007199254740991, 'EUR'), 'en-US'),
  persianDigits: /[۰-۹]/.test(core.format(core.money(125000, 'IRR'), 'fa-IR')),
  multiply: core.multiply(core.money(900719925474099, 'EUR'), '9.99', { rounding: 'half-even' }).amount,
  zone: core.isTimeZone('Asia/Tokyo') && !core.isTimeZone('Mars/Base'),
};
document.body.setAttribute('data-results', JSON.stringify(results));
`;

function dumpDom(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      chromium as string,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'meridian-chromium-'))}`,
        '--virtual-time-budget=5000',
        '--dump-dom',
        `file://${file}`,
      ],
      { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout) => (error && !stdout ? reject(error) : resolve(String(stdout))),
    );
  });
}

describe.skipIf(!chromium)('in headless Chromium', () => {
  it('loads every package and computes as Node does', async () => {
    const out = await build({
      stdin: { contents: page, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const dir = mkdtempSync(join(tmpdir(), 'meridian-page-'));
    writeFileSync(join(dir, 'bundle.js'), out.outputFiles[0]?.text ?? '');
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body><script src="bundle.js"></script></body>',
    );
    const dom = await dumpDom(join(dir, 'index.html'));
    const match = /data-results="([^"]*)"/.exec(dom);
    expect(match, `no results in the page:\n${dom.slice(0, 2000)}`).not.toBeNull();
    const results = JSON.parse(
      (match?.[1] ?? '{}').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
    );
    for (const p of packages) expect(results.exports[p.pkg.name], p.pkg.name).toBeGreaterThan(0);
    expect(results).toMatchObject({
      allocate: [334, 333, 333],
      yen: '￥1,999',
      big: '€90,071,992,547,409.91',
      persianDigits: true,
      multiply: 8998192055486249,
      zone: true,
    });
  }, 120_000);
});

if (!chromium) {
  console.warn(
    'test/browser.test.ts: no Chromium at /usr/bin/chromium; .ci/run installs it with apt-get.',
  );
}
