// Numbers said digit by digit in Japanese, and Korean typed decomposed (T61a, issue #14). On the
// code before, "ぜろきゅうぜろ いちにさんよん ごろくななはち" and its katakana and kanji twins stayed
// whole under ja-JP (Japanese was not read), and "전화번호는 공일공 일이삼사 오육칠팔" typed
// decomposed (NFD, conjoining Hangul letters) stayed while its composed twin went. The Japanese
// words here are written from the pages the recognizer cites, not from its table: ゼロ/れい/まる
// 0, いち, に, さん, よん/し, ご, ろく, なな/しち, はち, きゅう/く (foreignnumbers.pages.dev/learn/
// japanese/phone-numbers; kikuko11.fortunecity.ws/smallnumber.html), the long "ニー", "ゴー",
// "キュー", "レー" and "の" between groups (kez.io/notes/japanese/accent/01-numbers). Beside the
// segmenter (spokenGlued.ts gluedPieces: the reading that leaves the fewest units) a brute force
// that tries every reading of a word, and properties that they agree.
import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { gluedPieces, gluedTrie } from '../../src/redact/recognizers/spokenGlued.js';
import { mobile, read, said } from './spokenOracle.js';

const JA: readonly (readonly string[])[] = [
  ['ぜろ', 'ゼロ', 'れい', 'レイ', 'レー', 'まる', 'マル', '〇', '零'],
  ['いち', 'イチ', '一'],
  ['に', 'ニ', 'にい', 'ニー', '二'],
  ['さん', 'サン', '三'],
  ['よん', 'ヨン', 'し', 'シ', '四'],
  ['ご', 'ゴ', 'ごお', 'ゴー', '五'],
  ['ろく', 'ロク', '六'],
  ['なな', 'ナナ', 'しち', 'シチ', '七'],
  ['はち', 'ハチ', '八'],
  ['きゅう', 'キュウ', 'キュー', 'く', 'ク', '九'],
];
const KO: readonly (readonly string[])[] = [
  ['공', '영'],
  ['일'],
  ['이'],
  ['삼'],
  ['사'],
  ['오'],
  ['육'],
  ['칠'],
  ['팔'],
  ['구'],
];

const nfd = (s: string): string => s.normalize('NFD');

const pieces = (word: string, lang: string): [number, number, string][] =>
  gluedPieces(word, gluedTrie(lang) as NonNullable<ReturnType<typeof gluedTrie>>).map((p) => [
    p.from,
    p.to,
    p.digit,
  ]);

/**
 * Brute force: every reading of `word` (at each place a digit word of `words` that starts there,
 * or the unit left), the one that leaves the fewest units; among those the first by choosing, at
 * each place, the longest word before a shorter one and a word before none. A Hangul word ends
 * only where a syllable does (no conjoining vowel or final letter after it).
 */
function brutePieces(
  word: string,
  words: readonly (readonly string[])[],
): [number, number, string][] {
  const all = words.flatMap((forms, d) =>
    [...new Set(forms.flatMap((w) => [w, nfd(w)]))].map((w) => [w, String(d)] as const),
  );
  type Reading = { left: number; out: [number, number, string][] };
  const from = (k: number): Reading[] => {
    if (k >= word.length) return [{ left: 0, out: [] }];
    const here = all
      .filter(([w]) => word.startsWith(w, k) && !/[\u1160-\u11ff]/.test(word.charAt(k + w.length)))
      .sort((a, b) => b[0].length - a[0].length);
    const out: Reading[] = [];
    for (const [w, d] of here)
      for (const r of from(k + w.length))
        out.push({ left: r.left, out: [[k, k + w.length, d], ...r.out] });
    for (const r of from(k + 1)) out.push({ left: r.left + 1, out: r.out });
    return out;
  };
  const readings = from(0);
  const fewest = Math.min(...readings.map((r) => r.left));
  return (readings.find((r) => r.left === fewest) as Reading).out;
}

/** `number` said in `words`, glued, the form of each digit picked by `pick`. */
const sayGlued = (
  number: string,
  words: readonly (readonly string[])[],
  pick: (k: number) => number,
): string =>
  [...number]
    .map((d, k) => {
      const forms = words[Number(d)] as readonly string[];
      return forms[pick(k) % forms.length];
    })
    .join('');

