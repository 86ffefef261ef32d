import { type Candidate, type Resolved, resolveOverlaps } from './resolve.js';

// Redacting changes the text around each span ("920000 000 192.168.1.20" reads differently from
// "920000 000 [IP]"), so a number can surface only once its neighbour is gone. Passes run until
// the output yields nothing new: redaction is idempotent by construction. Two passes are the rule;
// the bound only guards against a custom recognizer that matches its own placeholder.
const MAX_PASSES = 6;

/** Thrown when passes keep finding new spans: the caller fails closed. */
export class Unsettled extends Error {}

type Segment = { readonly outStart: number; readonly inStart: number; readonly span?: Resolved };

/** Where each placeholder stands in a rendered output: [start, end), ascending. */
export type Placeholders = readonly (readonly [number, number])[];

function render(
  text: string,
  spans: readonly Resolved[],
): { out: string; segments: Segment[]; placeholders: Placeholders } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const placeholders: [number, number][] = [];
  let at = 0;
  let length = 0;
  for (const span of spans) {
    segments.push({ outStart: length, inStart: at });
    parts.push(text.slice(at, span.start));
    length += span.start - at;
    segments.push({ outStart: length, inStart: span.start, span });
    parts.push(span.winner.recognizer.placeholder);
    placeholders.push([length, length + span.winner.recognizer.placeholder.length]);
    length += span.winner.recognizer.placeholder.length;
    at = span.end;
  }
  segments.push({ outStart: length, inStart: at });
  parts.push(text.slice(at));
  return { out: parts.join(''), segments, placeholders };
}

/** The input offset of output offset `o`; inside a placeholder, the replaced span's start or end. */
function toInput(segments: readonly Segment[], o: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const seg = segments[mid] as Segment;
    if (seg.outStart < o || (seg.outStart === o && side === 'start')) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo] as Segment;
  if (seg.span === undefined) return seg.inStart + (o - seg.outStart);
  return side === 'start' ? seg.span.start : seg.span.end;
}

/**
 * Resolve the candidates of `text`, then (unless `mayFindMore` says the first pass's spans leave
 * nothing to find) read the redacted output again until it yields nothing new, mapping what later passes find back to offsets of the input. Later passes tell `collect`
 * where the placeholders stand (the built-in recognizers read only their lines: lines.ts).
 *
 * @throws {Unsettled} When passes keep finding new spans.
 */
export function settle(
  text: string,
  collect: (text: string, placeholders?: Placeholders) => Candidate[],
  mayFindMore: (spans: readonly Resolved[]) => boolean = () => true,
): Resolved[] {
  let candidates = collect(text);
  let spans = resolveOverlaps(candidates);
  // Most first passes leave nothing a later one could read otherwise (laterPass.ts).
  if (spans.length > 0 && !mayFindMore(spans)) return spans;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (spans.length === 0) return spans;
    const { out, segments, placeholders } = render(text, spans);
    const extra = collect(out, placeholders);
    if (extra.length === 0) return spans;
    candidates = candidates.concat(
      extra.map((c) => ({
        ...c,
        start: toInput(segments, c.start, 'start'),
        end: toInput(segments, c.end, 'end'),
      })),
    );
    spans = resolveOverlaps(candidates);
  }
  throw new Unsettled('redaction did not settle');
}
