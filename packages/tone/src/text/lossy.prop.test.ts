import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeLossyCodePoints, decodeLossyUtf8, LOST_BYTE, lossySequences } from './lossy.js';

// The oracle is Node's own UTF-8 codec: valid bytes read back exactly, and losing any one
// continuation byte of a character loses exactly that character (one U+FFFD in its place).
const text = fc.string({ unit: 'grapheme', maxLength: 20 });

describe('decodeLossyUtf8', () => {
  test.prop([text], { numRuns: 300 })('reads valid UTF-8 as Node does', (s) => {
    const read = decodeLossyUtf8([...Buffer.from(s, 'utf8')]);
    expect(read?.text).toBe(s);
    expect(read?.lossy).toBe(0);
  });

  test.prop([text, fc.nat()], { numRuns: 300 })(
    'a lost continuation byte costs exactly its own character',
    (s, pick) => {
      const chars = Array.from(s);
      const wide = chars.flatMap((c, i) => (Buffer.byteLength(c, 'utf8') > 1 ? [i] : []));
      fc.pre(wide.length > 0);
      const which = wide[pick % wide.length] as number;
      const bytes = chars.map((c) => [...Buffer.from(c, 'utf8')]);
      const own = bytes[which] as number[];
      own[1 + (pick % (own.length - 1))] = LOST_BYTE;
      const read = decodeLossyUtf8(bytes.flat());
      const expected = chars.map((c, i) => (i === which ? '\ufffd' : c)).join('');
      expect(read?.text).toBe(expected);
      expect(read?.lossy).toBe(1);
    },
  );

  // lossySequences walks as the decoder does (T61e): one triple per sequence it read as U+FFFD,
  // at that U+FFFD's place among its code points, led by the byte the decoder met there.
  test.prop([text, fc.array(fc.nat(), { maxLength: 3 })], { numRuns: 300 })(
    'lossySequences finds each lossy sequence the decoder reads',
    (s, picks) => {
      const bytes = [...Buffer.from(s, 'utf8')];
      for (const p of picks) {
        const k = p % (bytes.length + 1);
        if ((bytes[k] ?? 0) >= 0x80 && (bytes[k] ?? 0) < 0xc0) bytes[k] = LOST_BYTE;
      }
      const read = decodeLossyCodePoints(bytes);
      const found = lossySequences(bytes);
      expect(found.length / 3).toBe(read?.lossy ?? 0);
      for (let k = 0; k < found.length; k += 3) {
        expect(read?.cps[found[k] as number]).toBe(0xfffd);
        expect(bytes[found[k + 1] as number]).toBeGreaterThanOrEqual(0xc2);
      }
    },
  );
});
