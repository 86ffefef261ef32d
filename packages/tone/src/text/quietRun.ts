import { PACKED_NONE, PACKED_UNKNOWN, type PageEncoder, spaceMayBeA0 } from './codePages.js';
import { cutAt, type EngineOptions } from './engine.js';
// The proof's scan of groups follows findGroups' bounds.
import { isLetterLike, LOST, leadsIn, MAX_UNALIGNED_BYTES } from './findGroups.js';
import { innerLayer } from './innerLayer.js';
import { type Masks, masksFor, possiblePages } from './pageMasks.js';
import { costInPlace, textCost } from './readRun.js';
import {
  ctxOf,
  endsInLetterOrNbsp,
  hasNonAscii,
  lineArt,
  toCps,
  withGapAfterA,
} from './runParts.js';
import { decodeChecked, utf8Status } from './utf8.js';

// An exact, cheap proof that readRun (readRun.ts) would give a run of depth 0 no reading at all,
// from the groups its pages find and the cost of each group as it stands, mostly without decoding
// a group, costing its reading or going a layer deeper. The masks of pageMasks.ts rule out pages
// that cannot start a group; they let a whole clean CJK message through (its characters are pairs
// of bytes, many of them a UTF-8 lead and a continuation), and reading it was most of the time of
// a clean message in Chinese, Japanese or Cyrillic. A reading needs one of two things (readRun's
// addReading):
// - a proposal that is applied, its gain at least minGain. A proposal's gain is its group's cost
//   as it stands, less the cost of what it reads as (never below 0), plus one for each lead byte
//   beyond the third; or, when an inner layer gains more, the group's cost less the inner text's
//   (again never below 0). Neither exceeds the group's cost plus that bonus: below minGain, no
//   proposal of the group is applied, whatever it decodes to.
// - proposals that together span as many characters as the run (and lose nowhere): the groups the
//   reading keeps (readRun drops a group that took a space for 0xA0 unless it ends in a letter, and
//   the DOS page's box drawing alone) must not add up to the run's length, or one of them must
//   lose: its reading costs more than the group, and so does the layer under it if readRun may
//   take one (groupLoses, which reads that layer as readRun does when it must).
// With neither, for every page the masks let in, the run's readings are empty: it casts no vote,
// has no rival and no proposal, and a text of such runs comes out of the engine as it went in.
// quietRun.prop.test.ts holds the proof to readRun on generated clean and broken runs.

/**
 * What the proof needs of the engine's options: the pages and minimum gain, and for the inner
 * layer it may have to read (groupLoses) the longest chain, the tie rule and the memo that keeps
 * inner layers, as the engine reads it.
 */
export type QuietOptions = Pick<
  EngineOptions,
  'encoders' | 'minGain' | 'maxChain' | 'preferCommon' | 'memo'
>;

/**
 * True when readRun, at depth 0, would find no reading of `cps[start, end)` (a run as the engine
 * cuts it) by any page of `options.encoders` whose bit is set in `possible` (possiblePages' mask,
 * without its candidate bit); false when it might.
 */
export function runReadsNothing(
  cps: readonly number[],
  start: number,
  end: number,
  possible: number,
  options: QuietOptions,
  /** 0: the engine's own runs; 1: the runs of an inner layer's text (lossy off, no layer below). */
  depth = 0,
  /**
   * possiblePages' mask of the run without the space after it (`after` 0), when the caller has
   * it (the clean scan's, made on its way): asked here otherwise.
   */
  inner?: number,
): boolean {
  costTo = -1;
  // Pages that may start a group only at the run's last character (a two-byte lead the space
  // after the run completes, as a Cyrillic word's last letter is through KOI8-R and ISO-8859-5)
  // find one group at most, the same for all of them: [end - 1, end + 1). Below minGain as it
  // stands (one lead byte, no bonus) and not the run's length, it gives none of them a reading.
  const below =
    cps[end] === 0x20 &&
    end - start !== 2 &&
    ((inner ?? possiblePages(cps, start, end, options.encoders, 0)) & possible) === 0 &&
    spanCost(cps, end - 1, end + 1) < options.minGain;
  let quiet = true;
  for (let index = 0; !below && quiet && index < options.encoders.length; index++)
    if (possible & (1 << index)) quiet = pageReadsNothing(cps, start, end, index, options, depth);
  // The span cost kept is this run's (an inner text's runs, read on the way, forgot it).
  costTo = -1;
  return quiet;
}

/**
 * What the proofs since `far` was last set false looked at: `far`, whether one read past the
 * context of the engine's memo key (runParts.ts readFrom, contextTo), as the reading of a group
 * that took the space after an "à" for its lost 0xA0 does (groupLoses, readRun.ts tally.far).
 */
export const proofTally = { far: false };

