// resolveOverlaps sorts a message's few candidates by insertion (no work arrays per call) and many
// with the built-in sort: against the plain reading (a copy sorted by the built-in sort, stable),
// the same spans and the same winner objects, ties of every kind included, on both sides of 32.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Candidate, type Resolved, resolveOverlaps } from './resolve.js';
import type { Recognizer } from './types.js';

const recognizer = { id: 'r', type: 'phone', placeholder: '[PHONE]', find: () => [] } as Recognizer;

/** The previous tree's reading, as it was: the oracle. */
function plainResolve(candidates: readonly Candidate[]): Resolved[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Resolved[] = [];
  let current: { start: number; end: number; winner: Candidate } | undefined;
  for (const c of sorted) {
    if (current !== undefined && c.start < current.end) {
      current.end = Math.max(current.end, c.end);
      const w = current.winner;
      const beats =
        c.confidence !== w.confidence
          ? c.confidence > w.confidence
          : c.end - c.start !== w.end - w.start
            ? c.end - c.start > w.end - w.start
            : c.rank < w.rank;
      if (beats) current.winner = c;
      continue;
    }
    if (current !== undefined) out.push(current);
    current = { start: c.start, end: c.end, winner: c };
  }
  if (current !== undefined) out.push(current);
  return out;
}

// Few distinct starts, lengths, confidences and ranks: candidates that tie on all of them are
// told apart only by object identity, which an unstable sort would change.
const candidate = fc
  .record({
    start: fc.integer({ min: 0, max: 12 }),
    length: fc.integer({ min: 1, max: 4 }),
    confidence: fc.constantFrom(0.8, 0.9),
    rank: fc.integer({ min: 0, max: 1 }),
  })
  .map(({ start, length, confidence, rank }) => ({
    start,
    end: start + length,
    confidence,
    recognizer,
    rank,
  }));

describe('resolveOverlaps', () => {
  test.prop([fc.array(candidate, { maxLength: 40 })])(
    'the same spans and winners as the plain reading',
    (candidates) => {
      const got = resolveOverlaps(candidates);
      const want = plainResolve(candidates);
      expect(got.map(({ start, end }) => [start, end])).toEqual(
        want.map(({ start, end }) => [start, end]),
      );
      for (let k = 0; k < got.length; k++) expect(got[k]?.winner).toBe(want[k]?.winner);
    },
  );

  it('takes the first of two candidates that tie on everything (the property is not vacuous)', () => {
    const a = { start: 3, end: 5, confidence: 0.9, recognizer, rank: 0 };
    const b = { ...a };
    const c = { start: 0, end: 1, confidence: 0.9, recognizer, rank: 0 };
    const [, span] = resolveOverlaps([a, c, b]);
    expect(span?.winner).toBe(a);
  });
});
