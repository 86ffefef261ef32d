// Bad input never crashes, hangs or misleads. Every runtime export of every package (this one and
// every later one: they are discovered, not listed) is called with hostile values in a child
// process bounded in time and memory. The only acceptable outcomes are a result with no NaN in it
// or a MeridianError/ValidationError; a TypeError, a hang or a dead process is a finding.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, workspaceDirs } from '../workspace.js';
import { fuzzPackage } from './harness.js';

// Every public entry: each package's main entry and its subpaths (tone/text, metrics/stats…).
const packages = workspaceDirs('packages').flatMap((p) => {
  const name = p.pkg.name.replace('@meridian-cx/', '');
  const subpaths = Object.keys(p.pkg.exports ?? {}).filter(
    (k) => k !== '.' && k !== './package.json',
  );
  return [name, ...subpaths.map((k) => `${name}/${k.slice(2)}`)];
});

describe('fuzz: every export answers hostile input with a result or a MeridianError', () => {
  it.each(packages)(
    '@meridian-cx/%s',
    async (pkg) => {
      const report = await fuzzPackage(pkg);
      mkdirSync(join(root, 'reports'), { recursive: true });
      writeFileSync(
        join(root, 'reports', `fuzz-${pkg.replace('/', '-')}.json`),
        JSON.stringify(report, null, 2),
      );
      console.log(
        `fuzz ${pkg}: ${report.exports} callables, ${report.calls} calls (${report.errors} clear errors), ` +
          `${report.findings.length} findings, ${(report.ms / 1000).toFixed(1)} s`,
      );
      const shown = report.findings
        .slice(0, 30)
        .map((f) => `${f.export}(${f.input}): ${f.problem}`)
        .join('\n');
      expect(report.findings.length, shown).toBe(0);
    },
    600_000,
  );
});
