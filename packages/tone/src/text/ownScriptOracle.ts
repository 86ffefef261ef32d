import { charInfo, SCRIPT, scriptOf } from './charClass.js';
import type { PageEncoder } from './codePages.js';
import type { MemoEntry } from './engine.js';
import type { Wrote } from './ownScript.js';

// ownScript.ts's scriptsRepaired as it was written before session 52 (forEach, every and a
// string's iterator, whose closures TurboFan compiled for 37 ms in the counted pass of hotPass
// text 11 3 12): test-only, the oracle ownScript.prop.test.ts holds the loops to.

const OWN = (1 << SCRIPT.armenian) | (1 << SCRIPT.georgian);

function scriptsOf(text: string): number {
  let bits = 0;
  for (const c of text) {
    const cp = c.charCodeAt(0);
    const script = cp > 0x530 && cp < 0x590 ? SCRIPT.armenian : scriptOf(charInfo(cp));
    bits |= script ? 1 << script : 1 << 31;
  }
  return bits;
}

/** scriptsRepaired before session 52. */
export function scriptsRepairedOracle(
  runs: readonly MemoEntry[],
  owns: readonly (PageEncoder | undefined)[] | undefined,
  dominant: PageEncoder | undefined,
): Wrote {
  let bits = 0;
  let page: PageEncoder | undefined;
  runs.forEach((run, n) => {
    for (const r of run.readings) {
      const sure = r === run.best && r.gain > 0 && run.rivals.length === 0;
      if (sure || (r.page === (owns?.[n] ?? dominant) && r.proposals.every((p) => p.gain >= 0)))
        for (const p of r.proposals) {
          const wrote = p.applied || !sure ? scriptsOf(p.after) & OWN : 0;
          if (wrote) page ??= r.page;
          bits |= wrote;
        }
    }
  });
  return { bits, page };
}
