// The invisible characters read inside a value (T34f): digits.ts isInvisible, its INVISIBLE test
// and the shadow's marks agree, and they are the ones the URL host parser drops (UTS #46 maps
// them to nothing), which email.ts reads a host without.
import { describe, expect, it } from 'vitest';
import { INVISIBLE, isFormatSpace, isInvisible, shadowOf } from '../../src/redact/digits.js';

describe('the invisible characters', () => {
  it('isInvisible and INVISIBLE hold the same units, each a mark the shadow reads as a space', () => {
    const held: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isInvisible(c), c.toString(16)).toBe(INVISIBLE.test(ch));
      if (!isInvisible(c)) continue;
      held.push(c);
      expect(isFormatSpace(c)).toBe(true);
      expect(shadowOf(`1${ch}2`)).toBe('1 2');
    }
    expect(held).toEqual([0xad, 0x200b, 0x2060, 0xfeff]);
  });

  it('are the ones the URL host parser drops; the bidi marks, ZWNJ and ZWJ it refuses', () => {
    for (const c of ['\u00ad', '\u200b', '\u2060', '\ufeff'])
      expect(new URL(`http://exam${c}ple.com/`).hostname).toBe('example.com');
    for (const c of ['\u200c', '\u200d', '\u200e', '\u200f'])
      expect(() => new URL(`http://exam${c}ple.com/`)).toThrow();
  });
});
