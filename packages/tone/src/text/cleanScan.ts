import { LEADS_2 } from './byteA0.js';
import { cutAt } from './engine.js';
import { compute, fill, masksFor } from './pageMasks.js';
import { proofTally, type QuietOptions, runReadsNothing, textReadsNothing } from './quietRun.js';
import {
  contextTo,
  contextToText,
  fromCps,
  owned,
  readFrom,
  readFromText,
  toCps,
} from './runParts.js';
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
// Tried and not kept (T66e, session 47, hotPass text 11, main 925.8M with KEEP_CG): a first gate,
// one pass with a byte a BMP character (what it may be as the first and as the second of a pair
// the scan looks for) proving a text clean before the scan: it passed 16,652 of the 22,957 scans
// that end with no mask, but cost 73.5M for the 47M of scan it saved (947.2M); the same byte as a
// fast path inside the scan (942.3M) and as a call-free loop the scan falls back from (1,053.3M)
// did no better. Every UTF-16 read here costs ~15 instructions whatever the loop (V8 reads the
// string's shape at each charCodeAt), and CJK text meets the gate at almost every character (each
// both opens and continues a sequence in some double-byte page). The four masks copied side by
// side into one array for the scan: 911.9M against 902.6M (a look-up of the copy a call).

const MAX_PAGES = 31;

/**
 * What the scan leaves its caller: the text's code points when it made them (`cps`), and whether
 * the masks let a run through (`through`: set then, proved or not), which a text whose runs were
 * all proved before says without its code points. A text (not an output) it finds may hold
 * mojibake also says what it learnt of mayReadSloppy(text) (sloppyScan.ts), which readPass asks
 * next: `sloppy` when it stopped at what makes that true (a lead before a continuation byte or a
 * space, a C1 control, a U+FFFD), else `quietTo`, an index before which it found none of those
 * with no lead open there, so that mayReadSloppy(text, quietTo) is the answer. Neither when it
 * ended before it read a character (more pages than its masks hold).
 */
export type Made = {
  cps?: number[] | undefined;
  through?: boolean | undefined;
  sloppy?: true | undefined;
  quietTo?: number | undefined;
};

/**
 * True when no run of `text` (a maximal stretch of non-ASCII characters) could be read by any page
 * of `options.encoders` so that the engine proposes something (with `options`, the engine's as
 * repairText makes them): the text is returned untouched. False as soon as one run might (or
 * holds a C1 control or U+FFFD, which only the engine judges).
 *
 * `output`: the text is a pass's output (repairText's fixed point). A U+FFFD there, most often one
 * a lossy repair wrote for a lost byte, is judged as the engine judges it: no page reads a run
 * through it unless a lead before it may open a sequence (possiblePages), and it is no byte of a
 * Windows-1252 sequence (sloppyStretch.ts pairs a lead with a continuation byte only); a run with
 * one that the masks let through is proved as the engine reads it, the U+FFFD ending the sequence
 * a lead before it began (quietRun.ts): GBK text that lost bytes came out of its first pass with
 * such runs, and each was read again whole (a second pass) to change nothing. And runs proved
 * quiet are remembered by the characters their reading depends on: the repaired words of a
 * stream recur.
 */
