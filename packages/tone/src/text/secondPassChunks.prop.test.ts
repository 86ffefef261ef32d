import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { workBudget } from './budget.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type EngineOptions, repairString } from './engine.js';
import { repairText } from './repairText.js';
import { CONTEXT } from './runParts.js';
import { withSecondPass } from './secondPass.js';
import { chunked } from './secondPassChunks.js';

// The second pass reads a long text whose chunks repeat one chunk each, with the chunk's votes
// counted as often as it occurs: it must decide exactly as reading the whole text does.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
// As repairText reads a text of `length`: a fresh memo, and the call's work budget.
const engine = (length: number): EngineOptions => ({
  encoders,
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  memo: new Map(),
  budget: { left: workBudget(length) },
});

// Pieces of mojibake and clean text whose repeats leave long second-pass windows.
const PIECES = [
  'Â Ã© ',
  'Â\u00a0Ã© ',
  'Ã© ',
  'â€œ',
  'Ð¿Ñ€',
  'Ñ',
  'Ð\u00a0',
  'Ð ',
  '蟹邪 ',
  'obs艂',
  'caf',
  'é ',
  ' ',
  '?',
  'ÃƒÂ©',
  'Ã',
];

const cpsOf = (s: string): Int32Array =>
  Int32Array.from(Array.from(s, (c) => c.codePointAt(0) ?? 0));

describe('chunked', () => {
  test.prop([fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.nat(3000)])(
    'every chunk is a copy of its place in the text, neighbours included, weighed by its count',
    (parts, n) => {
      const f = cpsOf(parts.join('').repeat(Math.ceil((n + 1) / parts.join('').length)));
      const c = chunked(f);
      if (!c) return;
      expect(c.cuts[0]).toBe(0);
      expect(c.cuts.at(-1)).toBe(f.length);
      const occurs = new Map<number, number>();
      for (let k = 0; k + 1 < c.cuts.length; k++) {
        const [start = 0, end = 0, copy = 0] = [c.cuts[k], c.cuts[k + 1], c.copies[k]];
        // The copy holds the chunk, and the neighbours it is read with, as in the text.
        const from = Math.max(0, start - CONTEXT);
        const to = Math.min(f.length, end + CONTEXT);
        expect([...c.text.subarray(copy - (start - from), copy + (to - start))]).toEqual([
          ...f.subarray(from, to),
        ]);
        // No run crosses a cut.
        if (start > 0) expect(f[start - 1]).toBeLessThan(0x80);
        occurs.set(copy, (occurs.get(copy) ?? 0) + 1);
      }
      for (const [copy, count] of occurs) expect(c.weights?.[copy]).toBe(count);
    },
  );

  it('leaves a text whose chunks do not repeat whole', () => {
    let s = '';
    for (let i = 0; s.length < 20_000; i++) s += `Ã${String.fromCharCode(0xa0 + (i % 90))} ${i} `;
    expect(chunked(cpsOf(s))).toBeUndefined();
    expect(chunked(cpsOf('Â\u00a0Ã© '.repeat(2000)))?.text.length).toBeLessThan(200);
  });
});

describe('withSecondPass', () => {
  test.prop(
    [
      fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }),
      fc.integer({ min: 1500, max: 8000 }),
    ],
    // Short units cast few votes per chunk: the ones where counting each chunk once would change
    // the message's page.
    {
      numRuns: 40,
      examples: [
        [['Â Ã© '], [], 3000],
        [['Â\u00a0Ã© '], [], 3000],
        [['Ð\u00a0', 'Ñ', ' '], ['?'], 5000],
      ],
    },
  )('reading repeated chunks once decides as reading the whole text', (unit, tail, n) => {
    const text = unit.join('').repeat(Math.ceil(n / unit.join('').length)) + tail.join('');
    const read = (chunkFrom: number) => {
      const options = engine(text.length);
      const first = repairString(text, options, 0);
      return withSecondPass(first.cps, first.proposals, options, chunkFrom);
    };
    const whole = read(Number.POSITIVE_INFINITY);
    expect(read(0)).toEqual(whole);
    // In order and apart (the first pass's proposals and the second's are merged in one walk).
    for (let k = 1; k < whole.length; k++)
      expect(whole[k]?.start).toBeGreaterThanOrEqual(whole[k - 1]?.end ?? 0);
  });

  it("repairs a long run of 'Â Ã© ' whole, each 'Â ' a no-break space", () => {
    // The first pass leaves "Â " beside each "é" it repairs; the second reads them in chunks and
    // finds "Â " to be the bytes C2 A0 of a no-break space whose 0xA0 became a space.
    const text = 'Â Ã© '.repeat(40_000);
    const options = engine(text.length);
    const first = repairString(text, options, 0);
    expect(first.proposals.filter((p) => p.applied).length).toBe(40_000);
    expect(repairText(text).text).toBe('\u00a0é '.repeat(40_000));
  });
});
