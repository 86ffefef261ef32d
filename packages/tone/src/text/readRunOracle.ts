import type { PageEncoder } from './codePages.js';
import { segmentCost } from './cost.js';
import type { EngineOptions, PageReading, Proposal } from './engine.js';
import { repairString } from './engine.js';
import { findGroups } from './findGroups.js';
import { holdsFrenchSpace } from './frenchSpace.js';
import { ALL_PAGES, possiblePages } from './pageMasks.js';
import { LONG, readsAlike } from './readRun.js';
import {
  ctxOf,
  endsInLetterOrNbsp,
  hasNonAscii,
  lineArt,
  pageName,
  RECURSE_PAGES,
  toCps,
  withGapAfterA,
} from './runParts.js';

// The run reader as it was before readRun.ts: every page reads the run on its own and every
// group's cost is computed from fresh slices. Kept as the oracle of readRun.ts (test-only: no
// module of the package imports it); readRun.prop.test.ts holds the two equal.

/**
 * The readings of cps[start, end) by each page, best first (the simple reader); the pages of
 * `without` are not asked (given, none is dropped: below).
 */
export function readRunOracle(
  cps: readonly number[],
  start: number,
  end: number,
  options: EngineOptions,
  depth: number,
  without?: ReadonlySet<PageEncoder>,
): PageReading[] {
  const readings: PageReading[] = [];
  if (options.counter) options.counter.steps += (end - start) * options.encoders.length;
  type Raw = {
    page: PageEncoder;
    group: { start: number; end: number; browser: boolean };
    decoded: string;
    gain: number;
    leads: number;
  };
  const raws: Raw[] = [];
  const possible = possiblePages(cps, start, end, options.encoders);
  if (possible === 0) return readings;
  for (let index = 0; index < options.encoders.length; index++) {
    const page = options.encoders[index] as PageEncoder;
    if (possible !== ALL_PAGES && (possible & (1 << index)) === 0) continue;
    if (without?.has(page)) continue;
    for (const group of findGroups(cps, start, end, page, {
      limit: cps.length,
      lossy: depth === 0 && page.losesBytes,
    })) {
      // Box drawing alone is line art ("├┤a┼┐a"), typed on purpose: the DOS page repairs only
      // stretches that also hold a letter ("╨┐╤Ç" for "пр", "─îe" for "Če").
      if (page.page === 'cp437' && lineArt(cps, group.start, group.end)) continue;
      let decoded = group.decoded;
      if (group.absorbedSpace && !endsInLetterOrNbsp(decoded)) continue;
      // Under a repair, French typography is no byte of a character one layer further.
      if (depth > 0 && holdsFrenchSpace(cps, group.start, group.end)) continue;
      // "à" stands alone in French and Portuguese: its space was both the 0xA0 and the gap
      // (but "às" and "àquele" are one word).
      if (group.absorbedSpace) decoded = withGapAfterA(cps, group.start, group.end, decoded);
      const { before, after } = ctxOf(cps, group.start, group.end);
      // Clean text almost never forms valid UTF-8 for long: each multi-byte sequence beyond the
      // third is evidence in itself (a Russian word read as GBK is all common Han, cost 0).
      const leads = group.leads;
      const gain =
        segmentCost(cps.slice(group.start, group.end), before, after) -
        segmentCost(toCps(decoded), before, after) +
        Math.max(0, leads - 3);
      raws.push({ page, group, decoded, gain, leads });
    }
  }
  // A second (and third) layer: decode once more the few readings of each span that gained most
  // (distinct texts only, so the pages that agree share one attempt). Bounded: a span recurses
  // at most RECURSE_PAGES times (once when it is long), so the work stays linear in the input.
  const deeper = new Map<Raw, ReturnType<typeof repairString>>();
  if (depth + 1 < options.maxChain) {
    const bySpan = new Map<string, Raw[]>();
    for (const r of raws) {
      // An intermediate layer may look worse than what it came from ("Å™" for "Ã…â„¢"): only
      // readings that are plain ASCII have nothing left to undo.
      if (!hasNonAscii(r.decoded) || r.gain < -3 * options.minGain) continue;
      // Only a reading that still looks odd in place is worth another layer ("é" is done).
      const { before, after } = ctxOf(cps, r.group.start, r.group.end);
      if (segmentCost(toCps(r.decoded), before, after) < 1) continue;
      const key = `${r.group.start}:${r.group.end}`;
      const list = bySpan.get(key) ?? [];
      list.push(r);
      bySpan.set(key, list);
    }
    const memo = new Map<string, ReturnType<typeof repairString>>();
    for (const list of bySpan.values()) {
      list.sort((a, b) => b.gain - a.gain);
      const cap = (list[0]?.group.end ?? 0) - (list[0]?.group.start ?? 0) > 256 ? 1 : RECURSE_PAGES;
      for (const r of list) {
        let inner = memo.get(r.decoded);
        if (inner === undefined) {
          if (memo.size >= cap) continue;
          // Inner layers are judged by the outer gain below, so they may be bolder on their own.
          inner = repairString(
            r.decoded,
            { ...options, minGain: 1 },
            depth + 1,
            ctxOf(cps, r.group.start, r.group.end),
          );
          memo.set(r.decoded, inner);
        }
        deeper.set(r, inner);
      }
      memo.clear();
    }
  }
  const perPage = new Map<PageEncoder, Proposal[]>();
  for (const r of raws) {
    let after = r.decoded;
    let chain: readonly string[] = [pageName(r.page.page, r.group.browser)];
    let gain = r.gain;
    let seqs: number | undefined = r.leads;
    const inner = deeper.get(r);
    if (inner) {
      if (inner.chain.length > 0) {
        const { before, after: ctxAfter } = ctxOf(cps, r.group.start, r.group.end);
        const innerGain =
          segmentCost(cps.slice(r.group.start, r.group.end), before, ctxAfter) -
          segmentCost(toCps(inner.text), before, ctxAfter);
        if (innerGain > gain) {
          after = inner.text;
          chain = [...chain, ...inner.chain];
          gain = innerGain;
          seqs = undefined;
        }
      }
    }
    const list = perPage.get(r.page) ?? [];
    list.push({
      start: r.group.start,
      end: r.group.end,
      after,
      chain,
      gain,
      applied: gain >= options.minGain,
      ...(seqs === undefined ? {} : { seqs }),
    });
    perPage.set(r.page, list);
  }
  for (const [page, proposals] of perPage) {
    let gain = 0;
    let covered = 0;
    let nonNegative = true;
    for (const p of proposals) {
      if (p.applied) gain += p.gain;
      covered += p.end - p.start;
      if (p.gain < 0) nonNegative = false;
    }
    // Only readings that gain, or that read the whole run no worse (for the dominant page), matter.
    if (gain > 0 || (nonNegative && covered === end - start))
      readings.push({ page, proposals, gain });
  }
  // A run over LONG characters that a single-byte page reads whole, as one group that may go
  // deeper, gaining 85% of its cost in place or more (the first such page): the other single-byte
  // pages that write every character of the run they have as it does (readsAlike) read pieces of
  // its reading; those that gain no more than it are as if not asked (docs/tone.md).
  if (without === undefined && end - start > LONG && depth + 1 < options.maxChain) {
    const { before, after } = ctxOf(cps, start, end);
    const least = 0.85 * segmentCost(cps.slice(start, end), before, after);
    const deep = (r: Raw) =>
      hasNonAscii(r.decoded) &&
      r.gain >= -3 * options.minGain &&
      segmentCost(toCps(r.decoded), before, after) >= 1;
    const w = options.encoders.find((page) => {
      const own = raws.filter((r) => r.page === page);
      const p = perPage.get(page);
      return (
        !page.doubleByte &&
        own.length === 1 &&
        own[0]?.group.start === start &&
        own[0]?.group.end === end &&
        deep(own[0]) &&
        (p?.[0]?.gain ?? 0) >= least
      );
    });
    const top = readings.find((r) => r.page === w)?.gain;
    const drop = new Set(
      options.encoders.filter(
        (p, index) =>
          w !== undefined &&
          top !== undefined &&
          (possible === ALL_PAGES || (possible & (1 << index)) !== 0) &&
          p !== w &&
          (readings.find((r) => r.page === p)?.gain ?? 0) <= top &&
          readsAlike(cps, start, end, w, p),
      ),
    );
    if (drop.size > 0) return readRunOracle(cps, start, end, options, depth, drop);
  }
  // Equal gains: the reading that repairs more of the run first (readRun.ts), then page order.
  const repaired = (r: PageReading) =>
    r.proposals.reduce((n, p) => n + (p.applied ? p.end - p.start : 0), 0);
  return readings.sort((a, b) => b.gain - a.gain || repaired(b) - repaired(a));
}