export function cannotHoldMojibake(
  text: string,
  options: QuietOptions,
  output = false,
  /**
   * Given, gets the text's code points (toCps) when the scan made them: a broken text's first pass
   * reads them (readString) instead of making them again, 0.92 of the CPU time of a warm GBK or
   * Windows-1251 message, whose proof fails at a run the masks let through.
   */
  made?: Made,
  /**
   * Where the scan starts: the caller's word that text[0, start) is ASCII (repairText has read
   * them already, looking for a non-ASCII character), where the scan's state stays what it is at 0
   * (no lead, no run open). A message's ASCII opening was read twice: 244K of the 2.56M units of
   * text 11 3 12's fresh pass.
   */
  start = 0,
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
  // The run's last character when its open2 is the table's (its entry read at the run's end, for
  // the space after it only), else -1 and lastOpen2 holds it: a table read less a character.
  let last = -1;
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
  // The character at i, read once: each loop below leaves the next one in it (a read costs ~25
  // instructions, and the character that ended a stretch was read again at the loop's head).
  let i = start;
  let cp = i >= n ? 0 : text.charCodeAt(i);
  while (i < n) {
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
        return sloppy(made, output);
      lead = 0;
      if (inRun) {
        // "Ã " + word: a last lead byte that a space (once NBSP, 0xA0) completes. The mask
        // without it is the proof's too (runReadsNothing's `inner`).
        const inner = mask;
        if (cp === 0x20) mask |= last >= 0 ? (open2[last] as number) : lastOpen2;
        if (mask !== 0) {
          // A U+FFFD ahead ends the scan with false whatever the proof says: not proved for nothing
          // (a GBK message that lost bytes proved its first runs, then met one).
          if (!output) {
            lost ??= text.indexOf('\ufffd', i) >= 0;
            if (lost) return sloppy(made, output);
          }
          if (made) made.through = true;
          if (cps === undefined && pairs === 0 && known && knownQuiet(text, from, i, known)) {
            // Proved before, and no code points made for it (a clean text's are not needed).
          } else {
            if (cps === undefined) {
              cps = toCps(text);
              if (made) made.cps = cps;
            }
            if (!runQuiet(cps, from, i - pairs, mask, inner, options, known, text))
              return quietTo(made, output, i + 1);
          }
        }
        mask = 0;
        inRun = false;
        prevOpen = 0;
        lastOpen2 = 0;
        last = -1;
      }
      // The ASCII characters after this one change nothing (no lead before them, no run open):
      // passed in a loop of their own, which holds none of the scan's state in registers (the
      // scan's loop spilled and reloaded it at every character: ~60 instructions a character,
      // ~25 fewer for the ASCII ones, a fifth of the scan on text 11).
      while (++i < n) {
        cp = text.charCodeAt(i);
        if (cp >= 0x80) break;
      }
      continue;
    }
    if (!inRun) {
      inRun = true;
      from = i - pairs;
    }
    if (cp >= 0xa0 && (cp < 0xd800 || (cp >= 0xe000 && cp < 0xfffd))) {
      let k = cont[cp] as number;
      if (k !== 0) {
        // The run's characters from this one on, while each is a BMP character past the C1
        // controls, no surrogate and no U+FFFD, whose masks are filled: the steps below, in a
        // loop that calls nothing (no fill, no compute) and leaves the character that ends it
        // read for the step that takes it. Any other character ends it and takes the steps
        // below. cleanScanFast.prop.test.ts holds the scan to cleanScanOracle.ts (the scan
        // before this loop). hotPass text 11 3 12: 1,739.7M -> 1,732.5M (the loop after a run's
        // first character, 1,733.8M; with the first in it too, 1.3M fewer). A character in it
        // still costs ~90 instructions: V8 checks each table's map and bounds at every
        // character (TurboFan hoists none out of the loop) and reads the string's shape at each
        // charCodeAt (~20). Tried and not kept (U51d, session 51): the four entries a character
        // needs (self, open, cont, its Windows-1252 class) side by side in one table of 4 * 64K
        // entries, open2 read once at the run's end: 1,733.66M against 1,733.76M.
        for (;;) {
          const c = w[cp] as number;
          if (lead !== 0 && c === wCont) return sloppy(made, output);
          lead = c === wCont ? 0 : c;
          mask |= (self[cp] as number) | (prevOpen & k);
          prevOpen = open[cp] as number;
          last = cp;
          if (++i === n) break;
          cp = text.charCodeAt(i);
          if (cp < 0xa0 || (cp >= 0xd800 && cp < 0xe000) || cp >= 0xfffd) break;
          k = cont[cp] as number;
          if (k === 0) break;
        }
        continue;
      }
    }
    if (cp === 0xfffd && output) {
      // As possiblePages reads it: it completes a sequence a lead before it opened.
      mask |= prevOpen;
      prevOpen = 0;
      lastOpen2 = 0;
      last = -1;
      lead = 0;
      if (++i < n) cp = text.charCodeAt(i);
      continue;
    }
    if (cp < 0xa0 || cp === 0xfffd) return sloppy(made, output);
    const c = w[cp] as number;
    if (lead !== 0 && c === wCont) return sloppy(made, output);
    lead = c === wCont ? 0 : c;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        const [s, o, c2, o2] = compute(m, 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00));
        i += 2;
        pairs++;
        lead = 0;
        mask |= s | (prevOpen & c2);
        prevOpen = o;
        lastOpen2 = o2;
        last = -1;
        if (i < n) cp = text.charCodeAt(i);
        continue;
      }
    }
    // A character whose masks are not filled yet, a surrogate half alone, U+FFFE or U+FFFF.
    const c2 = (cont[cp] as number) || fill(m, cp);
    mask |= (self[cp] as number) | (prevOpen & c2);
    prevOpen = open[cp] as number;
    last = cp;
    if (++i < n) cp = text.charCodeAt(i);
  }
  if (mask === 0) return true;
  if (made) made.through = true;
  if (cps === undefined && pairs === 0 && known && knownQuiet(text, from, n, known)) return true;
  if (cps === undefined) {
    cps = toCps(text);
    if (made) made.cps = cps;
  }
  return (
    runQuiet(cps, from, n - pairs, mask, mask, options, known, text) || quietTo(made, output, n)
  );
}

