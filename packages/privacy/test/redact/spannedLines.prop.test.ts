// A later pass keeps a built-in recognizer's match only where the lines it spans hold a placeholder
// (redact.ts nearPlaceholder). Those lines were found by a search back to the line's start and on
// to its end per match: on one long line of matches, the line's length per match (quadratic).
// SpannedLines keeps the line of the last match; here it answers as the two searches do, for any
// text of lines (empty ones, a "\n" first or last) and any spans in any order, the same reader
// asked again and again as collect asks it.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { SpannedLines } from '../../src/redact/lines.js';

// Texts of short lines over few characters, so that spans land on line ends and empty lines.
const text = fc
  .array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n'), { minLength: 0, maxLength: 40 })
  .map((parts) => parts.join(''));

const withSpans = text.chain((t) =>
  fc.tuple(
    fc.constant(t),
    fc.array(
      fc
        .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      { maxLength: 30 },
    ),
  ),
);

describe('SpannedLines', () => {
  test.prop([withSpans], { numRuns: 2000 })(
    'answers as lastIndexOf and indexOf do, span after span',
    ([t, spans]) => {
      const lines = new SpannedLines(t);
      for (const [start, end] of spans) {
        const newline = t.indexOf('\n', end);
        expect([lines.from(start), lines.to(end)]).toEqual([
          t.lastIndexOf('\n', start - 1) + 1,
          newline < 0 ? t.length : newline,
        ]);
      }
    },
  );

  it('reads a "\\n" at the start as lastIndexOf does (a start of 0 reads the unit at 0)', () => {
    const lines = new SpannedLines('\nab');
    expect(lines.from(0)).toBe(1);
    expect(lines.from(0)).toBe(1);
    expect(lines.to(0)).toBe(0);
    expect(lines.from(2)).toBe(1);
  });

  it('a later pass over one long line of matches still redacts each of them', () => {
    // The shape of linear.test.ts "later-pass matches on one long line": the first pass finds the
    // IP, and the address only once the IP is a placeholder (its domain read through "で").
    const { text: out } = redact(`hello\nthere\n${'a@b.jpで8.8.8.8で'.repeat(3)}`, {
      locale: 'ja-JP',
    });
    expect(out).toBe(`hello\nthere\n${'[EMAIL]で[IP]で'.repeat(3)}`);
  });
});
