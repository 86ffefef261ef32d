import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeLossyUtf8, LOST_BYTE } from './lossy.js';

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
});
