import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import type { Proposal } from './engine.js';
import { withoutHopeless } from './hopeless.js';

// Brute force beside the sweep: for each proposal, rebuild its run's repaired text and count the
// lead/continuation pairs through iconv-lite's own Windows-1252 table (C1 controls as themselves).
const win1252 = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  if (
    cp < 0x80 ||
    (cp >= 0x80 && cp < 0xa0 && iconv.decode(Buffer.from([cp]), 'windows-1252') === '\ufffd')
  )
    return cp;
  const b = iconv.encode(ch, 'windows-1252');
  return b.length === 1 && b[0] !== 0x3f ? (b[0] ?? 0) : 0;
};
const pairsOf = (s: string): number => {
  const bytes = Array.from(s, win1252);
  return bytes.filter(
    (b, i) =>
      i > 0 && b >= 0x80 && b <= 0xbf && (bytes[i - 1] ?? 0) >= 0xc2 && (bytes[i - 1] ?? 0) <= 0xf4,
  ).length;
};

const ALPHABET = [...'ab ã¢â‚¬„¢ƒæ’é€™Ã©', '\u0081'];
const input = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 30 })
  .chain((chars) =>
    fc
      .uniqueArray(fc.nat({ max: chars.length - 1 }), { maxLength: 8 })
      .map((cuts) => [...cuts].sort((a, b) => a - b))
      .chain((cuts) =>
        fc.tuple(
          fc.constant(chars),
          fc.constant(cuts),
          fc.array(fc.constantFrom('é', '’', '€', 'ãƒ', 'x'), {
            minLength: cuts.length,
            maxLength: cuts.length,
          }),
        ),
      ),
  );

describe('withoutHopeless', () => {
  test.prop([input], { numRuns: 300 })(
    'withdraws exactly the repairs of runs left with 3+ pairs and more pairs than repairs',
    ([chars, cuts, afters]) => {
      const cps = chars.map((c) => c.codePointAt(0) ?? 0);
      // Proposals: one character each, on non-ASCII characters only (as the engine's are).
      const proposals: Proposal[] = cuts
        .map((at, i) => ({ at, after: afters[i] ?? 'x' }))
        .filter(({ at }) => (cps[at] ?? 0) >= 0x80)
        .map(({ at, after }) => ({
          start: at,
          end: at + 1,
          after,
          chain: ['windows-1252'],
          gain: 6,
          applied: true,
        }));
      const out = withoutHopeless(cps, proposals);
      expect(out.map(({ applied: _, ...p }) => p)).toEqual(
        proposals.map(({ applied: _, ...p }) => p),
      );
      for (const [k, p] of proposals.entries()) {
        let s = p.start;
        while (s > 0 && (cps[s - 1] ?? 0) >= 0x80) s--;
        let e = p.end;
        while (e < cps.length && (cps[e] ?? 0) >= 0x80) e++;
        const mine = proposals.filter((q) => q.start >= s && q.start < e);
        const text = chars
          .slice(s, e)
          .map((c, i) => mine.find((q) => q.start === s + i)?.after ?? c)
          .join('');
        const pairs = pairsOf(text);
        expect(out[k]?.applied).toBe(!(pairs >= 3 && pairs > mine.length));
      }
    },
  );
});
