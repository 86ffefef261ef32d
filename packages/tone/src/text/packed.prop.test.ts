import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  DEFAULT_PAGES,
  encoderFor,
  PACKED_LONG,
  PACKED_NONE,
  PACKED_UNKNOWN,
  type PageEncoder,
  packedBytes,
} from './codePages.js';

// A double-byte page's packed entries (codePages.ts PageEncoder.packed; T68c), which findGroups,
// readsSame and the quiet proof read in place of encode: each entry, once encode has answered for
// its code point, is that answer packed, and a positive entry unpacks to encode's bytes.

const doubleByte = DEFAULT_PAGES.map((p) => encoderFor(p)).filter((e) => e.doubleByte);

/** The bytes a positive packed entry holds. */
const unpacked = (v: number): number[] =>
  v >= 0x20000 ? [(v >> 8) & 0xff, v & 0xff] : [v & 0xffff];

describe('packed bytes of double-byte pages', () => {
  test.prop(
    [
      fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 0xffff }),
          // Han, Hangul, kana, private use, the euro, U+FFFD: the pages' own ranges.
          fc.integer({ min: 0x4e00, max: 0x9fff }),
          fc.integer({ min: 0xac00, max: 0xd7a3 }),
          fc.integer({ min: 0x3040, max: 0x30ff }),
          fc.integer({ min: 0xe000, max: 0xf8ff }),
          fc.constantFrom(0x20ac, 0xfffd, 0xf8f0, 0xa5, 0x80),
        ),
        { minLength: 1, maxLength: 40 },
      ),
    ],
    { numRuns: 100 },
  )('hold what encode answered, and nothing before it was asked', (cps) => {
    for (const page of doubleByte) {
      const packed = page.packed as Int32Array;
      expect(packed).toBeInstanceOf(Int32Array);
      for (const cp of cps) {
        const before = packed[cp] as number;
        const bytes = page.encode(cp);
        const v = packed[cp] as number;
        // ASCII is packed from the start; any other entry is filled by the first ask.
        if (before !== PACKED_UNKNOWN) expect(before).toBe(v);
        expect(v).toBe(packedBytes(bytes));
        if (v > 0) expect(unpacked(v)).toEqual([...(bytes as readonly number[])]);
        else if (v === PACKED_NONE) expect(bytes).toBeUndefined();
        else expect(v === PACKED_LONG && (bytes?.length ?? 0) > 2).toBe(true);
      }
    }
  });

  test.prop([fc.integer({ min: 0, max: 0xffff })], { numRuns: 200 })(
    'is undefined for single-byte pages (their flat table is theirs)',
    (cp) => {
      for (const page of DEFAULT_PAGES.map((p) => encoderFor(p)) as PageEncoder[])
        if (!page.doubleByte) {
          expect(page.packed).toBeUndefined();
          const b = page.encode(cp);
          expect(b === undefined ? -1 : b[0]).toBe(page.flat?.[cp]);
        }
    },
  );
});
