// Digit words written without spaces between them (T59c, issue #14): T56c's audit
// (auditLocales2.test.ts) left Korean "공일공 이삼사오 육칠팔구", Thai "ศูนย์แปดหนึ่ง…" and Chinese
// "零九一二三四五六七八" kept. The words here are written from the pages the recognizer cites, not
// from its table: Korean 공/영 0, 일 이 삼 사 오 육 칠 팔 구 (funkorean4u.com, "How to read phone
// numbers?"), Chinese 零/〇 and 幺 for 1 (mandarinportal.com/say-phone-numbers-mandarin-chinese),
// Thai ศูนย์ … เก้า (thaipod101.com/blog/2019/10/24/thai-numbers) and โท for 2 (pattanakit.net).
// Beside the segmenter (spokenGlued.ts gluedPieces, a trie's longest match) a brute-force one
// that tries every word at every place, and properties that they agree.
import { fc, test } from '@fast-check/vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { gluedPieces, gluedTrie } from '../../src/redact/recognizers/spokenGlued.js';
import { mobile, read, said } from './spokenOracle.js';

const WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  zh: [['零', '〇'], ['一', '幺'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  th: [['ศูนย์'], ['หนึ่ง'], ['สอง', 'โท'], ['สาม'], ['สี่'], ['ห้า'], ['หก'], ['เจ็ด'], ['แปด'], ['เก้า']],
};

// A Thai syllable's vowel or mark after its consonant, and a vowel written before its consonant.
const THAI_AFTER = /[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/;
const THAI_BEFORE = /[\u0e40-\u0e44]/;

/** Brute force: at each place every word of `lang` is tried; the longest whose bounds hold. */
function brutePieces(word: string, lang: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  const all = (WORDS[lang] as readonly (readonly string[])[]).flatMap((forms, d) =>
    forms.map((w) => [w, String(d)] as const),
  );
  let k = 0;
  while (k < word.length) {
    let best: readonly [string, string] | undefined;
    for (const [w, d] of all) {
      if (!word.startsWith(w, k)) continue;
      if (THAI_AFTER.test(word.charAt(k + w.length)) || THAI_BEFORE.test(word.charAt(k - 1)))
        continue;
      // "โทร" (to call) is no 2.
      if (w === 'โท' && word.charAt(k + w.length) === 'ร') continue;
      if (best === undefined || w.length > best[0].length) best = [w, d];
    }
    if (best === undefined) k++;
    else {
      out.push([k, k + best[0].length, best[1]]);
      k += best[0].length;
    }
  }
  return out;
}

const pieces = (word: string, lang: string): [number, number, string][] =>
  gluedPieces(word, gluedTrie(lang) as NonNullable<ReturnType<typeof gluedTrie>>).map((p) => [
    p.from,
    p.to,
    p.digit,
  ]);

/** `number` said in `lang`'s digit words (the form of each digit picked by `pick`), glued. */
const sayGlued = (number: string, lang: string, pick: (k: number) => number = () => 0): string =>
  [...number]
    .map((d, k) => {
      const forms = (WORDS[lang] as readonly (readonly string[])[])[Number(d)] as readonly string[];
      return forms[pick(k) % forms.length];
    })
    .join('');

describe('the segmenter', () => {
  it.each([
    ['ko', '공일공', '010'],
    ['ko', '영일공이삼사오육칠팔구', '01023456789'],
    ['zh', '零九一二三四五六七八', '0912345678'],
    ['zh', '幺三八〇', '1380'],
    ['th', 'ศูนย์แปดหนึ่ง', '081'],
    ['th', 'สองโทสาม', '223'],
  ])('%s %j reads %s', (lang, word, digits) => {
    expect(
      pieces(word, lang)
        .map(([, , d]) => d)
        .join(''),
    ).toBe(digits);
  });

  it.each([
    // "สามี" (husband): the "ม" takes the vowel after it; "เสา…" starts with a vowel before its "ส".
    ['th', 'สามี', ''],
    ['th', 'เสาม', ''],
    // "ห้าง" (a shop) holds "ห้า" whole: a digit alone, no number.
    ['th', 'ห้าง', '5'],
    // "โทรศัพท์" (a telephone) holds no "โท" (2).
    ['th', 'โทรศัพท์', ''],
    ['zh', '一下', '1'],
    ['ko', '회사', '4'],
  ])('%s %j reads only %j', (lang, word, digits) => {
    expect(
      pieces(word, lang)
        .map(([, , d]) => d)
        .join(''),
    ).toBe(digits);
  });

  for (const lang of ['ko', 'zh', 'th']) {
    const forms = (WORDS[lang] as readonly (readonly string[])[]).flat();
    // Digit words, pieces of them, other letters of the script, Thai's vowels and marks.
    const unit = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((w) => w.slice(0, Math.max(1, w.length - 1))),
      fc.constantFrom('ี', 'า', 'ะ', '่', '้', 'เ', 'แ', 'ง', 'ร', '下', '起', '手', '는', '에', '요'),
      // Words that hold a digit word, or nearly.
      fc.constantFrom('โทร', 'สามี', 'เสาม', 'ห้าง', 'เก้าอี้', '一下', '二手', '회사', '일이'),
    );
    test.prop([fc.array(unit, { maxLength: 24 }).map((u) => u.join(''))])(
      `${lang}: the trie's longest match is the brute force's`,
      (word) => {
        expect(pieces(word, lang)).toEqual(brutePieces(word, lang));
      },
    );
    test.prop([fc.stringMatching(/^[0-9]{1,19}$/), fc.nat()])(
      `${lang}: any digits said glued read back as those digits`,
      (digits, seed) => {
        const word = sayGlued(digits, lang, (k) => seed >> k);
        expect(
          pieces(word, lang)
            .map(([, , d]) => d)
            .join(''),
        ).toBe(digits);
      },
    );
  }
});

type Market = {
  readonly lang: string;
  readonly locale: string;
  readonly country: CountryCode;
  readonly starts: readonly string[];
  readonly rest: readonly number[];
  readonly label: string;
  readonly reference: string;
  readonly between: readonly string[];
};

const MARKETS: readonly Market[] = [
  {
    lang: 'ko',
    locale: 'ko-KR',
    country: 'KR',
    starts: ['010'],
    rest: [8],
    label: '제 번호는 ',
    reference: '주문번호 ',
    between: ['', ' ', '-', '에 '],
  },
  {
    lang: 'th',
    locale: 'th-TH',
    country: 'TH',
    starts: ['06', '08', '09'],
    rest: [8],
    label: 'เบอร์ ',
    reference: 'เลขพัสดุ ',
    between: ['', ' '],
  },
  {
    lang: 'zh',
    locale: 'zh-CN',
    country: 'CN',
    starts: ['138', '139', '150', '186'],
    rest: [8],
    label: '我的手机号是',
    reference: '订单号码',
    between: ['', ' ', '，'],
  },
  {
    lang: 'zh',
    locale: 'zh-TW',
    country: 'TW',
    starts: ['09'],
    rest: [8],
    label: '我的手機是',
    reference: '訂單號碼',
    between: ['', ' ', '，'],
  },
];

describe('a phone said in digit words written without spaces', () => {
  it.each([
    ['ko-KR', '제 번호는 공일공 이삼사오 육칠팔구 입니다', '제 번호는 [PHONE] 입니다'],
    ['ko-KR', '연락처 공일공에 사사삼오에 공구칠육', '연락처 [PHONE]'],
    ['ko-KR', '전화번호 영일영이삼사오육칠팔구로 주세요', '전화번호 [PHONE]로 주세요'],
    // The copula glued to the last digit word ("…육이에요"): the number reads without its "이".
    ['ko-KR', '제 번호는 공일공이삼사오육칠팔구이에요', '제 번호는 [PHONE]이에요'],
    // A word of two digit words beside the number is left out whole: 일이 (work and its
    // particle), 이사 (a move).
    [
      'ko-KR',
      '제 번호는 공일공 이삼사오 육칠팔구 일이 있어서 전화 못 받았어요',
      '제 번호는 [PHONE] 일이 있어서 전화 못 받았어요',
    ],
    ['ko-KR', '이사 공일공 이삼사오 육칠팔구', '이사 [PHONE]'],
    // Each digit word apart, as the other languages write them.
    ['ko-KR', '전화번호 공 일 공 이 삼 사 오 육 칠 팔 구', '전화번호 [PHONE]'],
    ['th-TH', 'เบอร์ ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด', 'เบอร์ [PHONE]'],
    ['th-TH', 'เบอร์ ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด ค่ะ', 'เบอร์ [PHONE] ค่ะ'],
    ['th-TH', 'โทรมาที่ศูนย์เก้าโทสามสี่ห้าหกเจ็ดแปดเก้านะครับ', 'โทรมาที่[PHONE]นะครับ'],
    ['th-TH', 'เบอร์ศูนย์สองหนึ่งสองสามสี่ห้าหกเจ็ดโทรได้ค่ะ', 'เบอร์[PHONE]โทรได้ค่ะ'],
    ['zh-TW', '我的手機是零九一二三四五六七八', '我的手機是[PHONE]'],
    // Groups parted by spaces, more of them than a kanji phone's print has: the print's first four
    // groups are not read apart from the rest (kanjiPhones.ts printed; session 45, this property).
    ['zh-TW', '我的手機是零九零零 零 零零零零 零', '我的手機是[PHONE]'],
    ['zh-CN', '我的手机号是幺三八，幺二三四，五六七八', '我的手机号是[PHONE]'],
    ['zh-CN', '电话一三八一二三四五六七八谢谢', '电话[PHONE]谢谢'],
  ])('%s %j', (locale, text, want) => {
    expect(said(text, locale)).toBe(want);
  });

  it.each([
    // Everyday words holding digit words: Korean 일 (work), 이 (this), 사 (company).
    ['ko-KR', '일이 많아서 이 사람한테 회사 일을 맡겼어요'],
    ['ko-KR', '이 일은 오늘 사장님이 이사 가셔서 그래요'],
    // Dates and amounts said in words: tens, hundreds and thousands end a run.
    ['ko-KR', '이천이십육년 십이월 오일에 삼만 오천 원 결제했어요'],
    ['ko-KR', '주문번호 공일공 이삼사오 육칠팔구'],
    // Chinese 一 in 一下, 一起, 二手; a date and an amount.
    ['zh-CN', '等一下，我们一起去买二手车'],
    ['zh-CN', '二〇二六年十二月五日付了三千五百元'],
    ['zh-CN', '三四天后，五六个人一起来'],
    // A bare run of a Chinese mobile (no trunk "0") without a phone word, and after an order's.
    ['zh-CN', '一三八一二三四五六七八'],
    ['zh-CN', '订单号码幺三八幺二三四五六七八'],
    ['zh-TW', '訂單號碼零九一二三四五六七八'],
    // Thai หนึ่ง in prose ("one day"), สาม inside "สามี", a date and a price.
    ['th-TH', 'วันหนึ่งสามีของฉันไปห้าง'],
    ['th-TH', 'วันที่ห้า เดือนธันวาคม สองพันห้าร้อยหกสิบเก้า ราคาสามร้อยห้าสิบบาท'],
    ['th-TH', 'สองสามวันก่อนซื้อเก้าอี้สี่ตัว'],
    ['th-TH', 'เลขพัสดุ ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด'],
  ])('%s %j stays', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });

  it('reads the digits and nothing but them', () => {
    expect(read('공일공에 사사삼오에 공구칠육', 'ko-KR')).toEqual(['01044350976']);
    expect(read('我的手機是零九一二三四五六七八', 'zh-TW')).toEqual(['0912345678']);
    // Not in a language that writes its digit words apart: Polish reads no Chinese.
    expect(read('零九一二三四五六七八', 'pl-PL')).toEqual([]);
  });

  for (const m of MARKETS) {
    test.prop([
      mobile(m.starts, m.rest, m.country),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...m.between),
      fc.nat(),
    ])(
      `${m.locale}: any mobile said glued goes after "${m.label.trim()}" and stays after "${m.reference.trim()}"`,
      (number, sizes, between, seed) => {
        const groups: string[] = [];
        let at = 0;
        for (let k = 0; at < number.length; k++) {
          const size = sizes[k % sizes.length] as number;
          groups.push(sayGlued(number.slice(at, at + size), m.lang, (j) => seed >> (at + j)));
          at += size;
        }
        const words = groups.join(between);
        expect(said(`${m.label}${words}`, m.locale)).toBe(`${m.label}[PHONE]`);
        expect(said(`${m.reference}${words}`, m.locale)).toBe(`${m.reference}${words}`);
      },
    );
  }
});