// The cost of the last span asked for, in the run being proved: its pages mostly find the same
// group (its last letter and the space after it, read as 0xA0 through KOI8-R, KOI8-U and
// ISO-8859-5 alike), and a second look at a page's groups asks for it again. runReadsNothing
// forgets it on entry and on leaving (a run of another text, an inner layer's, may be proved in
// between; quietRun.prop.test.ts holds it to that).
let costFrom = 0;
let costTo = -1;
let cost = 0;

/** costInPlace of cps[from, to) (readRun's spanCost), kept for the span asked for next. */
function spanCost(cps: readonly number[], from: number, to: number): number {
  if (from !== costFrom || to !== costTo) {
    cost = costInPlace(cps, from, to);
    costFrom = from;
    costTo = to;
  }
  return cost;
}

/**
 * Whether the engine, at `depth`, would give no run of `cps` (of cps[start, end), whose ends are
 * a run's ends) a reading: a text of such runs comes out of it as it went in, with no proposal.
 */
export function textReadsNothing(
  cps: readonly number[],
  options: QuietOptions,
  depth = 0,
  start = 0,
  end = cps.length,
): boolean {
  let i = start;
  while (i < end) {
    if ((cps[i] as number) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && (cps[j] as number) >= 0x80) j++;
    // The runs of repairCodePoints (engine.ts): a long one is read in pieces.
    for (let from = i; from < j; ) {
      const to = cutAt(cps, from, j);
      const possible = possiblePages(cps, from, to, options.encoders);
      // Negative: bit 31, a run with a C1 control or U+FFFD (the engine's to judge).
      if (possible < 0) return false;
      if (possible !== 0 && !runReadsNothing(cps, from, to, possible, options, depth)) return false;
      from = to;
    }
    i = j;
  }
  return true;
}

// The bytes of the characters a group is being parsed from (findGroups' `bytes`), reused: the
// proof allocates nothing per character or group. A plain array of small integers, as findGroups'
// own: utf8Status and decodeChecked, which the engine shares, were 1.7-2 times slower in the
// engine's own reading once the proof also gave them an Int32Array.
const scratch: number[] = [];

/**
 * Whether `page` reads nothing in cps[start, end): findGroups' groups (findGroups.ts, depth 0:
 * lossy, looking past the run's end), found the same way but without building them, each judged
 * as it is found, a U+FFFD read as findGroups' lossy reading reads it (the proof meets one only
 * in a pass's output: cleanScan.ts). quietRun.prop.test.ts holds the groups to findGroups'.
 */
