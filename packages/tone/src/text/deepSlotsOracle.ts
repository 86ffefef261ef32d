import type { DeepSpan } from './deepSlots.js';
import { mayHoldGroup } from './pageBlocks.js';
import { RECURSE_PAGES } from './runParts.js';

/**
 * slotsOverflow (deepSlots.ts) as readRun.ts's farMatters asked it before session 54: for each
 * span, in order, every unread page asked (the whole walk of pageBlocks), then the span's readings
 * counted. The oracle deepSlots.prop.test.ts holds the fast one to.
 */
export function slotsOverflowOracle(
  cps: readonly number[],
  unread: readonly Int16Array[],
  spans: readonly DeepSpan[],
): boolean {
  for (const { start: s, end: e } of spans) {
    let n = 0;
    for (const flat of unread) if (mayHoldGroup(cps, flat, s, e)) n++;
    if (n === 0) continue;
    for (const o of spans) if (o.start === s && o.end === e) n++;
    if (n > (e - s > 256 ? 1 : RECURSE_PAGES)) return true;
  }
  return false;
}
