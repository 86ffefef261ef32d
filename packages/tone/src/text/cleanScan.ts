import type { PageEncoder } from './codePages.js';
import { compute, fill, masksFor } from './pageMasks.js';
import { W, windows1252Classes } from './sloppyScan.js';

// The fast path of repairText: one pass over the UTF-16 code units of a text, with the page
// masks of pageMasks.ts (filled once per character, then one table look-up each), proving that no
// run of non-ASCII characters can hold mojibake in any page of the call. It asks, per run, exactly
// what the engine asks before it reads a run (possiblePages), so when it answers true the engine
// would read no run at all and return the text as it stands: no allocation, no code points array,
// no readings. It also rules out the sloppy Windows-1252 reading of sloppyStretch.ts, which reads
// spaces as lost 0xA0 bytes, with the same test as mayReadSloppy (sloppyScan.ts). cleanScan.prop.test.ts holds it to
// the whole of repairText.

const MAX_PAGES = 31;

/**
 * True when no run of `text` (a maximal stretch of non-ASCII characters) could be read as UTF-8
 * by any page of `encoders`: the engine would propose nothing, so the text is returned untouched.
 * False as soon as one run could (or holds a C1 control or U+FFFD, which only the engine judges).
 */
export function cannotHoldMojibake(text: string, encoders: readonly PageEncoder[]): boolean {
  if (encoders.length > MAX_PAGES) return false;
  const m = masksFor(encoders);
  const { self, open, cont, open2 } = m;
  const w = windows1252Classes();
  let lead = 0; // the Windows-1252 class of the previous character when it is a lead byte
  let mask = 0;
  let prevOpen = 0;
  let lastOpen2 = 0;
  let inRun = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      // A space after a Windows-1252 lead may be its lost 0xA0 (a two-byte lead at the end of a
      // stretch, any lead inside one).
      if (lead !== 0 && cp === 0x20 && (lead === W.lead2 || text.charCodeAt(i + 1) >= 0x80))
        return false;
      lead = 0;
      if (inRun) {
        // "Ã " + word: a last lead byte that a space (once NBSP, 0xA0) completes.
        if (cp === 0x20) mask |= lastOpen2;
        if (mask !== 0) return false;
        inRun = false;
        prevOpen = 0;
        lastOpen2 = 0;
      }
      continue;
    }
    inRun = true;
    if (cp < 0xa0 || cp === 0xfffd) return false;
    const c = w[cp] as number;
    if (lead !== 0 && c === W.cont) return false;
    lead = c === W.cont ? 0 : c;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
        lead = 0;
        const [s, o, c2, o2] = compute(m, cp);
        mask |= s | (prevOpen & c2);
        prevOpen = o;
        lastOpen2 = o2;
        continue;
      }
    }
    const c2 = (cont[cp] as number) || fill(m, cp);
    mask |= (self[cp] as number) | (prevOpen & c2);
    prevOpen = open[cp] as number;
    lastOpen2 = open2[cp] as number;
  }
  return mask === 0;
}
