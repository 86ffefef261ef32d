import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import { brokenText } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type Proposal, readString } from './engine.js';
import { withoutHopeless } from './hopeless.js';
import { withoutHopelessOracle } from './hopelessOracle.js';
import { withSecondPass } from './secondPass.js';
import { withSloppyStretches } from './sloppyStretch.js';

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

// withoutHopeless goes from applied proposal to applied proposal and finds each run around the
// first; the oracle walks every run of the text. Proposals of any shape: on ASCII, empty, across
// spaces and line breaks (the sloppy reading's pieces hold spaces), not applied; and the
// pipeline's own, on lines of mojibake.
// Mostly mojibake-looking characters, so that runs are long enough to stay hopeless.
const CHARS = [...'ã¢â‚¬„¢ƒæ’é€™Ã©Â', '\u0081', '😀', '感'];
const char = fc.oneof(
  { arbitrary: fc.constantFrom(...CHARS), weight: 6 },
  { arbitrary: fc.constantFrom(...'ab ?\n'), weight: 1 },
);
const proposalsOver = (n: number) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: n }),
        fc.nat({ max: 3 }),
        fc.constantFrom('é', '’', '€', 'ãƒ', 'x', '', '😀', 'Ã¢â‚¬'),
        fc.boolean(),
      ),
      { maxLength: 10 },
    )
    .map((picks) => {
      const out: Proposal[] = [];
      let at = 0;
      for (const [start, length, after, applied] of [...picks].sort((a, b) => a[0] - b[0])) {
        if (start < at) continue;
        const end = Math.min(n, start + length);
        out.push({ start, end, after, chain: ['windows-1252'], gain: 6, applied });
        at = Math.max(end, start + 1);
      }
      return out;
    });
const anyProposals = fc
  .array(char, { maxLength: 40 })
  .chain((chars) => fc.tuple(fc.constant(chars), proposalsOver(chars.length)));
const WORDS = ['Größe', 'Спасибо', 'Σας', '感谢您', 'Chúng tôi', 'Yaşadığınız', '🎁 “ok” —'];
const PAGES: CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'iso-8859-1'];
const lines = fc
  .array(
    fc.oneof(
      brokenText(WORDS, PAGES, { maxWords: 3, minLayers: 1 }),
      fc.array(char, { maxLength: 16 }).map((a) => a.join('')),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((ls) => ls.join('\n'));
const engine = {
  encoders: DEFAULT_PAGES.map((p) => encoderFor(p)),
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
};

describe('withoutHopeless, from applied proposal to applied proposal', () => {
  test.prop([anyProposals], {
    numRuns: 500,
    // An empty proposal at a run's start belongs to no run (the oracle skips it).
    examples: [
      [[[...'a ã¢ã¢ã¢'], [{ start: 2, end: 2, after: 'x', chain: [], gain: 6, applied: true }]]],
    ],
  })('withdraws what walking every run withdraws, whatever the proposals', ([chars, proposals]) => {
    const cps = chars.map((c) => c.codePointAt(0) ?? 0);
    expect(withoutHopeless(cps, proposals)).toEqual(withoutHopelessOracle(cps, proposals));
  });

  test.prop([lines], { numRuns: 200 })(
    "withdraws what walking every run withdraws, on the pipeline's proposals",
    (text) => {
      const first = readString(text, engine, 0);
      const { cps } = first;
      const proposals = withSloppyStretches(
        cps,
        withSecondPass(cps, first.proposals, engine),
        engine,
      );
      expect(withoutHopeless(cps, proposals)).toEqual(withoutHopelessOracle(cps, proposals));
    },
  );
});
