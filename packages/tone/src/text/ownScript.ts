import { charInfo, SCRIPT, scriptOf } from './charClass.js';
import { encodeWith, type PageEncoder } from './codePages.js';
import type { MemoEntry, PageReading } from './engine.js';
import { chainOf } from './readRun.js';
import { fromCps } from './runParts.js';

// Armenian through GBK: UTF-8's two-byte Armenian letters (D4 B1 to D6 87) are GBK's pairs of
// common Han ("համար" is "瞻铡沾铡謤"), which the cost model reads as likelier than Armenian, whose
// letters cost 1 each (charClass.ts: a script no page's mojibake writes, so that clean Chinese is
// not read as Armenian). A message's long words came back (their rare Han outweigh the letters),
// its short ones stayed Han beside them: half a message repaired. Once the message's repairs have
// written such a script, a run that the message's page reads whole as that script and nothing
// else is that script too; clean Chinese is left alone, since nothing it holds repairs to Armenian
// or Georgian.

/** Scripts whose letters cost 1 as a script of their own (charClass.ts), as bits. */
const OWN = (1 << SCRIPT.armenian) | (1 << SCRIPT.georgian);

// UTF-8 only (the platform's single-byte decoders are the ones not trusted: codePages.ts); a
// leading U+FEFF is a character of the run, kept (and no script's: the reading is refused).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Scripts of their own (as bits) that repairs wrote, and the page of the first such repair. */
export type Wrote = { readonly bits: number; readonly page: PageEncoder | undefined };

/**
 * The scripts of {@link OWN} whose letters the message's repairs write, over `runs`: a run's best
 * reading where it has no rival, and its reading through its own page (`owns`, else `dominant`)
 * where that loses nowhere (the engine's script consistency).
 */
export function scriptsRepaired(
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

/** The scripts (as bits) of the characters of `text`, bit 31 for any of none (ASCII, signs). */
function scriptsOf(text: string): number {
  let bits = 0;
  for (const c of text) {
    const cp = c.charCodeAt(0);
    // Armenian's own punctuation (։ ՝ ՞) is of no script to charClass.ts.
    const script = cp > 0x530 && cp < 0x590 ? SCRIPT.armenian : scriptOf(charInfo(cp));
    bits |= script ? 1 << script : 1 << 31;
  }
  return bits;
}

/**
 * `cps[start, end)` read through `page` as UTF-8, if its bytes are valid UTF-8 and spell the
 * scripts in `scripts` (letters, their punctuation) and nothing else.
 */
export function readAsScript(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  scripts: number,
): PageReading | undefined {
  let after: string;
  try {
    // A character the page cannot encode comes back as "?", which no script holds.
    after = UTF8.decode(encodeWith(fromCps(cps, start, end), page.page));
  } catch {
    return undefined;
  }
  if (scriptsOf(after) & ~scripts) return undefined;
  const chain = chainOf(page.page);
  // Every field, in engine.ts moved's order (one object shape for V8).
  const proposal = { start: 0, end: end - start, after, chain, gain: 0, applied: true, tie: true };
  return { page, proposals: [{ ...proposal, seqs: undefined }], gain: 0 };
}
