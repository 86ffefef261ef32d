import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeChecked, utf8SequenceLength, utf8Status } from './utf8.js';

// The oracle: a sequence of n bytes (2 to 4) is valid UTF-8 when the platform's strict decoder
// reads it as one code point; a CESU-8 pair is six bytes whose halves decode, by the formula of
// three-byte UTF-8, to a high and then a low surrogate. Nothing here shares code with utf8.ts.
const strict = new TextDecoder('utf-8', { fatal: true });
const decoded = new Map<string, boolean>();
const oneCodePoint = (bytes: readonly number[]): boolean => {
  const key = bytes.join();
  let one = decoded.get(key);
  if (one === undefined) {
    try {
      one = [...strict.decode(new Uint8Array(bytes))].length === 1;
    } catch {
      one = false;
    }
    decoded.set(key, one);
  }
  return one;
};
const surrogate = (b: readonly number[], lo: number, hi: number): boolean => {
  const [x, y, z] = b as [number, number, number];
  const cont = (v: number) => v >= 0x80 && v <= 0xbf;
  const u = ((x & 0x0f) << 12) | ((y & 0x3f) << 6) | (z & 0x3f);
  return x === 0xed && cont(y) && cont(z) && u >= lo && u <= hi;
};
function oracleLength(bytes: readonly number[], i: number, end: number): number {
  if (i + 6 <= end && surrogate(bytes.slice(i, i + 3), 0xd800, 0xdbff))
    return surrogate(bytes.slice(i + 3, i + 6), 0xdc00, 0xdfff) ? 6 : 0;
  if (i + 3 <= end && surrogate(bytes.slice(i, i + 3), 0xd800, 0xdbff)) return 0;
  for (let n = 2; n <= 4; n++) if (i + n <= end && oneCodePoint(bytes.slice(i, i + n))) return n;
  return 0;
}
// A byte of each class the rules tell apart: ASCII, the edges of the continuation ranges, the
// leads with their own second-byte ranges, other leads, and bytes that never occur.
const BYTES = [
  0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xaf, 0xb0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef,
  0xf0, 0xf1, 0xf4, 0xf5, 0xff,
];
const CONT = [0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xaf, 0xb0, 0xbf, 0xed];
// Whether `have` is a proper prefix of a sequence the oracle reads (bytes of every class tried
// after it, up to six in all), remembered by prefix.
const pending = new Map<string, boolean>();
function completable(have: readonly number[]): boolean {
  if (have.length >= 6) return false;
  const key = have.join();
  let known = pending.get(key);
  if (known === undefined) {
    known = CONT.some((b) => {
      const next = [...have, b];
      return oracleLength(next, 0, next.length) > 0 || completable(next);
    });
    pending.set(key, known);
  }
  return known;
}
const isPairStart = (bytes: readonly number[]): boolean =>
  bytes[0] === 0xed && (bytes[1] ?? 0) >= 0xa0 && (bytes[1] ?? 0) <= 0xaf;

// Decoding by the oracle: a pair becomes its two surrogates, a valid sequence its character, a
// lost byte (findGroups' LOST, 0x100) and any other non-ASCII byte U+FFFD.
function oracleDecode(bytes: readonly number[], start: number, end: number): string {
  let expected = '';
  for (let i = start; i < end; ) {
    const b = bytes[i] as number;
    const n = b < 0x80 || b === 0x100 ? 0 : oracleLength(bytes, i, end);
    if (b < 0x80) expected += String.fromCharCode(b);
    else if (n === 6) {
      const hi = (((bytes[i + 1] as number) & 0x0f) << 6) | ((bytes[i + 2] as number) & 0x3f);
      const lo = (((bytes[i + 4] as number) & 0x0f) << 6) | ((bytes[i + 5] as number) & 0x3f);
      expected += String.fromCharCode(0xd800 | hi, 0xdc00 | lo);
    } else if (n > 0) expected += strict.decode(new Uint8Array(bytes.slice(i, i + n)));
    else expected += '\ufffd';
    i += n > 0 ? n : 1;
  }
  return expected;
}

