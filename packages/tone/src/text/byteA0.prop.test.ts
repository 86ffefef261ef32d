import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { restoreByteA0, restoreByteA0InPlace } from './byteA0.js';
import { restoreByteA0InPlaceOracle } from './byteA0Oracle.js';

// The oracle: every character whose UTF-8 holds 0xA0 as a continuation byte, found by brute force
// over the code points the shapes cover (two-byte leads C2 C5 CE D0 D9, three-byte leads E0-E3,
// four-byte lead F0). Its bytes with that 0xA0 written as a space must come back whole.
const utf8 = (cp: number): number[] => [...Buffer.from(String.fromCodePoint(cp), 'utf8')];
const LEADS = new Set([0xc2, 0xc5, 0xce, 0xd0, 0xd9, 0xe0, 0xe1, 0xe2, 0xe3, 0xf0]);
const withA0: number[] = [];
for (let cp = 0x80; cp < 0x40000; cp++) {
  if (cp >= 0xd800 && cp < 0xe000) continue;
  const b = utf8(cp);
  const at = b.indexOf(0xa0, 1);
  if (!LEADS.has(b[0] ?? 0) || at < 0 || b.lastIndexOf(0xa0) !== at) continue;
  // The other continuation byte of a three-byte sequence must not be 0x85 (see byteA0.ts).
  if (b.length === 3 && (b.includes(0x85) || (at === 1 && b[0] !== 0xe2 && b[0] !== 0xe3)))
    continue;
  withA0.push(cp);
}

describe('restoreByteA0', () => {
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 300 })(
    'changes nothing in valid UTF-8 (no lead byte is ever followed by a space)',
    (s) => {
      const bytes = [...Buffer.from(s, 'utf8')];
      expect(restoreByteA0(bytes)).toEqual({ bytes, restored: 0 });
    },
  );

  // "٠" (U+0660, D9 A0) is restored only in a number, beside another Arabic-Indic digit (byteA0.ts):
  // it comes here inside runs of two or more of those digits, and alone in the next property.
  const ZERO = 0x660;
  const single = withA0.filter((cp) => cp !== ZERO);
  const number = fc.array(fc.integer({ min: ZERO, max: 0x669 }), { minLength: 2, maxLength: 4 });
  test.prop(
    [
      fc.array(
        fc.oneof(
          fc.constantFrom(...single).map((cp) => [cp]),
          fc.constantFrom(0x61, 0x2e, 0x31).map((cp) => [cp]),
          number,
        ),
        { maxLength: 12 },
      ),
    ],
    { numRuns: 300 },
  )('restores every 0xA0 a space replaced, and nothing else', (parts) => {
    const text = String.fromCodePoint(...parts.flat());
    const bytes = [...Buffer.from(text, 'utf8')];
    const spaced = bytes.map((b) => (b === 0xa0 ? 0x20 : b));
    const { bytes: back, restored } = restoreByteA0(spaced);
    expect(Buffer.from(back).toString('utf8')).toBe(text);
    expect(restored).toBe(bytes.filter((b) => b === 0xa0).length);
  });

  test.prop(
    [
      fc.array(fc.constantFrom(...single, 0x61, 0x2e, 0x628, 0x631, 0x20), { maxLength: 6 }),
      fc.array(fc.constantFrom(...single, 0x61, 0x2e, 0x628, 0x631, 0x20), { maxLength: 6 }),
    ],
    { numRuns: 300 },
  )(
    'leaves a lone "Ù " (no Arabic-Indic digit beside it) and restores the rest',
    (before, after) => {
      const utf8Of = (cps: number[]) => [...Buffer.from(String.fromCodePoint(...cps), 'utf8')];
      const head = utf8Of(before);
      const tail = utf8Of(after);
      const spaced = [...head, 0xd9, 0x20, ...tail].map((b) => (b === 0xa0 ? 0x20 : b));
      const { bytes: back, restored } = restoreByteA0(spaced);
      expect(back).toEqual([...head, 0xd9, 0x20, ...tail]);
      expect(restored).toBe([...head, ...tail].filter((b) => b === 0xa0).length);
    },
  );
});

describe('restoreByteA0InPlace against its oracle (byteA0Oracle.ts)', () => {
  // Bytes dense in what the shapes ask: every lead byte C2-F0 (and the bytes beside that range),
  // spaces, continuation bytes (0x85 and 0xA0 among them), the Arabic-Indic digits' bytes, letters.
  const byte = fc.oneof(
    fc.integer({ min: 0xc0, max: 0xf1 }),
    fc.constant(0x20),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0x85, 0xa0, 0xa5, 0xd9, 0x61, 0x73, 0x2e, 0x3f),
  );
  test.prop([fc.array(byte, { maxLength: 24 })], { numRuns: 2000 })(
    'restores the same spaces as the shapes asked in their old order',
    (bytes) => {
      const fast = [...bytes];
      const slow = [...bytes];
      const restored = restoreByteA0InPlace(fast);
      expect(restored).toBe(restoreByteA0InPlaceOracle(slow));
      expect(fast).toEqual(slow);
    },
  );
});
