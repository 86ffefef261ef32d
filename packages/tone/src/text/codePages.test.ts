import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { DOUBLE_BYTE_PAGES } from '../../test/text/mojibakeCorpus.js';
import { type CodePage, encoderFor, encoderOfLabel } from './codePages.js';

// The double-byte encoders read iconv-lite's tables in place where they decide (fromTables)
// and ask iconv-lite itself otherwise: held here to the brute-force answer, iconv-lite's encode and
// the round trip through its decode, on every BMP code point of every double-byte page.

/** What iconv-lite writes for `cp` through `page`, when it decodes back to it; else undefined. */
function oracle(page: CodePage, cp: number): number[] | undefined {
  if (cp < 0x80) return [cp];
  if (cp === 0xf8f0 && page === 'cp932') return [0xa0];
  if (cp === 0xfffd) return undefined;
  const ch = String.fromCodePoint(cp);
  const bytes = [...iconv.encode(ch, page)];
  if (bytes.length === 1 && bytes[0] === 0x3f) return undefined;
  return iconv.decode(Buffer.from(bytes), page) === ch ? bytes : undefined;
}

describe('double-byte encoders', () => {
  test.each(DOUBLE_BYTE_PAGES)(
    '%s writes every BMP code point as iconv-lite does',
    (page) => {
      // A fresh encoder would be the same object (cached per page): the code points are asked in an
      // order no message has, high planes of the table first, so that each is a first sighting here.
      const encoder = encoderFor(page);
      const wrong: string[] = [];
      for (let cp = 0xffff; cp >= 0; cp--) {
        const expected = oracle(page, cp);
        const got = encoder.encode(cp);
        const same =
          got === undefined
            ? expected === undefined
            : expected !== undefined && got.join() === expected.join();
        if (!same && wrong.length < 5) wrong.push(`U+${cp.toString(16)}: ${got} / ${expected}`);
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});

describe('encoderOfLabel', () => {
  const encoders = [encoderFor('windows-1252'), encoderFor('windows-1251')];
  test("a chain's step names its page, the browser variant included", () => {
    expect(encoderOfLabel('windows-1251', encoders)).toBe(encoders[1]);
    // innerLayer.ts asked with the label as written and found no encoder for a browser variant.
    expect(encoderOfLabel('windows-1251+browser', encoders)).toBe(encoders[1]);
    expect(encoderOfLabel('windows-1252+browser', encoders)).toBe(encoders[0]);
  });
  test('a page the call does not have, or no step, is undefined', () => {
    expect(encoderOfLabel('koi8-r', encoders)).toBeUndefined();
    expect(encoderOfLabel(undefined, encoders)).toBeUndefined();
  });
});
