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

  // One layer under a lossy reading, a U+FFFD stands for a character lost whole, whose byte may
  // be a lead: its continuation bytes then stand after it (issue #11, V54e: "σας" broken twice
  // through a Windows-1252 that loses bytes read "�ƒα�‚"). leadLost reads them as one U+FFFD.
  test.prop([text, fc.array(fc.nat(), { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    'with leadLost, losing the lead byte of characters costs exactly those characters',
    (s, picks) => {
      const chars = Array.from(s);
      const wide = chars.flatMap((c, i) => (Buffer.byteLength(c, 'utf8') > 1 ? [i] : []));
      fc.pre(wide.length > 0);
      const lost = new Set(picks.map((p) => wide[p % wide.length] as number));
      const bytes = chars.map((c) => [...Buffer.from(c, 'utf8')]);
      for (const i of lost) (bytes[i] as number[])[0] = LOST_BYTE;
      const flat = bytes.flat();
      const read = decodeLossyCodePoints(flat, 0, flat.length, true);
      const expected = chars.map((c, i) => (lost.has(i) ? '\ufffd' : c)).join('');
      expect(read && String.fromCodePoint(...read.cps)).toBe(expected);
      expect(read?.lossy).toBe(lost.size);
      // Without it the continuation bytes fit no sequence: nothing is read.
      expect(decodeLossyCodePoints(flat)).toBeUndefined();
    },
  );

  test.prop([text, fc.array(fc.nat(), { maxLength: 3 })], { numRuns: 300 })(
    'leadLost changes nothing where no lost byte stands before continuation bytes of its own',
    (s, picks) => {
      // Continuation bytes lost (the shapes read before), or none: the same reading either way.
      const bytes = [...Buffer.from(s, 'utf8')];
      for (const p of picks) {
        const k = p % (bytes.length + 1);
        if ((bytes[k] ?? 0) >= 0x80 && (bytes[k] ?? 0) < 0xc0) bytes[k] = LOST_BYTE;
      }
      const starts = (k: number) => bytes[k] === LOST_BYTE && (bytes[k - 1] ?? 0) < 0xc0;
      fc.pre(!bytes.some((_, k) => starts(k)));
      expect(decodeLossyCodePoints(bytes, 0, bytes.length, true)).toEqual(
        decodeLossyCodePoints(bytes),
      );
    },
  );
});
