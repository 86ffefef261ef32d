import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { DOUBLE_BYTE_PAGES } from '../../test/text/mojibakeCorpus.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor, encodeWith } from './codePages.js';
import { isCommonHan, isCommonHangul } from './commonCjk.js';
import { latinField } from './latinField.js';
import { latinFieldOracle } from './latinFieldOracle.js';

// latinField against its oracle (latinFieldOracle.ts); a Latin field with its accented letters or
// signs broken through a double-byte page read back as written or not at all, never as a third
// text; and a clean Latin field holding a common CJK character (a standard's frequent level,
// kana) left as it is, wherever the character stands.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const DOUBLE: readonly CodePage[] = DOUBLE_BYTE_PAGES;

const words = [
  'Ring',
  'size',
  'Tea',
  'g',
  'organic',
  'Aarhus',
  'st',
  'Newydd',
  'al',
  'Qormi',
  'ok',
];
const gaps = [' ', '', ' 5 ', ', ', '.', '-', ' 100 '];
// Letters and signs of Latin text past ASCII: Latin-1, Latin Extended-A and -B, € and –.
const latin = Array.from(
  'ÀÁÂÄÅÆÇÈÉÑÖØÜßàáâãäåæçèéêëíîïñòóôöøùúüýÿĀāĂăĄąĆćČčĎďĐđĘęĚěĞğĦħİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽžƏəǎǐǒǔȘșȚț°±·½¼¾×÷€–’',
);
/** A Latin field: ASCII words, some with a letter or sign past ASCII inside, at the ends or alone. */
const latinField_ = fc
  .array(
    fc.tuple(
      fc.constantFrom(...words),
      fc.option(fc.constantFrom(...latin), { nil: '' }),
      fc.constantFrom(0, 1, 2),
      fc.constantFrom(...gaps),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) =>
    parts
      .map(
        ([w, c, where, gap]) =>
          (where === 0 ? c + w : where === 1 ? w.slice(0, 1) + c + w.slice(1) : w + c) + gap,
      )
      .join('')
      .trim(),
  )
  .filter((t) => t.length <= 40 && Array.from(t).some((c) => c > '\x7f'));
/** A Latin field broken through a double-byte page, when every byte survived (a round trip). */
const broken = fc
  .tuple(latinField_, fc.constantFrom(...DOUBLE))
  .map(([t, page]) => {
    const bytes = new TextEncoder().encode(t);
    const b = decodeWith(bytes, page);
    const back = encodeWith(b, page);
    const lossless = back.length === bytes.length && back.every((x, i) => x === bytes[i]);
    return { t, b: lossless ? b : t };
  })
  .filter((x) => x.b !== x.t && x.b.length <= 40);

// GBK's additions and GB 2312's second level, Big5's less frequent hanzi, halfwidth katakana:
// rare; GB 2312's first level, KS X 1001 Hangul, kana: common.
function table(page: CodePage, leads: [number, number], trails: [number, number], step: number) {
  const out: string[] = [];
  for (let l = leads[0]; l <= leads[1]; l++)
    for (let t = trails[0]; t <= trails[1]; t += step) {
      const c = decodeWith(Uint8Array.from([l, t]), page);
      if (c.length === 1 && c !== '\ufffd') out.push(c);
    }
  return out;
}
const rare = [
  ...table('gbk', [0xc2, 0xdf], [0x80, 0xa0], 3),
  ...table('gbk', [0xd8, 0xdf], [0xa1, 0xbf], 3),
  ...table('big5', [0xc9, 0xf9], [0x40, 0x7e], 17),
  ...Array.from('ｱｲｳｴｵｶｷｸｹｺﾃﾞｰｽﾄﾂﾅﾄｦｷ｡｣'),
];
const common = [
  ...table('gbk', [0xb0, 0xd7], [0xa1, 0xfe], 7),
  ...table('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe], 7),
];
/** Any mix: ASCII, rare and common CJK, and now and then what no Latin field's stretch holds. */
const mixed = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...words, ...gaps) },
      { weight: 6, arbitrary: fc.constantFrom(...rare, ...common.slice(0, 60)) },
      { weight: 1, arbitrary: fc.constantFrom('é', 'Ж', '\n', '\x7f', '😊', '\u2014', '\uffa0') },
      // What the spelling rules ask about (T66f): small halfwidth kana, full-width signs, a kanji
      // whose bytes open a UTF-8 sequence ("竄ｬ" is "€" through Shift-JIS), kana they follow.
      { weight: 3, arbitrary: fc.constantFrom(...'ｧｬｯｮ」》、（ﾃﾂｷ竄譫キあ'.split('')) },
      // Greek, Cyrillic and Arabic letters, and what GBK makes of them.
      {
        weight: 2,
        arbitrary: fc.constantFrom('Φέτα', 'γρ', 'Ниш', 'دبي', '纬蟻', '袧懈褕', '丿亘賷'),
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
      latinField_,
    ),
    spans,
  ],
  { numRuns: 2000 },
)('latinField agrees with its oracle', (t, s) => {
  const applied = ordered(s);
  expect(latinField(t, encoders, () => applied)).toEqual(latinFieldOracle(t, encoders, applied));
});

