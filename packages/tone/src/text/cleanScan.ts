import { compute, fill, masksFor } from './pageMasks.js';
import { type QuietOptions, textReadsNothing } from './quietRun.js';
import { toCps } from './runParts.js';
import { W, windows1252Classes } from './sloppyScan.js';

// The fast path of repairText: one pass over the UTF-16 code units of a text, with the page
// masks of pageMasks.ts (filled once per character, then one table look-up each), proving that no
// run of non-ASCII characters can hold mojibake in any page of the call. It asks, per run, exactly
// what the engine asks before it reads a run (possiblePages), so when the masks rule out every run
// the engine would read none and return the text as it stands: no allocation, no code points
// array, no readings. It also rules out the sloppy Windows-1252 reading of sloppyStretch.ts, which reads
// spaces as lost 0xA0 bytes, with the same test as mayReadSloppy (sloppyScan.ts). Runs the masks
// let through (all of a clean CJK message, many Cyrillic and Arabic words) are then cut as the
// engine cuts them and proved unread one by one (quietRun.ts): a text whose every run the engine
// would give no reading comes out of it as it went in. cleanScan.prop.test.ts holds it to the
// whole of repairText.

const MAX_PAGES = 31;

/**
 * True when no run of `text` (a maximal stretch of non-ASCII characters) could be read by any page
 * of `options.encoders` so that the engine proposes something (with `options`, the engine's as
 * repairText makes them): the text is returned untouched. False as soon as one run might (or
 * holds a C1 control or U+FFFD, which only the engine judges).
 */
export function cannotHoldMojibake(text: string, options: QuietOptions): boolean {
  const { encoders } = options;
  if (encoders.length > MAX_PAGES) return false;
  const m = masksFor(encoders);
  const { self, open, cont, open2 } = m;
  const w = windows1252Classes();
  let lead = 0; // the Windows-1252 class of the previous character when it is a lead byte
  let mask = 0;
  let prevOpen = 0;
  let lastOpen2 = 0;
  let inRun = false;
  // Some run the masks let through: the runs are proved one by one once the scan is done.
  let suspect = false;
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
        if (mask !== 0) suspect = true;
        mask = 0;
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
  if (mask !== 0) suspect = true;
  return !suspect || textReadsNothing(toCps(text), options);
}