function pageReadsNothing(
  cps: readonly number[],
  start: number,
  end: number,
  index: number,
  options: QuietOptions,
  depth: number,
  /** The second look: whether some group the page keeps loses (groupLoses). */
  judge = false,
): boolean {
  const { encoders, minGain } = options;
  const page = encoders[index] as PageEncoder;
  const outer = depth === 0;
  // As readRun reads it: a U+FFFD is a lost byte only through a page that can lose one.
  const lossy = outer && page.losesBytes;
  const m = masksFor(encoders);
  const bit = 1 << index;
  let covered = 0;
  let k = start;
  // The masks read in the skip below, loaded once a call (read through `m` at every character,
  // each load a map check: 8.4M of pageReadsNothing's 69.2M on text 11 3 12).
  const { cont, self, open } = m;
  while (k < end) {
    // Most characters cannot start a group in this page (the masks' own test, per character):
    // findGroups would find none there and go on to the next, so the scan does too. mayStart's
    // common "no" first, in a loop of its own: a filled BMP character that neither is a group of
    // the page nor opens one.
    let cp = cps[k] as number;
    while (
      cp < 0xfffd &&
      cont[cp] !== 0 &&
      ((self[cp] as number) & bit) === 0 &&
      ((open[cp] as number) & bit) === 0
    ) {
      if (++k === end) break;
      cp = cps[k] as number;
    }
    if (k === end) break;
    if (!mayStart(m, cps, k, end, bit)) {
      k++;
      continue;
    }
    if (byteLeading(page, cps[k] as number) < 0xc2) {
      k++;
      continue;
    }
    let length = 0;
    let parsed = 0;
    let alignedChar = -1;
    let alignedByte = 0;
    let absorbed = false;
    let alignedAbsorbed = false;
    let dead = false;
    let j = k;
    while (j < end && !dead) {
      // A byte lost upstream ends the sequence begun before it, as findGroups reads it (a pass's
      // output holds the U+FFFD a lossy repair wrote: cleanScan.ts): its pending bytes give way
      // to one LOST, which the parse below passes and which aligns the group there, as findGroups
      // aligns it. Elsewhere a U+FFFD is a character no page writes, which ends the stretch. Read
      // through the common path, with its tests ordered so that each is asked of most characters:
      // a branch of its own, first taken after V8 had optimised the function, threw that code
      // away once more on the stream (--trace-deopt: "Insufficient type feedback for unary
      // operation"), and V8 compiled the function again.
      const cut = parsed < length && lossy && cps[j] === 0xfffd;
      if (cut) length = parsed;
      // The character's bytes in place (a single-byte page's flat table, a double-byte page's
      // packed entries once asked), else as encode gives them.
      const cp = cps[j] as number;
      const v = cut ? 0x10000 | LOST : packedOf(page, cp);
      if (v >= 0x20000) {
        scratch[length++] = (v >> 8) & 0xff;
        scratch[length++] = v & 0xff;
      } else if (v > 0) {
        scratch[length++] = v & 0xffff; // one byte, or LOST (0x100)
      } else {
        if (v === PACKED_NONE) break;
        const b = page.encode(cp);
        if (b === undefined) break;
        for (let x = 0; x < b.length; x++) scratch[length++] = b[x] as number;
      }
      j++;
      while (parsed < length) {
        // An ASCII or lost byte counts one, picked as data: a step of its own, first taken by the
        // stream's 1,500th message, threw pageReadsNothing's compiled code away.
        const single = (scratch[parsed] as number) < 0x80 || scratch[parsed] === LOST;
        const n = single ? 1 : utf8Status(scratch, parsed, length);
        if (n === -1) break;
        if (n === 0) {
          dead = true;
          break;
        }
        parsed += n;
      }
      if (
        lossy &&
        !dead &&
        j === end &&
        j < cps.length &&
        cps[j] === 0x3f &&
        length - parsed >= 2
      ) {
        // "â€?": findGroups' lost last byte.
        length = parsed;
        scratch[length++] = LOST;
        parsed++;
        j++;
      }
      if (
        !dead &&
        j === end &&
        j + 1 < cps.length &&
        cps[j] === 0x20 &&
        (cps[j + 1] === 0x20 || isLetterLike(cps[j + 1] as number)) &&
        parsed < length &&
        spaceMayBeA0(page)
      ) {
        // The space after the run read as the 0xA0 it may have been.
        scratch[length] = 0xa0;
        const n = utf8Status(scratch, parsed, length + 1);
        if (n > 0 && parsed + n === length + 1) {
          length++;
          parsed += n;
          j++;
          absorbed = true;
        }
      }
      if (!dead && parsed === length) {
        alignedChar = j;
        alignedByte = parsed;
        alignedAbsorbed = absorbed;
      } else if (length - alignedByte > MAX_UNALIGNED_BYTES) break;
    }
    if (alignedChar <= k) {
      k++;
      continue;
    }
    // The group [k, alignedChar), its bytes scratch[0, alignedByte). The groups readRun drops
    // before they become proposals (readShared, readRun) count for nothing.
    const decoded = alignedAbsorbed || judge ? decodeChecked(scratch, 0, alignedByte) : '';
    if (
      !(alignedAbsorbed && !endsInLetterOrNbsp(decoded)) &&
      !(page.page === 'cp437' && lineArt(cps, k, alignedChar))
    ) {
      // The cost as it stands, in place (readRun's spanCost): the most any reading of it gains,
      // with the bonus for sequences beyond the third.
      const top = spanCost(cps, k, alignedChar) + Math.max(0, leadsIn(scratch, alignedByte) - 3);
      if (top >= minGain) return false;
      covered += alignedChar - k;
      if (judge && groupLoses(cps, k, alignedChar, decoded, alignedAbsorbed, top, options))
        return true;
    }
    k = alignedChar;
  }
  // readRun compares the sum of the proposals' lengths with the run's (a group that took the
  // space after the run counts it): the same sum here. When it is the run's ("на" + " ", its last
  // letter and the space read as 0xA0 through ISO-8859-5), the reading still needs every proposal
  // not to lose: a second look at the same groups, rare, judges each (groupLoses).
  return (
    !judge &&
    (covered !== end - start ||
      (outer && pageReadsNothing(cps, start, end, index, options, depth, true)))
  );
}

/**
 * `page`'s bytes of `cp` as a packed entry (codePages.ts PageEncoder.packed, packedBytes): a
 * single-byte page's from its flat table, a double-byte page's once encode has answered for it
 * (PACKED_UNKNOWN before, and PACKED_LONG for four bytes: the caller asks encode).
 */
function packedOf(page: PageEncoder, cp: number): number {
  const flat = page.flat;
  if (flat) {
    const b = cp < 0x10000 ? (flat[cp] as number) : -1;
    return b < 0 ? PACKED_NONE : 0x10000 | b;
  }
  const packed = page.packed;
  return packed && cp < 0x10000 ? (packed[cp] as number) : PACKED_UNKNOWN;
}

