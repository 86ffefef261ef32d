// Every benchmark still runs (at a thousandth of its size): a bench that rots is worse than none.
// Times are printed by the bench, never asserted here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, explain, root, run } from './workspace.js';

const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));

describe('bench smoke', () => {
  it.each(benches)('%s runs at BENCH_SCALE=0.001', async (name) => {
    const result = await run(bin('tsx'), ['--conditions=@meridian-cx/source', 'run.ts', name], {
      cwd: join(root, 'bench'),
      env: { BENCH_SCALE: '0.001' },
      timeout: 180_000,
    });
    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout).toMatch(/×|ops|events|responses|MB\/s/);
  });
});
