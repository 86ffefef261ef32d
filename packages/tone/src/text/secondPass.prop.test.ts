import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { brokenText } from '../../test/text/arbitraries.js';
import { SENTENCES } from '../../test/text/sentences.js';
import type { CodePage } from './codePageList.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type Proposal, readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { secondLook, withSecondPass } from './secondPass.js';
import { oracleLook } from './secondPassOracle.js';

// The second pass builds the first pass's output only around the repairs that may leave a window;
// the oracle (the pass as it was) builds all of it and scans it from end to end. They must read
// the same windows (the same characters from the same places of the input) and so decide alike.

const encoders = DEFAULT_PAGES.map(encoderFor);
const PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'shift_jis', 'koi8-r'];
const engine = () => ({
  encoders,
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  budget: { left: Number.POSITIVE_INFINITY, short: false },
});

// Any first pass, not only the engine's: spans of any length side by side or apart, repairs to
// nothing, to ASCII (a double-byte page's trail byte can be one), to astral characters, and
// unapplied proposals among them; the input's ASCII runs short and long, with line breaks.
const CHARS = [0x41, 0x20, 0x0a, 0x0d, 0xc3, 0xe9, 0x4e2d, 0x1f600];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.nat({ max: 12 }).map((n) => Array<number>(n).fill(0x61)) },
);
const span = fc.record({
  before: fc.array(piece, { maxLength: 3 }).map((ps) => ps.flat()),
  length: fc.integer({ min: 1, max: 4 }),
  after: fc.array(fc.constantFrom('a', ' ', 'é', '中', '😀', '\n'), { maxLength: 3 }),
  applied: fc.boolean(),
});
const firstPass = fc
  .tuple(fc.array(span, { maxLength: 12 }), fc.array(piece, { maxLength: 3 }))
  .map(([spans, tail]) => {
    const cps: number[] = [];
    const first: Proposal[] = [];
    for (const s of spans) {
      cps.push(...s.before);
      const start = cps.length;
      for (let i = 0; i < s.length; i++) cps.push(0xc3 + (i % 2) * 0x21);
      const after = s.after.join('');
      first.push({ start, end: cps.length, after, chain: [], gain: 5, applied: s.applied });
    }
    cps.push(...tail.flat());
    return { cps, first };
  });

// Texts as the engine reads them: mojibake of real sentences and of single words, on one line
// or several, with repairs at the ends, beside clean text and beside the fragments the second
// pass exists for ("Ð " is "Р" once its neighbour is repaired).
const WORDS = Object.values(SENTENCES)
  .flat()
  .flatMap((s) => s.split(' '));
const part = fc.oneof(
  brokenText(WORDS, PAGES, { maxWords: 3, minLayers: 1 }),
  fc
    .tuple(fc.constantFrom(...Object.values(SENTENCES).flat()), fc.constantFrom(...PAGES))
    .map(([s, page]) => mojibake(s, page)),
  fc.constantFrom(...Object.values(SENTENCES).flat()),
  // A Cyrillic letter whose second byte became a space: readable only beside its repaired word.
  fc
    .constantFrom(...(SENTENCES.ru ?? []), ...(SENTENCES.uk ?? []))
    .map((s) => mojibake(s, 'windows-1252').replace(/Ð./, 'Ð ')),
  fc.constantFrom('Ð ', 'Ñƒ', 'Ã', 'Â ', 'â€œ', 'é', '\ufffd', 'ü', 'abcdefghij'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc
  .array(fc.tuple(part, fc.constantFrom('', ' ', '\n', '\r\n', ' ok then, fine: ')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((ps) => ps.map(([p, sep]) => p + sep).join(''));

describe('secondLook', () => {
  it('looks beside a repair at the unrepaired non-ASCII characters, and only there', () => {
    const a = { start: 0, end: 1, after: 'a', chain: [], gain: 5, applied: true };
    const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0) as number);
    expect(secondLook(cps('XÃ and so on'), [a])?.inAt).toEqual(
      Int32Array.from([-1, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
    expect(secondLook(cps('X  Ã'), [a])).toBeUndefined();
    // A span that repairs to nothing brings its neighbours together: "a" beside "Ã".
    const gone = { ...a, start: 1, end: 3, after: '' };
    expect(secondLook(cps('X  Ã'), [a, gone])?.text).toEqual(Int32Array.from([0x61, 0xc3]));
    expect(secondLook(cps('X  Ã'), [gone])).toBeUndefined();
  });

  it('reads a neighbour of a repair that the first pass could not judge', () => {
    // "Ð " cannot be judged while its neighbour is mojibake; next to "Ð¿…" it reads as "Р".
    const text = mojibake('Спасибо за обращение', 'windows-1252').replace('Ð¡', 'Ð ');
    const first = readString(text, engine(), 0);
    expect(withSecondPass(first.cps, first.proposals, engine()).length).toBeGreaterThan(
      first.proposals.length,
    );
  });

  test.prop([firstPass], { numRuns: 2000 })(
    'reads the windows the whole output holds, from the same places',
    ({ cps, first }) => {
      expect(secondLook(cps, first)).toEqual(oracleLook(cps, first));
    },
  );

  test.prop([text], { numRuns: 300 })(
    "reads the windows the whole output holds after the engine's first pass",
    (t) => {
      const first = readString(t, engine(), 0);
      expect(secondLook(first.cps, first.proposals)).toEqual(
        oracleLook(first.cps, first.proposals),
      );
    },
  );
});

describe('withSecondPass', () => {
  test.prop([text, fc.constantFrom(0, Number.POSITIVE_INFINITY)], { numRuns: 200 })(
    'decides as the pass that built the whole output',
    (t, chunkFrom) => {
      const first = readString(t, engine(), 0);
      expect(withSecondPass(first.cps, first.proposals, engine(), chunkFrom)).toEqual(
        withSecondPass(first.cps, first.proposals, engine(), chunkFrom, oracleLook),
      );
    },
  );
});