/** The first of `page`'s bytes of `cp`, or -1 when it has none (what encode's first byte is). */
function byteLeading(page: PageEncoder, cp: number): number {
  const v = packedOf(page, cp);
  if (v > 0) return v >= 0x20000 ? (v >> 8) & 0xff : v & 0xff;
  if (v === PACKED_NONE) return -1;
  return page.encode(cp)?.[0] ?? -1;
}

/**
 * Whether a group of the page with bit `bit` may start at cps[k] (pageMasks.ts): its first byte a
 * lead and its next byte a continuation byte (its own second byte, the next character's first,
 * or, at the run's end, a space read as 0xA0). possiblePages filled the masks of the run's
 * characters (cont's bit 31 marks a filled entry); one outside the tables may start a group as far
 * as this test knows.
 * Tried and not kept (U51d, session 51): this answer for every page at once, into a table made
 * once per run before its pages are proved (a run is proved for 2.6 pages on average, hotPass text
 * 11 3 12): pageReadsNothing -14.3M, but making the table cost 10.9M (~78 instructions a
 * character: the same four look-ups) and the pass counted 1,752.0M against 1,733.8M (TurboFan
 * compiled again in the counted pass).
 */
function mayStart(m: Masks, cps: readonly number[], k: number, end: number, bit: number): boolean {
  const cp = cps[k] as number;
  // Not in the tables (astral, or U+FFFE and U+FFFF, which possiblePages computes afresh), and
  // U+FFFD read from them by no one: a lost byte is read as any continuation byte (findGroups'
  // lossy reading), which its entry would not say if something filled it (fill takes any BMP
  // character: the field scans fill what they meet). The same one comparison as `> 0xffff`.
  if (cp >= 0xfffd || m.cont[cp] === 0) return true;
  if ((m.self[cp] as number) & bit) return true;
  if (((m.open[cp] as number) & bit) === 0) return false;
  // cps[end] read only inside the text (a read past the end deoptimised this, 'out of bounds').
  if (k + 1 === end) {
    return ((m.open2[cp] as number) & bit) !== 0 && end < cps.length && cps[end] === 0x20;
  }
  const next = cps[k + 1] as number;
  // U+FFFD, U+FFFE, U+FFFF and astral: as if not filled (may continue), whatever the table holds.
  const cont = next >= 0xfffd ? 0 : (m.cont[next] as number);
  return cont === 0 || (cont & bit) !== 0;
}

/**
 * Whether the proposal readRun makes of the group cps[start, end) at depth 0, read as `decoded`
 * (`top`: its cost as it stands with the bonus), loses: its reading costs more than the group
 * (readRun's gain, computed as it does), and so does the inner layer under it, if it has one.
 */
function groupLoses(
  cps: readonly number[],
  start: number,
  end: number,
  decoded: string,
  absorbed: boolean,
  top: number,
  options: QuietOptions,
): boolean {
  // readShared's reading of the group. After an "à" it looks past the space, beyond the memo
  // key's context (engine.ts farKey): cleanScan.ts keeps no proof that did.
  if (absorbed) {
    if (decoded.endsWith('à')) proofTally.far = true;
    decoded = withGapAfterA(cps, start, end, decoded);
  }
  const decodedCost = textCost(cps, decoded, start, end);
  const gain = top - decodedCost;
  if (gain >= 0) return false;
  // readRun's mayRecurse, and readDeeper runs at depth 0 only below maxChain: otherwise the gain
  // stands.
  if (
    !(hasNonAscii(decoded) && gain >= -3 * options.minGain && decodedCost >= 1) ||
    options.maxChain < 2
  )
    return true;
  // readDeeper's options and layer: the decoded text between the group's neighbours, at depth 1
  // with a minimum gain of 1. No reading there (the cheap proof first): no inner chain.
  const inward = { ...options, minGain: 1 };
  const { before, after } = ctxOf(cps, start, end);
  const inner = [...before, ...toCps(decoded), ...after];
  if (textReadsNothing(inner, inward, 1)) return true;
  // Else the layer itself ("већ " through Windows-1251 is "垠", which EUC-JP might read): readRun
  // takes it only when its chain is not empty and it gains more, and the proposal then loses
  // unless that gain is at least 0. readRun may compute less (readDeeper's RECURSE_PAGES cap, the
  // pages a lazy reading skips, which give no reading at all), and a group it leaves without its
  // layer keeps the gain above, below 0: a loss proved with the layer is a loss there too.
  const layer = innerLayer(cps, start, end, decoded, inward, 1);
  return (
    layer.chain.length === 0 ||
    spanCost(cps, start, end) - textCost(cps, layer.text, start, end) < 0
  );
}