/** False, the scan's answer where mayReadSloppy(text) is true (a text's scan only: `made.sloppy`). */
function sloppy(made: Made | undefined, output: boolean): false {
  if (made && !output) made.sloppy = true;
  return false;
}

/**
 * False, the scan's answer where it found no sign of mayReadSloppy's before `to` and no lead open
 * there (a text's scan only: `made.quietTo`).
 */
function quietTo(made: Made | undefined, output: boolean, to: number): false {
  if (made && !output) made.quietTo = to;
  return false;
}

/**
 * Whether the space after Windows-1252 lead `lead` (a character of the page's upper half, which
 * it writes as the byte of the same number), before `next`, is one byteA0.ts restores as a lost
 * 0xA0 (shapeAt): after a two-byte lead of LEADS_2, or after 0xE2, 0xE3 or 0xF0 before a
 * continuation byte (a C1 control ends the scan anyway). Restored elsewhere, the space follows a
 * lead and a continuation byte, which the scan has already met. Only such a space makes a lead and
 * a continuation of a stretch that has none (sloppyStretch.ts reads only pieces that have one).
 */
export function restoresA0(lead: number, next: number, w: Uint8Array): boolean {
  // byteA0.ts's own list (its 0xC3 and 0xD9 shapes ask more: a superset, which only proves less).
  if (LEADS_2.has(lead)) return true;
  return (lead === 0xe2 || lead === 0xe3 || lead === 0xf0) && w[next] === W.cont;
}

/**
 * Whether the engine gives no reading to the run cps[from, to), in which the scan found the pages
 * `mask`: possiblePages' answer for a run the engine reads whole (up to 1,024 characters), and
 * `inner` its answer without the space after the run; a longer one is cut as the engine cuts it.
 * Exported for the scan's oracle (cleanScanOracle.ts), which proves runs the same way.
 */