describe('Japanese said digit by digit', () => {
  it.each([
    ['ぜろきゅうぜろ いちにさんよん ごろくななはち', '[PHONE]'],
    ['電話：ゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチ', '電話：[PHONE]'],
    ['電話：〇九〇、一二三四、五六七八', '電話：[PHONE]'],
    // "まる" for 0, "の" between the groups, a copula after.
    ['電話番号はまるきゅうまるのいちにいさんよんのごおろくななはちです', '電話番号は[PHONE]です'],
    // "れい", "し" and "しち": a Tokyo number.
    ['れいさんのいちにさんしのごろくしちはち', '[PHONE]'],
    // "にいいち" is 2 then 1 ("にい", "いち"); "にいち" is 2 then 1 too ("に", "いち").
    ['でんわばんごうは ぜろはちぜろ にいいちさんよん ごおろくななく', 'でんわばんごうは [PHONE]'],
    ['携帯はゼロナナゼロのニイチサンヨンのゴーロクナナハチです', '携帯は[PHONE]です'],
  ])('%j', (text, want) => {
    expect(said(text, 'ja-JP')).toBe(want);
  });

  it('reads the digits and nothing but them', () => {
    expect(read('ぜろはちぜろにいちさんよんごおろくななはち', 'ja-JP')).toEqual(['08021345678']);
    expect(read('ゼロサンのイチニーサンヨンのゴーロクナナハチ', 'ja-JP')).toEqual(['0312345678']);
    expect(read('零九〇一二三四五六七八', 'ja-JP')).toEqual(['09012345678']);
  });

  it.each([
    // "さん" after a name, the particle "に", "ご" before a noun, "し" and "く" inside words.
    '田中さんに電話しました',
    '京都に行くのは三日後です',
    'ご注文ありがとうございます',
    'わたしはにしさんといっしょにきょうとにいきました',
    'しごとがおわったらすぐにごはんにしましょう',
    // An order's number said aloud after an order word stays, as written out.
    '注文番号は ぜろきゅうぜろいちにさんよんごろくななはち です',
    'ご注文番号：ゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチ',
    // Numerals in prose: a list, a date, an amount.
    '一二三四五六七八九十',
    '二〇二六年十二月五日に一二〇〇円を払いました',
  ])('%j stays', (text) => {
    expect(said(text, 'ja-JP')).toBe(text);
  });

  test.prop([
    mobile(['090', '080', '070'], [8], 'JP'),
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', ' ', '、', 'の', '-'),
    fc.nat(),
  ])(
    'any mobile said glued goes after "電話番号は" and stays after "注文番号は"',
    (number, sizes, between, seed) => {
      const groups: string[] = [];
      let at = 0;
      for (let k = 0; at < number.length; k++) {
        const size = sizes[k % sizes.length] as number;
        groups.push(sayGlued(number.slice(at, at + size), JA, (j) => seed >> (at + j)));
        at += size;
      }
      const words = groups.join(between);
      expect(said(`電話番号は${words}`, 'ja-JP')).toBe('電話番号は[PHONE]');
      expect(said(`注文番号は${words}`, 'ja-JP')).toBe(`注文番号は${words}`);
    },
  );
});

describe('the segmenter reads the most of a word', () => {
  it.each([
    ['ja', 'にいち', '21'],
    ['ja', 'にいいち', '21'],
    ['ja', 'にいさん', '23'],
    ['ja', 'しちく', '79'],
    ['ko', nfd('일이'), '12'],
    // "입" holds no "이": a decomposed syllable is read whole.
    ['ko', nfd('입일'), '1'],
  ])('%s %j reads %s', (lang, word, digits) => {
    expect(
      pieces(word, lang)
        .map(([, , d]) => d)
        .join(''),
    ).toBe(digits);
  });

  for (const [lang, words, other] of [
    ['ja', JA, ['ち', 'う', 'い', 'お', 'ー', 'の', 'ん', '十', 'で', 'す']],
    ['ko', KO, ['에', '입', '는', '회사', nfd('입'), nfd('에'), nfd('는'), '\u11af', '\u1175']],
  ] as const) {
    const forms = words.flat().flatMap((w) => [w, nfd(w)]);
    // Digit words, their pieces, other letters; at most 16 units, for the brute force.
    const unit = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((w) => w.slice(0, Math.max(1, w.length - 1))),
      fc.constantFrom(...other),
    );
    test.prop([
      fc
        .array(unit, { maxLength: 10 })
        .map((u) => u.join(''))
        .filter((w) => w.length <= 16),
    ])(`${lang}: the reading is the brute force's`, (word) => {
      expect(pieces(word, lang)).toEqual(brutePieces(word, words));
    });
  }
});

