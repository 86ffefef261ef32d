// Where a single-byte page can find groups in a run, known from its bytes alone: no decoding, no
// cost of a decoded text. readRun.ts reads a page's groups to learn that the page is far behind the
// best reading (its groups, at the most each could gain, sum below 85% of what another page gains);
// on a run broken twice through Windows-1252, Mac Roman, ISO-8859-15, ISO-8859-2 and Windows-1257
// each read the whole run for that (40% of the top layer's characters), and every one of them
// ended far behind. A block here is a stretch of back-to-back UTF-8 sequences in the page's bytes,
// each taken as loosely as findGroups could take one (any continuation byte after a lead, a
// sequence cut short by a U+FFFD): every group the page finds lies inside one block, so what the
// blocks may gain bounds what the groups may gain, and a page whose blocks cannot reach the bar is
// far behind unread.
// Tried and not kept (session 55, V55e, hotPass text 11 3 12 with KEEP_CG, main 3b6a2c03 1,524.0M,
// pageBlocks 37.3M of it, 5,250 walks of 561k characters, 66 instructions a character, all in
// optimised code): the blocks walked one at a time and summed only until they reach readRun's bar
// (pageBlocks -37.3M, the walk and sum +42.3M: most pages walked end below the bar, so the walk
// reads the run to its end anyway); a table of each code point's class (continuation, lead of 2-4)
// per page, one look-up for flat's byte and its two range tests (pageBlocks 33.3M, -4M, while
// TurboFan compiling moved +33M); and blocks shared between pages alike on a run (4,633 distinct
// classes of the run's characters in those 5,250 walks: nothing to share).

/** In {@link sequenceEnd}: the sequence is still open where the span ends. */
const OPEN = -2;

/**
 * Where the UTF-8 sequence that the byte of cps[i] in single-byte page table `flat` leads ends,
 * taken as loosely as findGroups could take it (any continuation byte after a lead, cut short by
 * a U+FFFD): the index after it, -1 where cps[i] is no lead byte or a byte after it no
 * continuation byte, or OPEN where the sequence reaches `end` still open (the walks below decide
 * what the character after the span may do).
 */
function sequenceEnd(cps: readonly number[], flat: Int16Array, i: number, end: number): number {
  const cp = cps[i] as number;
  const b = cp < 0x10000 ? (flat[cp] as number) : -1;
  if (b < 0xc2 || b > 0xf4) return -1;
  let j = i + 1;
  for (let k = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3; k > 0; k--) {
    if (j === end) return OPEN;
    if (cps[j] === 0xfffd) return j + 1;
    const c = cps[j] as number;
    const t = c < 0x10000 ? (flat[c] as number) : -1;
    if (t < 0x80 || t > 0xbf) return -1;
    j++;
  }
  return j;
}

/**
 * The blocks of single-byte page table `flat` (code point -> byte, -1 where the page lacks it) in
 * cps[start, end): written to `out` as (first, end, lead bytes) triples from its start; returns
 * how many numbers were written, or -1 where a sequence left open at `end` might take the
 * character after the run (findGroups reads a space there as 0xA0, a '?' as a lost byte): such a
 * run's groups are not known from its own bytes.
 *
 * Every group findGroups finds in cps[start, end) with `flat`'s page, lossy or not, lies inside
 * one block and holds no more lead bytes than it (pageBlocks.prop.test.ts). Why: a group starts at
 * a lead byte (0xC2-0xF4) and is whole sequences, each a lead byte and its continuation bytes, or
 * (lossy) a lead byte and fewer of them then a U+FFFD; the walk takes every such sequence at any
 * lead byte it meets, so it meets the group's first byte at a sequence's start (a byte inside a
 * sequence is a continuation byte or U+FFFD, never a lead) and takes the group's sequences one
 * after the other, as findGroups did.
 */
export function pageBlocks(
  cps: readonly number[],
  start: number,
  end: number,
  flat: Int16Array,
  out: number[],
): number {
  let n = 0;
  let leads = 0;
  for (let i = start; i < end; ) {
    // The sequence a lead byte at i starts, taken loosely: j is where it ends, or -1.
    let j = sequenceEnd(cps, flat, i, end);
    // Open at the run's end: a space or '?' after it may be taken.
    if (j === OPEN) {
      if (cps[end] === 0x20 || cps[end] === 0x3f) return -1;
      j = -1;
    }
    if (j < 0) {
      i++;
      continue;
    }
    // Back to back with the block before: the same block.
    if (n > 0 && out[n - 2] === i) {
      out[n - 2] = j;
      out[n - 1] = ++leads;
    } else {
      out[n++] = i;
      out[n++] = j;
      out[n++] = leads = 1;
    }
    i = j;
  }
  return n;
}

/**
 * Whether single-byte page table `flat` could find a group that is exactly cps[s, e) of a run
 * whose blocks {@link pageBlocks} knows (gave no -1: no group of it reaches past the run): its
 * bytes there are back-to-back sequences, taken as loosely as there (true too where a sequence
 * left open at `e` might take the next character).
 */
export function mayHoldGroup(
  cps: readonly number[],
  flat: Int16Array,
  s: number,
  e: number,
): boolean {
  const n = pageBlocks(cps, s, e, flat, held);
  return n < 0 || (n === 3 && held[0] === s && held[1] === e);
}

const held: number[] = [];

/**
 * {@link mayHoldGroup}, walked only as far as its answer needs (readRun.ts farMatters asks it of
 * every page left unread and every span that may go deeper; the whole walk of each span was 1.3%
 * of a fresh pass of text 11 3 12). The walk from `s` takes back-to-back sequences: reaching `e`
 * so, the span is one block (true); a sequence left open at `e` gives up where a space or '?'
 * follows (true). At the first byte that opens no sequence there, the first block ends before `e`
 * (or there is none at `s`), so the answer is only whether the rest of the walk gives up: never
 * where neither a space nor a '?' follows (false at once), else pageBlocks' walk from the next
 * character decides. pageBlocks.prop.test.ts holds the two equal on every span of generated runs.
 */
export function holdsGroupAt(
  cps: readonly number[],
  flat: Int16Array,
  s: number,
  e: number,
): boolean {
  // Not read past the text's end (a read out of bounds costs optimised code its speed).
  const next = e < cps.length ? (cps[e] as number) : -1;
  const open = next === 0x20 || next === 0x3f;
  let i = s;
  while (i < e) {
    const j = sequenceEnd(cps, flat, i, e);
    if (j === OPEN) {
      if (open) return true;
    } else if (j >= 0) {
      i = j;
      continue;
    }
    return open && pageBlocks(cps, i + 1, e, flat, held) < 0;
  }
  return i > s;
}
