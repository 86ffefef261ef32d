// The harness itself: a parent that falls behind its child must still see every call's outcome.
// The child's loop never returns to the event loop, so once the IPC pipe was full its messages
// waited in a queue that the disconnect at the end dropped: in CI the core child seemed to exit
// cleanly mid-run (code 0, empty stderr) at a point that moved from run to run.
import { describe, expect, it } from 'vitest';
import { fuzzPackage } from './harness.js';

describe('fuzz harness', () => {
  it('receives every outcome and the end of the run when the parent stops reading for a while', async () => {
    // 20 runs of core send ~250 KB of messages, several times what a pipe holds; the child sends
    // ~1,000 a second, so a 3 s stall fills the pipe with room to spare on a loaded machine.
    const report = await fuzzPackage('core', { env: { FUZZ_RUNS: '20' }, stallMs: 3_000 });
    const shown = report.findings.map((f) => `${f.export}: ${f.problem}`).join('\n');
    expect(report.findings, shown).toEqual([]);
    expect(report.calls).toBeGreaterThan(1_000);
  }, 120_000);
});