describe('Korean typed decomposed (NFD) reads as composed', () => {
  it.each([
    ['전화번호는 공일공 일이삼사 오육칠팔', '전화번호는 [PHONE]'],
    ['연락처 공일공에 사사삼오에 공구칠육', '연락처 [PHONE]'],
    ['제 번호는 공일공이삼사오육칠팔구이에요', '제 번호는 [PHONE]이에요'],
  ])('%j', (text, want) => {
    expect(said(nfd(text), 'ko-KR')).toBe(nfd(want));
  });

  // The dash written "의" (said "에"): koreanvitamin.wordpress.com, quoting Arirang Korean Basics 1.
  it.each(['전화번호 공이의 이삼사오의 육칠팔구', '전화번호 공이의이삼사오의육칠팔구'])(
    '%j',
    (text) => {
      expect(said(text, 'ko-KR')).toBe('전화번호 [PHONE]');
      expect(said(nfd(text), 'ko-KR')).toBe(nfd('전화번호 [PHONE]'));
    },
  );

  it("a number's span is the input's units", () => {
    const text = nfd('전화번호는 공일공 일이삼사 오육칠팔 입니다');
    const out = redact(text, { locale: 'ko-KR', recognizers: spokenNumberRecognizers });
    expect(out.findings.map((f) => text.slice(f.start, f.end))).toEqual([
      nfd('공일공 일이삼사 오육칠팔'),
    ]);
  });

  it.each([
    '일이 많아서 이 사람한테 회사 일을 맡겼어요',
    '주문번호 공일공 이삼사오 육칠팔구',
    '이천이십육년 십이월 오일에 삼만 오천 원 결제했어요',
  ])('%j stays', (text) => {
    expect(said(nfd(text), 'ko-KR')).toBe(nfd(text));
  });

  // The NFC twin is the oracle: a Korean text of digit words, everyday words and labels reads the
  // same typed decomposed.
  const unit = fc.oneof(
    fc.constantFrom(...KO.flat()),
    fc.constantFrom(
      '에',
      '입',
      '일이',
      '이사',
      '회사',
      '는',
      '요',
      ' ',
      '-',
      '전화번호는 ',
      '주문번호 ',
    ),
  );
  test.prop([fc.array(unit, { maxLength: 24 }).map((u) => u.join(''))])(
    'any Korean text reads as its NFC twin',
    (text) => {
      expect(said(nfd(text), 'ko-KR')).toBe(nfd(said(text, 'ko-KR')));
    },
  );
  test.prop([mobile(['010'], [8], 'KR'), fc.constantFrom('', ' ', '에 ')])(
    'any mobile said glued goes typed decomposed',
    (number, between) => {
      const words = [number.slice(0, 3), number.slice(3, 7), number.slice(7)]
        .map((g) => sayGlued(g, KO, () => 0))
        .join(between);
      expect(isValidPhoneNumber(number, 'KR')).toBe(true);
      expect(said(nfd(`제 번호는 ${words}`), 'ko-KR')).toBe(nfd('제 번호는 [PHONE]'));
    },
  );

  it('Vietnamese digit words and labels typed decomposed read as composed', () => {
    const text = 'số điện thoại của tôi là không chín một hai ba bốn năm sáu bảy tám';
    expect(said(nfd(text), 'vi-VN')).toBe(nfd(said(text, 'vi-VN')));
    expect(said(text, 'vi-VN')).toBe('số điện thoại của tôi là [PHONE]');
  });

  // The built-in recognizers read NFD labels already (context.ts): neighbours that must stay.
  it.each([
    ['전화번호 1012345678', 'ko-KR'],
    ['주문번호 1012345678', 'ko-KR'],
    ['số điện thoại 912345678', 'vi-VN'],
    ['mã đơn hàng 912345678', 'vi-VN'],
  ])('built in: %j reads as composed', (text, locale) => {
    expect(redact(nfd(text), { locale }).text).toBe(nfd(redact(text, { locale }).text));
  });
});
