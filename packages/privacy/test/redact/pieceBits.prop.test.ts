// The label-piece gate of T63c's ids (nationalIds8.ts pieceBits, T65a) against a brute-force
// oracle: an id's bit is set exactly where some gap of the text, put in lower case as keyBefore
// puts one (lowerSameLength of the gap alone), holds one of its pieces. Where the gate says no,
// the id is not read at all, so a bit missed would be an id left in the text: the draws mix the
// pieces in both cases with the characters whose lower case is unlike the rest (the Kelvin sign
// lowers to "k", the long "ſ" and the dotted "İ" stay, Georgian capitals lower to the script's
// letters, a final sigma), digits and spaces.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lowerSameLength } from '../../src/redact/digits.js';
import { LABEL_KEYS_8, pieceBits } from '../../src/redact/recognizers/nationalIds8.js';

const IDS = Object.keys(LABEL_KEYS_8);

/** The bits pieceBits should give `s`, read the slow way: every gap, every piece. */
function oracle(s: string): number {
  let bits = 0;
  IDS.forEach((id, k) => {
    const keys = LABEL_KEYS_8[id] as { away: readonly string[]; home: readonly string[] };
    const held = (pieces: readonly string[]) => {
      for (let a = 0; a < s.length; a++)
        for (let b = a + 1; b <= s.length; b++) {
          const gap = lowerSameLength(s.slice(a, b));
          if (pieces.some((p) => gap.includes(p))) return true;
        }
      return false;
    };
    if (held(keys.away)) bits |= 1 << (2 * k);
    if (held([...keys.away, ...keys.home])) bits |= 1 << (2 * k + 1);
  });
  return bits;
}

const PIECES = [...new Set(Object.values(LABEL_KEYS_8).flatMap((k) => [...k.away, ...k.home]))];
// Each piece as typed in capitals too, and cut in two (a piece may form across two draws).
const parts = PIECES.flatMap((p) => [
  p,
  p.toUpperCase(),
  p.slice(0, Math.ceil(p.length / 2)),
  p.slice(Math.ceil(p.length / 2)),
]);
const odd = [
  '\u212a',
  'ſ',
  'İ',
  'ı',
  'Σ',
  'ς',
  '\u1c9e',
  'პ',
  'É',
  'é',
  'e\u0301',
  '\u0301',
  '1',
  ' ',
  '/',
  '.',
];
const text = fc
  .array(fc.constantFrom(...parts, ...odd), { maxLength: 8 })
  .map((xs) => xs.join('').slice(0, 36));

describe('pieceBits (the label-piece gate of nationalIds8.ts)', () => {
  test.prop([text], { numRuns: 300 })('sets an id’s bit exactly where a gap holds one of its pieces', (s) => {
    expect(pieceBits(s)).toBe(oracle(s));
  });

  it('reads what lowerSameLength reads, not only ASCII case', () => {
    // The Kelvin sign lowers to "k": "\u212aTP" is "ktp", Indonesia's card, as keyBefore reads it.
    expect(pieceBits('\u212aTP 3602041211870001')).toBe(oracle('\u212aTP 3602041211870001'));
    expect(pieceBits('\u212aTP') & 1).toBe(1);
    // Georgian capitals (Mtavruli) lower to the letters the piece "პ" is written in.
    expect(pieceBits('\u1c9e/\u1c9c 01234567891') & (1 << 12)).not.toBe(0);
    expect(pieceBits('order 12345678, thanks')).toBe(0);
  });

  it('reads overlapping pieces ("cc" inside "cccd"; "st." then "stnr")', () => {
    const k = (id: string) => IDS.indexOf(id);
    const bits = pieceBits('CCCD');
    expect(bits & (1 << (2 * k('vn-cccd')))).not.toBe(0);
    expect(bits & (1 << (2 * k('co-cc') + 1))).not.toBe(0);
  });
});
