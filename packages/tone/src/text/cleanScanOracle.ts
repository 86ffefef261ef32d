import { knownQuiet, type Made, provedFor, restoresA0, runQuiet } from './cleanScan.js';
import { compute, fill, masksFor } from './pageMasks.js';
import type { QuietOptions } from './quietRun.js';
import { toCps } from './runParts.js';
import { W, windows1252Classes } from './sloppyScan.js';

// cannotHoldMojibake (cleanScan.ts) as it stood before its run loop (main 4f9fe418, session 51):
// one step per character, each table checked at each character, the ASCII after a character
// passed by index and the character that ended them read again. It shares the scan's proofs and
// their memo (runQuiet, knownQuiet): only the walk over the characters is the oracle's own.
// Test-only (no module of the package imports it); cleanScanFast.prop.test.ts holds the two to
// the same answers, the same code points handed on and the same `through`.

const MAX_PAGES = 31;

/** {@link cannotHoldMojibake}'s answer, one character at a time (see the header). */
export function cannotHoldMojibakeOracle(
  text: string,
  options: QuietOptions,
  output = false,
  made?: Made,
): boolean {
  // Runs proved quiet before, in texts (the stream's words recur) and in outputs apart (a set
  // each: a stream's many clean words do not push out the repaired words outputs hold).
  const known = options.memo ? provedFor(options.memo, output) : undefined;
  const { encoders } = options;
  if (encoders.length > MAX_PAGES) return false;
  const m = masksFor(encoders);
  const { self, open, cont, open2 } = m;
  const w = windows1252Classes();
  // Read once: W's properties read in the loop were a map check and a load at each character.
  const wCont = W.cont;
  const wLead2 = W.lead2;
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
      if (
        lead !== 0 &&
        cp === 0x20 &&
        (output
          ? restoresA0(text.charCodeAt(i - 1), text.charCodeAt(i + 1), w)
          : lead === wLead2 || text.charCodeAt(i + 1) >= 0x80)
      )
        return false;
      lead = 0;
      if (inRun) {
        // "Ã " + word: a last lead byte that a space (once NBSP, 0xA0) completes. The mask
        // without it is the proof's too (runReadsNothing's `inner`).
        const inner = mask;
        if (cp === 0x20) mask |= lastOpen2;
        if (mask !== 0) {
          // A U+FFFD ahead ends the scan with false whatever the proof says: not proved for nothing
          // (a GBK message that lost bytes proved its first runs, then met one).
          if (!output) {
            lost ??= text.indexOf('\ufffd', i) >= 0;
            if (lost) return false;
          }
          if (made) made.through = true;
          if (cps === undefined && pairs === 0 && known && knownQuiet(text, from, i, known)) {
            // Proved before, and no code points made for it (a clean text's are not needed).
          } else {
            if (cps === undefined) {
              cps = toCps(text);
              if (made) made.cps = cps;
            }
            if (!runQuiet(cps, from, i - pairs, mask, inner, options, known, text)) return false;
          }
        }
        mask = 0;
        inRun = false;
        prevOpen = 0;
        lastOpen2 = 0;
      }
      // The ASCII characters after this one change nothing (no lead before them, no run open):
      // passed in a loop of their own, which holds none of the scan's state in registers (the
      // scan's loop spilled and reloaded it at every character: ~60 instructions a character,
      // ~25 fewer for the ASCII ones, a fifth of the scan on text 11).
      while (i + 1 < n && text.charCodeAt(i + 1) < 0x80) i++;
      continue;
    }
    if (!inRun) {
      inRun = true;
      from = i - pairs;
    }
    if (cp === 0xfffd && output) {
      // As possiblePages reads it: it completes a sequence a lead before it opened.
      mask |= prevOpen;
      prevOpen = 0;
      lastOpen2 = 0;
      lead = 0;
      continue;
    }
    if (cp < 0xa0 || cp === 0xfffd) return false;
    const c = w[cp] as number;
    if (lead !== 0 && c === wCont) return false;
    lead = c === wCont ? 0 : c;
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
  if (mask === 0) return true;
  if (made) made.through = true;
  if (cps === undefined && pairs === 0 && known && knownQuiet(text, from, n, known)) return true;
  if (cps === undefined) {
    cps = toCps(text);
    if (made) made.cps = cps;
  }
  return runQuiet(cps, from, n - pairs, mask, mask, options, known, text);
}
