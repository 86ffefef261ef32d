import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { DOUBLE_BYTE_PAGES } from '../../test/text/mojibakeCorpus.js';
import { cjkField } from './cjkField.js';
import { cjkFieldOracle } from './cjkFieldOracle.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor, encodeWith } from './codePages.js';
import { isCommonHan, isCommonHangul } from './commonCjk.js';
import { repairText } from './repairText.js';

// cjkField against its oracle (cjkFieldOracle.ts), and repairText on short CJK fields: common
// Chinese, Japanese and Korean characters (GB 2312 level 1, Big5's frequent hanzi, JIS X 0208's
// first-level kanji, kana, KS X 1001 Hangul) with ASCII
// digits and units, broken through each double-byte page, come back as written or stay as they
// came, never as a third text; clean fields of common characters stay.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const DOUBLE: readonly CodePage[] = DOUBLE_BYTE_PAGES;

/** Characters two bytes of `page` write, leads and trails in the ranges given, every `step`th. */
function table(
  page: CodePage,
  leads: [number, number],
  trails: [number, number],
  step: number,
): string[] {
  const out: string[] = [];
  for (let l = leads[0]; l <= leads[1]; l++)
    for (let t = trails[0]; t <= trails[1]; t += step) {
      const c = decodeWith(Uint8Array.from([l, t]), page);
      if (c.length === 1 && c !== '\ufffd') out.push(c);
    }
  return out;
}

// GB 2312 level 1 hanzi, KS X 1001 Hangul, kana: common; GBK's extension and level 2, Big5's
// less frequent hanzi and halfwidth katakana: rare.
const commonHan = table('gbk', [0xb0, 0xd7], [0xa1, 0xfe], 5);
const hangul = table('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe], 5);
const kana = Array.from('あいうえおかきくけこさしすせそたちつてとなにぬねのカタナミュラーヴェ');
// Big5's frequent hanzi and JIS X 0208's first-level kanji: a name in Taiwan or Japan, which the
// standards' reading (cjkStandards.ts) reads back through GBK or Shift-JIS ("鑷轰腑" → "臺中").
const big5Han = table('big5', [0xa4, 0xc6], [0x40, 0x7e], 3);
const jisKanji = table('shift_jis', [0x88, 0x97], [0x9f, 0xfc], 4);
const rare = [
  ...table('gbk', [0x81, 0xa0], [0x40, 0xfe], 23),
  ...table('gbk', [0xd8, 0xf7], [0xa1, 0xfe], 23),
  ...table('big5', [0xc9, 0xf9], [0x40, 0x7e], 13),
  ...Array.from('ｱｲｳｴｵｶｷｸｹｺﾃﾞｰｽﾄ'),
];
// No ASCII letters: a CJK character glued to one is read as a Latin letter (loneCjk.ts, its own rules).
const ascii = [' ', '1', '2', '5', '-', '(', ')', '/'];

const word = (pool: readonly string[]) =>
  fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
/** A field of common characters of one writing system, with ASCII between its words. */
const cleanField = fc
  .tuple(
    fc.constantFrom([...commonHan, ...kana], hangul, big5Han, [...jisKanji, ...kana]),
    fc.array(fc.constantFrom(...ascii), { maxLength: 2 }),
  )
  .chain(([pool, gap]) =>
    fc.tuple(word(pool), fc.option(word(pool), { nil: '' })).map(([a, b]) => a + gap.join('') + b),
  );
/** A clean field broken through a double-byte page, when every byte survived (a round trip). */
const broken = fc
  .tuple(cleanField, fc.constantFrom(...DOUBLE))
  .map(([t, page]) => {
    const bytes = new TextEncoder().encode(t);
    const b = decodeWith(bytes, page);
    const back = encodeWith(b, page);
    const lossless = back.length === bytes.length && back.every((x, i) => x === bytes[i]);
    return { t, b: lossless ? b : t };
  })
  .filter((x) => x.b !== x.t && x.b.length <= 40);
/** Any mix: common, rare, halfwidth, ASCII, and now and then what no CJK field holds. */
const mixed = fc
  .array(
    fc.oneof(
      {
        weight: 20,
        arbitrary: fc.constantFrom(
          ...commonHan.slice(0, 40),
          ...hangul.slice(0, 20),
          ...big5Han.slice(0, 20),
          ...jisKanji.slice(0, 20),
          ...rare,
          ...ascii,
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom('é', 'Ж', '\n', '\x7f', '\u0085', '😊', '\u2014', '\uffa0'),
      },
    ),
    { maxLength: 8 },
  )
  .map((a) => a.join(''));
const spans = fc.array(
  fc.tuple(
    fc.nat(16),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: -1, max: encoders.length - 1 }),
  ),
  { maxLength: 2 },
);
/** Spans in order without overlaps, as a pass's applied repairs are. */
const ordered = (s: [number, number, number][]): number[] => {
  const out: number[] = [];
  for (const [at, len, page] of [...s].sort((a, b) => a[0] - b[0]))
    if (out.length === 0 || at >= (out[out.length - 2] as number)) out.push(at, at + len, page);
  return out;
};

test.prop(
  [
    fc.oneof(
      broken.map((x) => x.b),
      mixed,
      cleanField,
    ),
    spans,
  ],
  { numRuns: 2000 },
)('cjkField agrees with its oracle', (t, s) => {
  const applied = ordered(s);
  expect(cjkField(t, encoders, () => applied)).toEqual(cjkFieldOracle(t, encoders, applied));
});

test.prop([broken], { numRuns: 1000 })(
  'a CJK field broken through a double-byte page is read back as written, or not at all',
  ({ t, b }) => {
    let out = '';
    let at = 0;
    for (const f of cjkField(b, encoders)) {
      out += b.slice(at, f.at) + f.after;
      at = f.end;
    }
    expect([t, b]).toContain(at === 0 ? b : out + b.slice(at));
  },
);

test.prop([cleanField], { numRuns: 1000 })('a clean field of common CJK stays as it is', (t) => {
  expect(cjkField(t, encoders)).toEqual([]);
  expect(repairText(t).changed).toBe(false);
});

// The whole common lists (commonCjk.ts: GB 2312 level 1, JIS X 0208 level 1, Big5's frequent
// hanzi, KS X 1001 Hangul), every character, not a sample: a clean field of 2-8 of them, of one
// writing system or both, comes back untouched (T63f; bench/tools/cjkFieldClean.ts draws 1.2
// million such fields the same way).
const commonHanAll: string[] = [];
for (let cp = 0x4e00; cp <= 0x9fff; cp++)
  if (isCommonHan(cp)) commonHanAll.push(String.fromCodePoint(cp));
const hangulAll: string[] = [];
for (let cp = 0xac00; cp <= 0xd7a3; cp++)
  if (isCommonHangul(cp)) hangulAll.push(String.fromCodePoint(cp));
const commonField = fc
  .constantFrom(
    commonHanAll,
    hangulAll,
    [...commonHanAll, ...kana],
    [...commonHanAll, ...hangulAll],
  )
  .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 2, maxLength: 8 }))
  .map((a) => a.join(''));

test.prop([commonField], { numRuns: 3000 })(
  'a clean field of 2-8 common CJK characters stays as it is',
  (t) => {
    expect(repairText(t).changed).toBe(false);
  },
);
