// The list of decimal digits past the BMP that redact folds (astralDigits.ts), its test, and the
// fold itself, each held to the platform's \p{Nd} and NFKC and to a brute-force oracle. The fold
// takes the Mathematical letters (U+1D400-1D7FF) to their NFKC as well (T51a).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ASTRAL_DIGIT_ZEROS, ASTRAL_FOLDED, foldAstral } from '../../src/redact/astralDigits.js';

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

/** A Mathematical Alphanumeric symbol whose NFKC is one BMP unit: that unit. */
function mathUnit(c: number): string | undefined {
  if (c < 0x1d400 || c > 0x1d7ff) return undefined;
  const nfkc = String.fromCodePoint(c).normalize('NFKC');
  return nfkc.length === 1 ? nfkc : undefined;
}

/** A Letterlike Symbol (U+2100-214F) whose NFKC is one ASCII letter: that letter. */
function letterlikeUnit(c: number): string | undefined {
  if (c < 0x2100 || c > 0x214f) return undefined;
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  return /^[A-Za-z]$/.test(nfkc) ? nfkc : undefined;
}

describe('ASTRAL_FOLDED', () => {
  it('matches a listed digit or a Mathematical symbol one BMP unit in NFKC, no other pair', () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c < 0x110000; c++) {
      const folds = listed.has(c) || mathUnit(c) !== undefined;
      if (ASTRAL_FOLDED.test(String.fromCodePoint(c)) !== folds) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    // Every assigned symbol of the block but its 28 holes (the Letterlike Symbols stand there).
    let math = 0;
    for (let c = 0x1d400; c <= 0x1d7ff; c++) if (mathUnit(c) !== undefined) math++;
    expect(math).toBe(1024 - 28);
    expect(ASTRAL_FOLDED.test('0123456789 ٠١٢ ０１ 😀 \ud835 \udfce')).toBe(false);
  });
});

/** The fold, a code point at a time: the brute force. */
function oracle(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const d = listed.get(c);
    const u = d === undefined ? (mathUnit(c) ?? letterlikeUnit(c)) : String(d);
    at.push(i);
    if (u === undefined) {
      // A pair that is no digit nor letter keeps its two units, each where it was.
      if (ch.length === 2) at.push(i + 1);
      out += ch;
    } else out += u;
    i += ch.length;
  }
  at.push(i);
  return { text: out, at };
}

const units = fc.oneof(
  fc.constantFrom(...ASTRAL_DIGIT_ZEROS).chain((z) => fc.constant(String.fromCodePoint(z + 7))),
  fc.integer({ min: 0, max: 9 }).map((d) => String.fromCodePoint(0x1d7ce + d)),
  fc.constantFrom('4', ' ', '-', 'a', 'é', '٣', '😀', '🤣', '𝐀', '\ud835', '\udfce', '\ud83e'),
  fc.integer({ min: 0x1d400, max: 0x1d7ff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x2100, max: 0x214f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);

describe('foldAstral', () => {
  test.prop([fc.array(units, { maxLength: 60 }).map((a) => a.join(''))])(
    'agrees with the fold a code point at a time',
    (text) => {
      const { text: folded, at } = foldAstral(text);
      const o = oracle(text);
      expect(folded).toBe(o.text);
      expect(Array.from(at)).toEqual(o.at);
      // The test is true where the fold takes a pair: the copy is shorter.
      expect(ASTRAL_FOLDED.test(text)).toBe(folded.length < text.length);
    },
  );

  it('folds every Mathematical symbol to its NFKC, and is idempotent', () => {
    let all = '';
    for (let c = 0x1d400; c <= 0x1d7ff; c++) all += String.fromCodePoint(c);
    const { text: folded } = foldAstral(all);
    expect(folded).toBe(oracle(all).text);
    expect(folded).toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    expect(folded).toContain('ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΘΣΤΥΦΧΨΩ∇αβγ');
    expect(foldAstral(folded).text).toBe(folded);
    expect(foldAstral('ℯℊℴ ℤℕℂ ℎ ℌℭ K').text).toBe('ego ZNC h HC K');
  });

  it('folds a text longer than one chunk of units', () => {
    const text = `${'𝟒'.repeat(9000)}x${'😀'.repeat(5000)}`;
    const { text: folded, at } = foldAstral(text);
    expect(folded).toBe(`${'4'.repeat(9000)}x${'😀'.repeat(5000)}`);
    expect(at[9000]).toBe(18000);
    expect(at[folded.length]).toBe(text.length);
  });
});