// Pieces of a long group's bytes: a character's UTF-8 (any plane), a CESU-8 pair, a lost byte,
// ASCII, a stray byte.
const piece = fc.oneof(
  fc
    .integer({ min: 0x80, max: 0x10ffff })
    .map((cp) =>
      cp >= 0xd800 && cp < 0xe000 ? [0xe4, 0xb8, 0x80] : [...Buffer.from(String.fromCodePoint(cp))],
    ),
  fc.constant([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]),
  fc.constant([0x100]),
  fc.integer({ min: 0x20, max: 0x7e }).map((b) => [b]),
  fc.constantFrom([0x80], [0xc3], [0xe4, 0xb8], [0xff]),
);

describe('utf8SequenceLength, utf8Status and decodeChecked', () => {
  it('agree with the strict decoder on every sequence of up to four bytes of each class, six in a CESU-8 pair', () => {
    let checked = 0;
    const wrong: string[] = [];
    const walk = (bytes: number[]): void => {
      for (let end = 1; end <= bytes.length; end++) {
        const have = bytes.slice(0, end);
        const length = utf8SequenceLength(bytes, 0, end);
        const status = utf8Status(bytes, 0, end);
        // A whole sequence is its length; a proper prefix of one is pending (-1); within a CESU-8
        // pair's six bytes, pending is exactly that.
        const expected =
          length > 0 ? length : completable(have) ? -1 : isPairStart(have) ? 0 : status;
        if (length !== oracleLength(bytes, 0, end) || status !== expected)
          wrong.push(`${have.map((b) => b.toString(16))}: ${length}, ${status}`);
        checked++;
      }
      // Four bytes of every class; six after a CESU-8 pair's first half.
      if (bytes.length === (isPairStart(bytes) ? 6 : 4)) return;
      for (const b of bytes.length === 0 ? BYTES : [...CONT, 0x41, 0xc2]) walk([...bytes, b]);
    };
    walk([]);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
  });

  test.prop(
    [
      fc.array(fc.constantFrom(...BYTES, 0xed, 0xa5, 0xb5, 0xed), {
        minLength: 6,
        maxLength: 12,
      }),
    ],
    { numRuns: 2000 },
  )('read CESU-8 pairs, UTF-8 and stray bytes as the oracle does, at any offset', (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      expect(utf8SequenceLength(bytes, i, bytes.length)).toBe(oracleLength(bytes, i, bytes.length));
    }
    expect(decodeChecked(bytes, 0, bytes.length)).toBe(oracleDecode(bytes, 0, bytes.length));
  });

  test.prop(
    [fc.array(fc.array(piece, { minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 4 })],
    {
      numRuns: 500,
    },
  )('decode long groups (past 12 code units) as the oracle does, one after another', (groups) => {
    // One call after another: what a longer text left behind in the decoder's scratch is not read.
    for (const pieces of [...groups].sort((a, b) => b.length - a.length)) {
      const bytes = pieces.flat();
      const from = Math.min(1, bytes.length - 1);
      expect(decodeChecked(bytes, 0, bytes.length)).toBe(oracleDecode(bytes, 0, bytes.length));
      expect(decodeChecked(bytes, from, bytes.length)).toBe(
        oracleDecode(bytes, from, bytes.length),
      );
    }
  });

  it('decodes a group of more code units than a call takes arguments in slices', () => {
    const text = `${'\u6211'.repeat(150_000)}\u{1f600}a\u00e9`;
    const bytes = [...Buffer.from(text)];
    expect(decodeChecked(bytes, 0, bytes.length)).toBe(text);
    expect(decodeChecked(bytes, 0, 9)).toBe('\u6211\u6211\u6211');
  });
});
