import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import type { CodePage } from './codePageList.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { fromCps, mayLookAgain } from './runParts.js';
import { withSecondPass } from './secondPass.js';

// repairText skips the second pass where mayLookAgain says it could find nothing: the second
// pass itself (the oracle) must then return the first pass's proposals as they are.
const encoders = DEFAULT_PAGES.map(encoderFor);
const PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'shift_jis', 'koi8-r'];
const engine = () => ({
  encoders,
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  budget: { left: Number.POSITIVE_INFINITY, short: false },
});

const part = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.values(SENTENCES).flat()), fc.constantFrom(...PAGES))
    .map(([s, page]) => mojibake(s, page)),
  fc
    .tuple(
      fc.constantFrom(...Object.values(SENTENCES).flat()),
      fc.constantFrom(...PAGES),
      fc.constantFrom(...PAGES),
    )
    .map(([s, a, b]) => mojibake(mojibake(s, a), b)),
  fc.constantFrom(...Object.values(SENTENCES).flat()),
  fc.constantFrom('Ã', 'Ã© Ã¨', 'Â ', 'â€œ', '?', 'Ð ', 'Ñƒ', 'é', '€', '\u0093', '\ufffd', 'ü'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('mayLookAgain', () => {
  test.prop([fc.array(part, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' ')], {
    numRuns: 300,
  })('where it says no, the second pass returns the first pass as it is', (parts, sep) => {
    const options = engine();
    const first = readString(parts.join(sep), options, 0);
    if (mayLookAgain(first.cps, first.proposals)) return;
    expect(withSecondPass(first.cps, first.proposals, options)).toEqual(first.proposals);
  });

  it('says yes where the second pass repairs a neighbour of a repair', () => {
    // "Ð " cannot be judged while its neighbour is mojibake; next to "Ð¿…" it reads as "Р".
    const text = mojibake('Спасибо за обращение', 'windows-1252').replace('Ð¡', 'Ð ');
    const options = engine();
    const first = readString(text, options, 0);
    const second = withSecondPass(first.cps, first.proposals, options);
    expect(second.length).toBeGreaterThan(first.proposals.length);
    expect(mayLookAgain(first.cps, first.proposals)).toBe(true);
    const a = { start: 0, end: 1, after: 'a', chain: [], gain: 5, applied: true };
    expect(mayLookAgain([0x41, 0xc3, 0x20], [a])).toBe(true);
    expect(mayLookAgain([0x41, 0x20, 0x20, 0xc3], [a])).toBe(false);
    expect(mayLookAgain([0x41, 0x20], [{ ...a, after: '' }])).toBe(true);
  });
});

describe('fromCps', () => {
  test.prop([
    fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7ff }), fc.integer({ min: 0, max: 0x10ffff })), {
      maxLength: 9000,
    }),
    fc.nat(),
    fc.nat(),
  ])('is the code points one by one, whatever the span', (cps, a, b) => {
    const from = a % (cps.length + 1);
    const to = from + (b % (cps.length - from + 1));
    let oracle = '';
    for (let k = from; k < to; k++) oracle += String.fromCodePoint(cps[k] as number);
    expect(fromCps(cps, from, to)).toBe(oracle);
  });
});
