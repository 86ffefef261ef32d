import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { charInfo, KIND, kindOf } from './charClass.js';

// The oracle: an astral character's kind from Unicode's general categories, asked of the platform
// afresh each time. charInfo keeps astral classes in a table of 4,096 slots chosen by a code
// point's low 12 bits: code points 4,096 apart share a slot and must never read each other's.
const kindByCategory = (cp: number): number => {
  const ch = String.fromCodePoint(cp);
  if (/^\p{L}$/u.test(ch)) return KIND.letter;
  if (/^\p{M}$/u.test(ch)) return KIND.mark;
  if (/^\p{Nd}$/u.test(ch)) return KIND.digit;
  if (/^\p{N}$/u.test(ch)) return KIND.symbol;
  if (/^\p{Zs}$/u.test(ch)) return KIND.space;
  if (/^\p{P}$/u.test(ch)) return KIND.punct;
  if (/^\p{S}$/u.test(ch)) return KIND.symbol;
  if (/^\p{Cc}$/u.test(ch)) return KIND.control;
  return KIND.other;
};

describe('charInfo', () => {
  // Emoji, Egyptian hieroglyphs, CJK Extension B, musical symbols, mathematical letters and
  // digits, tags (marks and format characters), each with the code points that share its slot.
  const bases = [0x1f600, 0x13000, 0x20000, 0x1d100, 0x1d400, 0x1d7ce, 0xe0100, 0x10000];
  const astral = fc
    .tuple(fc.constantFrom(...bases), fc.integer({ min: -16, max: 16 }), fc.nat({ max: 40 }))
    .map(([base, k, d]) => base + k * 4096 + d)
    .filter((cp) => cp >= 0x10000 && cp <= 0x10ffff);
  test.prop([
    fc.array(fc.oneof(astral, fc.integer({ min: 0x80, max: 0xffff })), { maxLength: 300 }),
  ])(
    'answers every code point, astral ones sharing a slot among them, with its own kind',
    (cps) => {
      for (const cp of [...cps, ...cps.reverse()])
        expect([cp, kindOf(charInfo(cp))]).toEqual([
          cp,
          cp === 0xaa || cp === 0xba ? KIND.symbol : kindByCategory(cp),
        ]);
    },
  );
});
