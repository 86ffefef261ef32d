// Every project in examples/ runs as a user would run it (its `start` script: tsx with the
// source condition), exits 0 and prints something.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, explain, run, workspaceDirs } from './workspace.js';

const examples = workspaceDirs('examples');

describe.each(examples)('$pkg.name', ({ dir, pkg }) => {
  it('runs to completion', async () => {
    expect(pkg.scripts?.start, 'a start script').toContain('src/index.ts');
    const result = await run(
      bin('tsx'),
      ['--conditions=@meridian-cx/source', join(dir, 'src', 'index.ts')],
      {
        cwd: dir,
      },
    );
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(/Error|Warning/);
  });
});
