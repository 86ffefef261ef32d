import { cardsNoted, keepCardHeads } from './cardHeads.js';
import { crossedRows } from './lines.js';
import { type Candidate, type Resolved, resolveOverlaps } from './resolve.js';

// Redacting changes the text around each span ("920000 000 192.168.1.20" reads differently from
// "920000 000 [IP]"), so a number can surface only once its neighbour is gone. Passes run until
// the output yields nothing new: redaction is idempotent by construction. Two passes are the rule;
// the bound only guards against a custom recognizer that matches its own placeholder.
const MAX_PASSES = 6;

/** Thrown when passes keep finding new spans: the caller fails closed. */
export class Unsettled extends Error {}

/** Where each placeholder stands in a rendered output: [start, end), ascending. */
export type Placeholders = readonly (readonly [number, number])[];

// What render writes per segment of its output (the text between spans, then a span's
// placeholder): where it starts in the output, where in the input, and the span's index (-1 for
// text), three numbers a segment in one typed array. As an object a segment and a string a part
// in growing arrays, 26,666 spans of 160,000 characters ("a@[1::" over and over) cost 46 times
// what 6,666 did (objects surviving the young generation's collections, copied at each): the
// linear-time tests of address literals failed under load.
const SEGMENT = 3;
// Parts joined by the thousand, for the same reason.
const CHUNK = 1024;

/**
 * Join `parts` onto `chunks` once they are a thousand (see CHUNK): an array of a part each grows
 * past V8's large-object size on a text of thousands of spans. Returns the parts to go on with.
 */
export function chunked(parts: string[], chunks: string[]): string[] {
  if (parts.length < CHUNK) return parts;
  chunks.push(parts.join(''));
  return [];
}

/**
 * `text` with `spans` (ascending, disjoint) replaced by their recognizers' placeholders: the output,
 * each segment's place in it and in the input ({@link toInput}), and where each placeholder stands.
 * What a later pass reads, and what laterPass.ts's gate reads the phone labels of.
 */
export function render(
  text: string,
  spans: readonly Resolved[],
): { out: string; segments: Int32Array; placeholders: Placeholders } {
  const segments = new Int32Array(SEGMENT * (2 * spans.length + 1));
  const placeholders: [number, number][] = [];
  const chunks: string[] = [];
  let parts: string[] = [];
  let at = 0;
  let length = 0;
  let k = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Resolved;
    segments[k++] = length;
    segments[k++] = at;
    segments[k++] = -1;
    parts.push(text.slice(at, span.start));
    length += span.start - at;
    segments[k++] = length;
    segments[k++] = span.start;
    segments[k++] = i;
    const placeholder = span.winner.recognizer.placeholder;
    parts.push(placeholder);
    placeholders.push([length, length + placeholder.length]);
    length += placeholder.length;
    at = span.end;
    parts = chunked(parts, chunks);
  }
  segments[k++] = length;
  segments[k++] = at;
  segments[k] = -1;
  parts.push(text.slice(at));
  chunks.push(parts.join(''));
  return { out: chunks.join(''), segments, placeholders };
}

/** The input offset of output offset `o`; inside a placeholder, the replaced span's start or end. */
function toInput(
  segments: Int32Array,
  spans: readonly Resolved[],
  o: number,
  side: 'start' | 'end',
): number {
  let lo = 0;
  let hi = segments.length / SEGMENT - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const outStart = segments[SEGMENT * mid] as number;
    if (outStart < o || (outStart === o && side === 'start')) lo = mid;
    else hi = mid - 1;
  }
  const span = segments[SEGMENT * lo + 2] as number;
  if (span < 0)
    return (segments[SEGMENT * lo + 1] as number) + (o - (segments[SEGMENT * lo] as number));
  const resolved = spans[span] as Resolved;
  return side === 'start' ? resolved.start : resolved.end;
}

/**
 * Resolve the candidates of `text`, then (unless `mayFindMore` says the first pass's spans leave
 * nothing to find) read the redacted output again until it yields nothing new, mapping what later passes find back to offsets of the input. Later passes tell `collect`
 * where the placeholders stand and which lines they carried across a table's row bound (the
 * built-in recognizers read only their lines and those rows below: lines.ts).
 *
 * @throws {Unsettled} When passes keep finding new spans.
 */
export function settle(
  text: string,
  collect: (text: string, placeholders?: Placeholders, crossed?: readonly number[]) => Candidate[],
  mayFindMore: (spans: readonly Resolved[]) => boolean = () => true,
): Resolved[] {
  let candidates = collect(text);
  // A quantity before a card, which only the phone reading took with it, stays (cardHeads.ts):
  // asked once the card recognizer found a card, on this pass or an earlier one.
  let cards = cardsNoted();
  let spans = resolveOverlaps(cards ? keepCardHeads(text, candidates) : candidates);
  // Most first passes leave nothing a later one could read otherwise (laterPass.ts).
  if (spans.length > 0 && !mayFindMore(spans)) return spans;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (spans.length === 0) return spans;
    const { out, segments, placeholders } = render(text, spans);
    // The lines the placeholders carried across lines.ts MAX_ROW: the rows below them read
    // otherwise than in the input (lines.ts blankQuietLines).
    const extra = collect(out, placeholders, crossedRows(text, spans));
    if (extra.length === 0) return spans;
    candidates = candidates.concat(
      extra.map((c) => ({
        ...c,
        start: toInput(segments, spans, c.start, 'start'),
        end: toInput(segments, spans, c.end, 'end'),
      })),
    );
    cards = cardsNoted() || cards;
    spans = resolveOverlaps(cards ? keepCardHeads(text, candidates) : candidates);
  }
  throw new Unsettled('redaction did not settle');
}
