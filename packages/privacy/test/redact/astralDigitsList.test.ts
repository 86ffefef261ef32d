// The list of decimal digits past the BMP that redact folds (astralDigits.ts), its test, and the
// fold itself, each held to the platform's \p{Nd} and to a brute-force oracle.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ASTRAL_DIGIT,
  ASTRAL_DIGIT_ZEROS,
  foldAstralDigits,
} from '../../src/redact/astralDigits.js';

const listed = new Map(
  ASTRAL_DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, d) => [zero + d, d])),
);
const isDigit = (c: number): boolean => /\p{Nd}/u.test(String.fromCodePoint(c));
// The list is Unicode 16's; a platform of an older Unicode knows fewer (engines: node >= 20.11).
const UNICODE_16 = Number(process.versions.unicode?.split('.')[0] ?? 0) >= 16;

describe('ASTRAL_DIGIT_ZEROS', () => {
  it("knows every decimal digit past the BMP that the platform knows (\\p{Nd}), each run's zero", () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c < 0x110000; c++)
      if (isDigit(c) ? !listed.has(c) : UNICODE_16 && listed.has(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    // Each listed zero starts a run, or follows one of ten (U+116DA, the Mathematical fonts).
    for (const zero of ASTRAL_DIGIT_ZEROS)
      if (isDigit(zero - 1)) expect(listed.get(zero - 1), `U+${zero.toString(16)}`).toBe(9);
  });
});

describe('ASTRAL_DIGIT', () => {
  it('matches a listed digit and no other pair of units', () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c < 0x110000; c++)
      if (ASTRAL_DIGIT.test(String.fromCodePoint(c)) !== listed.has(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    expect(ASTRAL_DIGIT.test('0123456789 ٠١٢ ０１ 😀 \ud835 \udfce')).toBe(false);
  });
});

/** The fold, a code point at a time: the brute force. */
function oracle(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const d = listed.get(ch.codePointAt(0) as number);
    at.push(i);
    if (d === undefined) {
      // A pair that is no digit keeps its two units, each where it was.
      if (ch.length === 2) at.push(i + 1);
      out += ch;
    } else out += String(d);
    i += ch.length;
  }
  at.push(i);
  return { text: out, at };
}

const units = fc.oneof(
  fc.constantFrom(...ASTRAL_DIGIT_ZEROS).chain((z) => fc.constant(String.fromCodePoint(z + 7))),
  fc.integer({ min: 0, max: 9 }).map((d) => String.fromCodePoint(0x1d7ce + d)),
  fc.constantFrom('4', ' ', '-', 'a', 'é', '٣', '😀', '🤣', '𝐀', '\ud835', '\udfce', '\ud83e'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);

describe('foldAstralDigits', () => {
  test.prop([fc.array(units, { maxLength: 60 }).map((a) => a.join(''))])(
    'agrees with the fold a code point at a time',
    (text) => {
      const { text: folded, at } = foldAstralDigits(text);
      const o = oracle(text);
      expect(folded).toBe(o.text);
      expect(Array.from(at)).toEqual(o.at);
      expect(ASTRAL_DIGIT.test(text)).toBe(folded !== text);
    },
  );

  it('folds a text longer than one chunk of units', () => {
    const text = `${'𝟒'.repeat(9000)}x${'😀'.repeat(5000)}`;
    const { text: folded, at } = foldAstralDigits(text);
    expect(folded).toBe(`${'4'.repeat(9000)}x${'😀'.repeat(5000)}`);
    expect(at[9000]).toBe(18000);
    expect(at[folded.length]).toBe(text.length);
  });
});
