import { describe, expect, it } from 'vitest';
import { restoreByteA0 } from './byteA0.js';

const bytesOf = (s: string): number[] => [...Buffer.from(s, 'latin1')];

describe('restoreByteA0', () => {
  it('puts back the 0xA0 of a three-byte sequence, in the middle or at the end', () => {
    expect(restoreByteA0([0xe2, 0x20, 0x80])).toEqual({ bytes: [0xe2, 0xa0, 0x80], restored: 1 });
    expect(restoreByteA0([0xe2, 0x9a, 0x20]).bytes).toEqual([0xe2, 0x9a, 0xa0]);
  });

  it('puts back a no-break space and the 0xA0 of a four-byte sequence', () => {
    expect(restoreByteA0([0xc2, 0x20, 0x41]).bytes).toEqual([0xc2, 0xa0, 0x41]);
    expect(restoreByteA0([0xf0, 0x9f, 0x20, 0x80]).bytes).toEqual([0xf0, 0x9f, 0xa0, 0x80]);
  });

  it('keeps the word gap after "à", except where Portuguese glues it ("às", "àquele")', () => {
    expect(restoreByteA0(bytesOf('\u00c3 nos')).restored).toBe(0);
    expect(restoreByteA0(bytesOf('\u00c3 s ')).restored).toBe(1);
    expect(restoreByteA0(bytesOf('\u00c3 quele')).restored).toBe(1);
    expect(restoreByteA0(bytesOf('\u00c3  x')).restored).toBe(1);
  });

  it('glues "à" inside a word to a Vietnamese final ("hàng", "bài"), not to a next word', () => {
    expect(restoreByteA0(bytesOf('h\u00c3 ng,')).restored).toBe(1);
    expect(restoreByteA0(bytesOf('b\u00c3 i')).restored).toBe(1);
    expect(restoreByteA0(bytesOf('voil\u00c3 il')).restored).toBe(0);
    expect(restoreByteA0(bytesOf('h\u00c3 ngx')).restored).toBe(0);
  });

  it('reads "Ù " as the Arabic-Indic zero only beside another digit of its kind', () => {
    // "١٠٠" (D9 A1, D9 A0, D9 A0) with both 0xA0 turned into spaces: both restored.
    expect(restoreByteA0([0xd9, 0xa1, 0xd9, 0x20, 0xd9, 0x20, 0x20]).restored).toBe(2);
    // "ظرف روز" whose ف (D9 81) lost its 0x81: the word gap stays a gap.
    expect(restoreByteA0([0xd8, 0xb1, 0xd9, 0x20, 0xd8, 0xb1]).restored).toBe(0);
  });

  it('leaves spaces no sequence needs, and leads outside the shapes', () => {
    expect(restoreByteA0(bytesOf('a b')).restored).toBe(0);
    expect(restoreByteA0([0xd1, 0x20, 0x41]).restored).toBe(0); // "Ñ A": Spanish, not mojibake
    expect(restoreByteA0([0xe2, 0x85, 0x20]).restored).toBe(0); // 0x85 is folded to "…" too often
    expect(restoreByteA0([0xe8, 0x20, 0x80]).restored).toBe(0); // only E2/E3 lead a middle 0xA0
  });
});
