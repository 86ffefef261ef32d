import { holdsGroupAt } from './pageBlocks.js';
import { RECURSE_PAGES } from './runParts.js';

/** A span of a run where some page's reading may go one layer deeper (readRun.ts's raws). */
export type DeepSpan = { readonly start: number; readonly end: number };

/**
 * Whether one of the single-byte pages left unread (their tables, `unread`) might find a group on
 * a span of `spans` (the groups of a run's readings that may go deeper, in order, a span once per
 * reading) where the span's readings with theirs are more than its slots (RECURSE_PAGES, one when
 * the span is over 256 characters): readRun.ts's farMatters then reads those pages (readDeeper
 * gives the slots by outer gain, a far page's too). Each span is asked once (its answer is its
 * own: the pages of a run mostly find the same groups), and only as many pages as the slots need
 * to overflow. deepSlots.prop.test.ts holds it to deepSlotsOracle.ts (each reading's span asked of
 * every page, the whole walk of pageBlocks each time: 1.3% of a fresh pass of text 11 3 12).
 */
export function slotsOverflow(
  cps: readonly number[],
  unread: readonly Int16Array[],
  spans: readonly DeepSpan[],
): boolean {
  for (let a = 0; a < spans.length; a++) {
    const { start: s, end: e } = spans[a] as DeepSpan;
    let deep = 0;
    let asked = false;
    for (let b = 0; b < spans.length; b++) {
      const o = spans[b] as DeepSpan;
      if (o.start === s && o.end === e) {
        if (b < a) asked = true;
        deep++;
      }
    }
    if (asked) continue;
    // More readings than the span's slots once `need` unread pages might find the group too.
    const need = Math.max(1, (e - s > 256 ? 1 : RECURSE_PAGES) + 1 - deep);
    let n = 0;
    for (let u = 0; u < unread.length && n < need; u++)
      if (holdsGroupAt(cps, unread[u] as Int16Array, s, e)) n++;
    if (n >= need) return true;
  }
  return false;
}
