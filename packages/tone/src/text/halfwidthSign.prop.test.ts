import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { halfwidthSigns } from './halfwidthSign.js';

// halfwidthSigns against a brute-force oracle: each run of halfwidth katakana standing between
// ASCII (no letter glued), of exactly "ﾂ" and one more, written back through iconv-lite's
// Shift-JIS and read as UTF-8, kept where its sign stands as the header says beside the nearest
// characters past spaces; any other character past U+1100 in the text: nothing.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

const pieces = [
  ...Array.from('ﾂｱﾂｰﾂｽﾂｼﾂｾﾂｲﾂｳﾂ｣ﾂ･ﾂ｢ﾂｷﾂｵﾂｧﾅｼﾃｶｱｰ'),
  'ﾂｱ',
  'ﾂｰ',
  'ﾂｽ',
  'ﾂ｣',
  'ﾂｷ',
  '東',
  ' ',
  ' ',
  '2',
  '15',
  'm',
  'Cable',
  '%',
  '-',
  '\n',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((a) => a.join(''));

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);

function oracle(t: string): { at: number; end: number; sign: string }[] {
  if (/[\u1100-\uff60\uffa0-\uffff]/.test(t)) return [];
  const out: { at: number; end: number; sign: string }[] = [];
  for (const m of t.matchAll(/[\uff61-\uff9f]+/g)) {
    const at = m.index;
    const run = m[0];
    const l = t[at - 1];
    const r = t[at + run.length];
    if (run.length !== 2 || run[0] !== 'ﾂ' || isLetter(l) || isLetter(r)) return [];
    const sign = Buffer.from(iconv.encode(run, 'shift_jis')).toString('utf8');
    if (sign.length !== 1 || sign < '\u00a1' || sign > '\u00bf') return []; // other kana
    let k = at - 1;
    while (t[k] === ' ') k--;
    const before = isDigit(t[k]);
    k = at + 2;
    while (t[k] === ' ') k++;
    const after = isDigit(t[k]);
    const ok =
      sign === '±'
        ? before || after
        : '°²³½¼¾'.includes(sign)
          ? before
          : '£¥¢'.includes(sign) && after && !isDigit(l);
    if (ok) out.push({ at, end: at + 2, sign });
  }
  return out;
}

test.prop([text], { numRuns: 3000 })('halfwidthSigns agrees with its oracle', (t) => {
  expect(halfwidthSigns(t, encoders).map(({ at, end, sign }) => ({ at, end, sign }))).toEqual(
    oracle(t),
  );
});