export function runQuiet(
  cps: readonly number[],
  from: number,
  to: number,
  mask: number,
  inner: number,
  options: QuietOptions,
  known: Known | undefined,
  text: string,
): boolean {
  if (cutAt(cps, from, to) < to) return textReadsNothing(cps, options, 0, from, to);
  if (!known || to - from > KNOWN_UP_TO)
    return runReadsNothing(cps, from, to, mask, options, 0, inner);
  // The engine's memo key (engine.ts memoRun): a run's readings depend on these characters alone
  // (what the memo rests on), and the proof reads no more of them than readRun does (quietRun.ts),
  // so a run proved to have none here has none wherever they stand together. A proof that read
  // past them (an "à" whose space may be the word gap: engine.ts farKey) is not kept. The run
  // ends at the first ASCII character after the context before it, whose length the key starts
  // with. (A key with the far reading's six characters after the run, kept whatever the proof
  // read, hit 57% of the runs of never-seen GBK messages that lost bytes, this one 74%.)
  const start = readFrom(cps, from);
  const end = contextTo(cps, to);
  // By the context's length before the run (0-2: runParts.ts readFrom), a set each: the key is
  // the slice alone, hashed as it is, where a prefixed key was a new rope that the set's hash
  // flattened into a copy first.
  const key = text.length === cps.length ? text.slice(start, end) : fromCps(cps, start, end);
  const set = known.sets[from - start] as Set<string>;
  if (set.has(key)) return true;
  proofTally.far = false;
  if (!runReadsNothing(cps, from, to, mask, options, 0, inner)) return false;
  if (proofTally.far) return true;
  if (++known.size > KNOWN_LIMIT) {
    for (const s of known.sets) s.clear();
    known.size = 1;
  }
  // A string of its own (runParts.ts owned): the key holds a slice of the pass's output.
  set.add(owned(key));
  return true;
}

/**
 * Whether the run text[from, to) was proved quiet before (runQuiet's memo, looked up by the same
 * key) in a text with no surrogate pair before `to`, where a UTF-16 index is a code point index:
 * asked before the text's code points are made, which a clean text never needs then (in the hot
 * pass of text 11 toCps, made for every text with a run to prove, was 35M of the scan's 191M
 * instructions; the runs of a stream's clean texts are mostly proved before). False says nothing:
 * runQuiet decides (a key that would hold a surrogate pair after the run is not asked here).
 * Tried and not kept (U51g, session 51, base 8af7a609: text 11 3 12 1,692.72M, text 11 896.25M):
 * a direct-mapped table of keys in front of the sets, its slot picked from three of the key's
 * characters, its length and its context's, the key compared in place (text.startsWith) before a
 * slice is made and hashed. 4,096 slots, filled at each set hit (owned copy): 1,683.66M but
 * 908.23M; 16,384 slots filled when proved (runQuiet) or by short keys: 1,694.15M and 899.52M.
 * knownQuiet was no longer inlined into the scan, and the hash's three reads are ~70 instructions.
 */
export function knownQuiet(text: string, from: number, to: number, known: Known): boolean {
  if (to - from > KNOWN_UP_TO) return false;
  const start = readFromText(text, from);
  const end = contextToText(text, to);
  for (let k = to; k < end; k++) if ((text.charCodeAt(k) & 0xf800) === 0xd800) return false;
  return (known.sets[from - start] as Set<string>).has(text.slice(start, end));
}

// Runs proved quiet in a pass's output, by key (runQuiet), per memo (one per set of the engine's
// options), bounded.
const KNOWN_UP_TO = 64;
const KNOWN_LIMIT = 10_000;
/**
 * Runs proved quiet, by the characters their reading depends on, in one set per length of the
 * context before the run (0, 1 or 2), and how many keys the sets hold together (at most
 * KNOWN_LIMIT: all are cleared past it).
 */
export type Known = { readonly sets: readonly Set<string>[]; size: number };
const proved = new WeakMap<object, Known>();
const provedIn = new WeakMap<object, Known>();
/** The runs proved quiet under `memo`, in outputs (`output`) or in texts. */
export function provedFor(memo: object, output: boolean): Known {
  const by = output ? proved : provedIn;
  let known = by.get(memo);
  if (!known) {
    known = { sets: [new Set(), new Set(), new Set()], size: 0 };
    by.set(memo, known);
  }
  return known;
}