test.prop([broken], { numRuns: 1000 })(
  'a Latin field broken through a double-byte page is read back as written, or not at all',
  ({ t, b }) => {
    let out = '';
    let at = 0;
    for (const f of latinField(b, encoders)) {
      out += b.slice(at, f.at) + f.after;
      at = f.end;
    }
    expect([t, b]).toContain(at === 0 ? b : out + b.slice(at));
  },
);

// Every common character (commonCjk.ts: GB 2312 level 1, JIS X 0208 level 1, Big5's frequent
// hanzi, KS X 1001 Hangul; kana), not a sample, in a Latin field: alone, glued to a word at
// either end or inside it ("Ring时size": "时" is GBK's C2 B1 as bytes, the UTF-8 of "ʱ"; it stays).
const commonAll: string[] = Array.from(
  'あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコサシスセソタチツテト',
);
for (let cp = 0x4e00; cp <= 0x9fff; cp++)
  if (isCommonHan(cp)) commonAll.push(String.fromCodePoint(cp));
for (let cp = 0xac00; cp <= 0xd7a3; cp++)
  if (isCommonHangul(cp)) commonAll.push(String.fromCodePoint(cp));
const withCommon = fc
  .tuple(
    fc.constantFrom(...words),
    fc.constantFrom(...commonAll),
    fc.constantFrom(...words),
    fc.constantFrom('', ' ', ' 5 '),
    fc.constantFrom('', ' ', ' 5 '),
  )
  .map(([a, c, b, g1, g2]) => a + g1 + c + g2 + b);

test.prop([withCommon], { numRuns: 2000 })(
  'a Latin field holding one common CJK character is no broken field',
  (t) => {
    // The engine's own reading of a character glued to a Latin word ("Caf茅") is loneCjk.ts's
    // question; this file's reading is never asked of a common one.
    expect(latinField(t, encoders)).toEqual([]);
  },
);

// The rest of a field the engine read in part (ownScriptRest, T66f): two words of one alphabet,
// the first as a repair wrote it, the second broken through a double-byte page as it came.
const alphabetWords = [
  ['Φέτα', 'γρ', 'Αθήνα', 'οδός', 'Ελλάδα'],
  ['Ниш', 'ул', 'Москва', 'дом', 'Київ'],
  ['دبي', 'شارع', 'مصر'],
  ['תל', 'אביב', 'רחוב'],
  ['Երևան', 'փողոց'],
];
const restField = fc
  .tuple(
    fc.constantFrom(...alphabetWords),
    fc.nat(4),
    fc.nat(4),
    fc.constantFrom(' ', ' 400 ', ', '),
    fc.constantFrom(...DOUBLE),
    fc.integer({ min: -1, max: encoders.length - 1 }),
  )
  .map(([words, a, b, gap, page, spanPage]) => {
    const first = words[a % words.length] as string;
    const second = words[b % words.length] as string;
    const bytes = new TextEncoder().encode(second);
    const broken = decodeWith(bytes, page);
    const back = encodeWith(broken, page);
    const lossless = back.length === bytes.length && back.every((x, i) => x === bytes[i]);
    const own = encoders.findIndex((e) => e.page === page);
    return {
      field: first + gap + second,
      text: first + gap + (lossless ? broken : second),
      // The repair of the first word, through the page that broke the second or another.
      spans: [0, first.length, spanPage === encoders.length - 1 ? own : spanPage],
    };
  })
  .filter((x) => x.text.length <= 40);

test.prop([restField], { numRuns: 1000 })(
  'the rest of a field the engine read in part as an alphabet: the oracle agrees, and the reading is the field or nothing',
  ({ field, text, spans }) => {
    const found = latinField(text, encoders, () => spans);
    expect(found).toEqual(latinFieldOracle(text, encoders, spans));
    let out = '';
    let at = 0;
    for (const f of found) {
      out += text.slice(at, f.at) + f.after;
      at = f.end;
    }
    expect([field, text]).toContain(at === 0 ? text : out + text.slice(at));
  },
);
