import { cutAt } from './engine.js';
import { compute, fill, masksFor } from './pageMasks.js';
import { type QuietOptions, runReadsNothing, textReadsNothing } from './quietRun.js';
import { toCps } from './runParts.js';
import { W, windows1252Classes } from './sloppyScan.js';

// The fast path of repairText: one pass over the UTF-16 code units of a text, with the page
// masks of pageMasks.ts (filled once per character, then one table look-up each), proving that no
// run of non-ASCII characters can hold mojibake in any page of the call. It asks, per run, exactly
// what the engine asks before it reads a run (possiblePages), so when the masks rule out every run
// the engine would read none and return the text as it stands: no allocation, no code points
// array, no readings. It also rules out the sloppy Windows-1252 reading of sloppyStretch.ts, which reads
// spaces as lost 0xA0 bytes, with the same test as mayReadSloppy (sloppyScan.ts). Runs the masks
// let through (all of a clean CJK message, many Cyrillic and Arabic words) are cut as the engine
// cuts them and proved unread one by one (quietRun.ts), each as soon as the scan has passed it: a
// text whose every run the engine would give no reading comes out of it as it went in.
// cleanScan.prop.test.ts holds it to the whole of repairText.
// On broken text the proof fails, nearly always at the first run the masks let through (of the
// 2,629 never-seen messages broken through GBK or Windows-1251 it was asked about, 6 had a run
// proved before the one that failed), which ends about a quarter of the way in: proved there, the
// other three quarters are not scanned (scanning all first, then proving, threw that scan away).
// Whether a text is clean does not depend on the order, only how soon a broken one is known.

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
  // The text's code points, made for the first run the masks let through; the code point index
  // of the run's first character; surrogate pairs so far (a UTF-16 index less them is a code
  // point index).
  let cps: number[] | undefined;
  let from = 0;
  let pairs = 0;
  // Whether a U+FFFD follows (asked once, at the first run the masks let through).
  let lost: boolean | undefined;
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
        if (mask !== 0) {
          // A U+FFFD ahead ends the scan with false whatever the proof says: not proved for nothing
          // (a GBK message that lost bytes proved its first runs, then met one).
          lost ??= text.indexOf('\ufffd', i) >= 0;
          if (lost) return false;
          cps ??= toCps(text);
          if (!runQuiet(cps, from, i - pairs, mask, options)) return false;
        }
        mask = 0;
        inRun = false;
        prevOpen = 0;
        lastOpen2 = 0;
      }
      continue;
    }
    if (!inRun) {
      inRun = true;
      from = i - pairs;
    }
    if (cp < 0xa0 || cp === 0xfffd) return false;
    const c = w[cp] as number;
    if (lead !== 0 && c === W.cont) return false;
    lead = c === W.cont ? 0 : c;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
        pairs++;
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
  return mask === 0 || runQuiet(cps ?? toCps(text), from, n - pairs, mask, options);
}

/**
 * Whether the engine gives no reading to the run cps[from, to), in which the scan found the pages
 * `mask`: possiblePages' answer for a run the engine reads whole (up to 1,024 characters); a
 * longer one is cut as the engine cuts it.
 */
const runQuiet = (
  cps: readonly number[],
  from: number,
  to: number,
  mask: number,
  options: QuietOptions,
): boolean =>
  cutAt(cps, from, to) < to
    ? textReadsNothing(cps, options, 0, from, to)
    : runReadsNothing(cps, from, to, mask, options);
