import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { isCommonHan, isCommonHangul } from './commonCjk.js';
import { segmentCost } from './cost.js';
import type { Proposal } from './engine.js';
import { withGluedNames } from './gluedName.js';

// The plain reading of gluedName.ts's rule, as an oracle: for each applied repair through one
// double-byte page, the nearest character before it (32 code points at most, no segment's end
// between, a space between) that is non-ASCII before an ASCII small letter ends a run; its
// shortest tail of one to three non-ASCII characters, glued after a Han, kana or Hangul character or a
// full-width mark that no proposal covers, with no common CJK in it and no other proposal over it, whose bytes through the
// page (iconv-lite's) are valid UTF-8 (TextDecoder, fatal) reading as a Latin capital and Latin
// letters, no costlier than the tail with the CJK before as a word's edge, is read so.
const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const ENDS = [...'\n\v\f\r\t\u0085\u2028\u2029:;|,：；｜'];
const cjkScript = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const mark = (c: string) => /^[\u3000-\u303f\uff01-\uff65]$/u.test(c);
const common = (c: string) => {
  const cp = c.codePointAt(0) ?? 0;
  return (
    isCommonHan(cp) || isCommonHangul(cp) || (cjkScript.test(c) && cp >= 0x3040 && cp < 0x3100)
  );
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

function oracle(chars: readonly string[], proposals: readonly Proposal[]): Proposal[] {
  const out = [...proposals];
  const cps = chars.map((c) => c.codePointAt(0) ?? 0);
  for (const q of proposals) {
    const page = q.chain[0] ?? '';
    if (!q.applied || q.chain.length !== 1 || !encoderFor(page as never).doubleByte) continue;
    let end = -1;
    for (let i = q.start - 1; i >= 0 && q.start - i <= 32; i--) {
      if (ENDS.includes(chars[i] as string)) break;
      const between = chars.slice(i + 1, q.start);
      if (!between.includes(' ') && chars[i] !== ' ') continue;
      if ((cps[i] as number) >= 0x80 && /^[a-z]$/.test(chars[i + 1] ?? '')) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) continue;
    for (let n = 1; n <= 3 && end - n >= 1; n++) {
      const start = end - n;
      const before = chars[start - 1] as string;
      if (!cjkScript.test(before) && !mark(before)) continue;
      if (proposals.some((o) => o.start <= start - 1 && start - 1 < o.end)) continue;
      if (out.some((o) => o !== q && o.start < end && start < o.end)) break;
      const tail = chars.slice(start, end);
      // The tail is the end of a run of non-ASCII characters ("Ab艩imon": "艩" after "Ab" is
      // no tail glued after the CJK before "A").
      if (cps.slice(start, end).some((c) => c < 0x80)) break;
      if (tail.some(common)) continue;
      let text: string;
      try {
        text = utf8.decode(iconv.encode(tail.join(''), page));
      } catch {
        continue;
      }
      if (!/^\p{Lu}\p{L}*$/u.test(text) || !/^\p{Script=Latin}+$/u.test(text)) continue;
      if (text === tail.join('')) continue;
      const next = cps.slice(end, end + 2);
      const reading = [...text].map((c) => c.codePointAt(0) ?? 0);
      if (segmentCost(reading, [], next) > segmentCost(cps.slice(start, end), [], next)) continue;
      out.push({
        start,
        end,
        after: text,
        chain: q.chain,
        gain: 3,
        applied: true,
        tie: true,
        seqs: undefined,
      });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Pieces of a Chinese or Japanese field: clean CJK (common and rare), marks, Latin words, the
// broken first letters of names through GBK ("艁" Ł, "艩" Š, "脰" Ö) and Shift-JIS ("ﾅ「" Łu,
// "ﾃ�" no letter), their vouchers ("W贸jcik", "Wﾃｳjcik"), spaces and a field's end.
const piece = fc.constantFrom(
  '是',
  '收件人',
  '担当',
  '䔻',
  'ｶﾅ',
  '：',
  '（',
  '艁',
  '艩',
  '脰',
  '贸',
  'ﾅ「',
  'ﾅ',
  'ukasz',
  'imon',
  'Ab',
  ' ',
  ' ',
  ', ',
  ' W贸jcik',
  ' W贸',
  ' W贸艁ukasz',
  ' Wﾃｳjcik',
);

describe('withGluedNames', () => {
  test.prop([fc.array(piece, { minLength: 1, maxLength: 14 }), fc.nat()], { numRuns: 400 })(
    'reads back exactly the tails the plain reading of the rule does',
    (parts, mask) => {
      const chars = [...parts.join('')];
      const cps = chars.map((c) => c.codePointAt(0) ?? 0);
      // A repair on each voucher, applied or not, through its page or another one.
      const proposals: Proposal[] = [];
      chars.forEach((c, i) => {
        const bit = (mask >> (proposals.length % 30)) & 1;
        if (c === '贸' && chars[i - 1] === 'W')
          proposals.push({
            start: i,
            end: i + 1,
            after: 'ó',
            chain: [bit ? 'big5' : 'gbk'],
            gain: 6,
            applied: true,
          });
        if (c === 'ﾃ' && chars[i + 1] === 'ｳ')
          proposals.push({
            start: i,
            end: i + 2,
            after: 'ó',
            chain: ['shift_jis'],
            gain: 8,
            applied: bit === 0,
          });
      });
      const out = withGluedNames(cps, proposals, encoders, 3);
      const strip = (ps: readonly Proposal[]) =>
        ps.map((p) => [
          p.start,
          p.end,
          p.after,
          p.chain.join('>'),
          p.gain,
          p.applied,
          p.tie ?? null,
        ]);
      expect(strip(out)).toEqual(strip(oracle(chars, proposals)));
    },
  );
});
