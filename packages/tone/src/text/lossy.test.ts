import { describe, expect, it } from 'vitest';
import { decodeLossyCodePoints, decodeLossyUtf8, LOST_BYTE, lossySequences } from './lossy.js';

describe('decodeLossyUtf8', () => {
  it('reads valid UTF-8 as it is', () => {
    expect(decodeLossyUtf8([...Buffer.from('Atenção ⚠ 😀', 'utf8')])).toEqual({
      text: 'Atenção ⚠ 😀',
      sequences: 4,
      lossy: 0,
    });
  });

  it('reads a sequence with a lost continuation byte as one U+FFFD', () => {
    expect(decodeLossyUtf8([0xef, 0xb8, LOST_BYTE])?.text).toBe('\ufffd');
    expect(decodeLossyUtf8([0xf0, 0x9f, LOST_BYTE, 0xb0, 0x21])?.text).toBe('\ufffd!');
    expect(decodeLossyUtf8([0xc5, LOST_BYTE])).toEqual({ text: '\ufffd', sequences: 0, lossy: 1 });
  });

  it("takes one '?' as a lost byte, after C2/C3 only when the sequence has two bytes", () => {
    expect(decodeLossyUtf8([0xc3, 0x3f, 0xc2, 0xa2])?.text).toBe('\ufffd¢');
    expect(decodeLossyUtf8([0xe2, 0x3f, 0xac])?.text).toBe('\ufffd');
    expect(decodeLossyUtf8([0xd1, 0x3f])).toBeUndefined(); // "Ñ?" is Spanish
    expect(decodeLossyUtf8([0xe2, 0x3f, 0x3f])).toBeUndefined();
  });

  it('fails on bytes no sequence explains', () => {
    expect(decodeLossyUtf8([0x80])).toBeUndefined();
    expect(decodeLossyUtf8([0xe9, 0x74])).toBeUndefined();
    expect(decodeLossyUtf8([0xf5, LOST_BYTE, 0x80, 0x80])).toBeUndefined();
  });
});

describe('decodeLossyCodePoints with leadLost (a layer under a lossy reading)', () => {
  const text = (bytes: number[], leadLost: boolean) => {
    const read = decodeLossyCodePoints(bytes, 0, bytes.length, leadLost);
    return read && { text: String.fromCodePoint(...read.cps), lossy: read.lossy };
  };

  it('reads a lost lead byte and the continuation bytes it led as one U+FFFD', () => {
    // "σας" (CF 83 CE B1 CF 82) with both leads lost: "�ƒÎ±�‚" one layer down.
    const sas = [LOST_BYTE, 0x83, 0xce, 0xb1, LOST_BYTE, 0x82];
    expect(text(sas, true)).toEqual({ text: '\ufffdα\ufffd', lossy: 2 });
    expect(text(sas, false)).toBeUndefined();
    // Three continuation bytes at most (a four-byte character's); a fourth is no character's.
    expect(text([LOST_BYTE, 0x9f, 0x98, 0x80, 0x21], true)).toEqual({ text: '\ufffd!', lossy: 1 });
    expect(text([LOST_BYTE, 0x9f, 0x98, 0x80, 0x80], true)).toBeUndefined();
  });

  it('reads what it read without leadLost the same', () => {
    // A U+FFFD alone stays one (lossy 0: no sequence), a lost continuation byte is a lead's.
    expect(text([0x61, LOST_BYTE, 0x62], true)).toEqual({ text: 'a\ufffdb', lossy: 0 });
    expect(text([0xc3, LOST_BYTE, 0x83], true)).toBeUndefined();
    expect(text([0xe2, LOST_BYTE, 0x83, 0x21], true)).toEqual({ text: '\ufffd!', lossy: 1 });
    expect(text([0xc5, LOST_BYTE, LOST_BYTE, 0x9b], true)).toEqual({
      text: '\ufffd\ufffd',
      lossy: 2,
    });
  });
});

describe('lossySequences', () => {
  it('finds each lossy sequence: its U+FFFD among the code points, its lead, its length', () => {
    expect(lossySequences([0x54, 0xc4, LOST_BYTE, 0xe1, 0xbb, 0xa9])).toEqual([1, 1, 2]);
    expect(lossySequences([0xc3, 0xa9, 0xe1, 0xbb, LOST_BYTE, 0x6e])).toEqual([1, 2, 3]);
    expect(lossySequences([...Buffer.from('Atenção', 'utf8')])).toEqual([]);
    expect(lossySequences([0x80])).toEqual([]);
  });
});
