// Digit words written without spaces between them (T59c, issue #14; T56c's audit left them): Korean,
// Thai and Chinese voice-to-text, and people, write a number said digit by digit as one word or a
// few ("공일공 이삼사오 육칠팔구", "ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด", "零九一二三四五六七八"),
// Chinese and Thai glued to the words before it too ("我的手機是零九…"). Each such word is cut into
// its digit words here; what is not one ends the number, as a word between digit words does.
//
// Korean says a phone number in Sino-Korean digits, 0 as "공" (or "영"): "010-4435-0976 공일공,
// 사사삼오, 공구칠육", and the dash as "에" ("공일공에 사사삼오에…") (funkorean4u.com, "How to read
// phone numbers?"; hanguladay.com/category/numbers: "공구일 팔 구 이 이에 공 사 사 팔"; asOf
// 2026-12-05). Not the native "하나", "둘" some say for 1 and 2 (liquisearch.com, Korean numerals,
// "substitution for disambiguation"): both are everyday words.
// Chinese says each digit, 1 often as "幺" (yāo) so that it is not heard as 7 (mandarinportal.com/
// say-phone-numbers-mandarin-chinese; echineselearning.com, "Pronounce '1' the right way"); 0 is
// "零" or "〇". Not "两" (2 before a measure word: "两个"), nor the radio words "洞", "拐", "勾"
// (reddit r/ChineseLanguage, "alternate pronunciations of numbers in phone numbers", 2025: used
// in radio traffic only).
// Thai: ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า (thaipod101.com/blog/2019/10/24/thai-numbers;
// en.wiktionary.org, Module:number list/data/th), and "โท" for 2 in a phone number, from the navy's
// radio (pattanakit.net, "การเรียกเลข 2 ในหมายเลขโทรศัพท์ที่ถูกต้อง").
//
// Everyday words hold these syllables (Korean 일 "work", 이 "this", 사 "company"; Chinese 一 in
// 一下, 一起, 二手; Thai หนึ่ง in "วันหนึ่ง", สาม in "สามี"): a run still needs seven digits, two
// words and a valid number (spoken.ts saidNumbers, spokenPhoneRecognizer), and a Thai digit word
// ends where a syllable may end: not before a vowel or mark that follows a consonant ("สาม|ี" is
// "สามี", husband), nor after a vowel written before one ("เ|สาม…").
//
// Japanese (T61a, issue #14) says a phone number digit by digit in its Sino-Japanese words, 4 as
// "よん" and 7 as "なな" rather than "し" and "しち", 0 as "ゼロ" rather than "れい" ("zero kyū
// zero, ichi ni san yon, go roku nana hachi": foreignnumbers.pages.dev/learn/japanese/
// phone-numbers), "まる" (a circle) for 0 too (kikuko11.fortunecity.ws/smallnumber.html, which
// also gives "し", "しち", "く" as the forms seldom used), 2 and 5 lengthened ("ニー", "ゴー"),
// "キュー", "レー", and "の" between the groups ("ナナキュー・ロク の ゴーニー…": kez.io/notes/
// japanese/accent/01-numbers; "linking the parts with the particle 'no'": ayako-sky.blogspot.com/
// 2009/12/talking-on-phone.html); asOf 2026-12-05. Speech-to-text writes them in hiragana,
// katakana or kanji, each read here; "にい"/"ごお" are the long forms in hiragana ("two and five are
// pronounced with a long vowel in phone numbers": Wikipedia's "Japanese numerals", as quoted by
// locknero.blogg.se/2023/may/kokono-meaning.html, which gives "maru" for 0 too). Several are
// everyday words ("に" a particle, "し", "く", honorific "ご", "さん" after a name): as in Korean, a
// run needs seven digits, two words and a valid number. "にい" (2) and "いち" (1) overlap
// ("にいち" is 2 then 1): the segmenter reads the most of a word it can, not the longest word
// first (gluedPieces).
//
// Hangul typed decomposed (NFD, conjoining letters: macOS file names, some exports) writes each
// syllable as two or three letters; the trie holds each Korean word so too, and a word ends only
// where a syllable does (not before a vowel or final consonant letter, U+1160–U+11FF: "이" is no
// 2 inside "입").

/**
 * Each language's digit words that are written without spaces between them: 0 to 9, forms by "|".
 *
 * @since 0.1.0
 */
export const GLUED_DIGITS: Readonly<Record<string, readonly string[]>> = {
  ko: ['공|영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  zh: ['零|〇', '一|幺', '二', '三', '四', '五', '六', '七', '八', '九'],
  th: ['ศูนย์', 'หนึ่ง', 'สอง|โท', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'],
  ja: [
    'ぜろ|ゼロ|れい|レイ|レー|まる|マル|〇|零',
    'いち|イチ|一',
    'に|ニ|にい|ニー|二',
    'さん|サン|三',
    'よん|ヨン|し|シ|四',
    'ご|ゴ|ごお|ゴー|五',
    'ろく|ロク|六',
    'なな|ナナ|しち|シチ|七',
    'はち|ハチ|八',
    'きゅう|キュウ|キュー|く|ク|九',
  ],
};

/**
 * The words said between the groups of a number, for the dash ("공일공에 사사삼오에…", "ゼロサンの
 * イチニーサンヨンの…"), by language: read between two digit words inside a word, ending nothing.
 *
 * @since 0.1.0
 */
export const GLUED_DASHES: Readonly<Record<string, readonly string[]>> = {
  // "에", and "의" which a textbook writes for it (pronounced "에": Arirang Korean Basics 1, as
  // quoted by koreanvitamin.wordpress.com/2016/02/08/how-to-read-phone-numbers-in-korean), each
  // composed and typed as its conjoining letters (NFD).
  ko: ['\uc5d0', '\u110b\u1166', '\uc758', '\u110b\u1174'],
  ja: ['の', 'ノ'],
};

/**
 * Whether a digit word may end at `end` of `word` and start at `start`: anywhere, but not before a
 * conjoining Hangul vowel or final consonant (U+1160–U+11FF), in Thai not before a vowel or mark that takes the consonant before it (U+0E30–U+0E3A, U+0E45, U+0E47–U+0E4E)
 * nor after a vowel written before its consonant (U+0E40–U+0E44), and "โท" (2) not before "ร".
 *
 * @since 0.1.0
 */
export function gluedBounds(word: string, start: number, end: number): boolean {
  const after = word.charCodeAt(end);
  // A conjoining vowel or final consonant continues the syllable before it (NFD Hangul).
  if (after >= 0x1160 && after <= 0x11ff) return false;
  if ((after >= 0xe30 && after <= 0xe3a) || after === 0xe45 || (after >= 0xe47 && after <= 0xe4e))
    return false;
  // "โทร" (to call; "โทรศัพท์", a telephone) is no 2: the word beside a number most often.
  if (after === 0xe23 && end - start === 2 && word.startsWith('โท', start)) return false;
  const before = word.charCodeAt(start - 1);
  return !(before >= 0xe40 && before <= 0xe44);
}

/**
 * A node of a language's trie of digit words, by UTF-16 unit: the digit of the word that ends
 * here, if one does.
 *
 * @since 0.1.0
 */
export type GluedTrie = { readonly next: Map<number, GluedTrie>; digit: string | undefined };
type Node = GluedTrie;

const tries = new Map<string, Node>();

/**
 * The trie of `lang`'s glued digit words ({@link GLUED_DIGITS}), built once, or undefined for a
 * language whose digit words stand apart.
 *
 * @since 0.1.0
 */
export function gluedTrie(lang: string): GluedTrie | undefined {
  const words = GLUED_DIGITS[lang];
  if (words === undefined) return undefined;
  let root = tries.get(lang);
  if (root === undefined) {
    root = { next: new Map(), digit: undefined };
    words.forEach((forms, digit) => {
      // Each word also decomposed (NFD): Hangul as its conjoining letters.
      for (const w of new Set(forms.split('|').flatMap((f) => [f, f.normalize('NFD')]))) {
        let node = root as Node;
        for (let k = 0; k < w.length; k++) {
          const c = w.charCodeAt(k);
          let child = node.next.get(c);
          if (child === undefined) {
            child = { next: new Map(), digit: undefined };
            node.next.set(c, child);
          }
          node = child;
        }
        node.digit = String(digit);
      }
    });
    tries.set(lang, root);
  }
  return root;
}

/**
 * One digit word found inside a word: where (UTF-16 offsets into the word) and its digit.
 *
 * @since 0.1.0
 */
export type GluedPiece = { readonly from: number; readonly to: number; readonly digit: string };

/**
 * The digit words inside `word`, left to right, read so that they cover the most of it: the fewest
 * units are left to no digit word (each ends the number it stands in), and among readings that
 * leave as few, at each place the longest digit word whose bounds hold ({@link gluedBounds}), a
 * word before none. Where no digit word overlaps another's end this is the longest match at each
 * place; Japanese "にいち" reads "に" and "いち" (2, 1), not "にい" and a "ち" of no digit. Linear in
 * the word (a trie's depth is its longest word, five units).
 *
 * @since 0.1.0
 */
export function gluedPieces(word: string, trie: GluedTrie): GluedPiece[] {
  const n = word.length;
  // From the end: left[k] the fewest units word[k, n) leaves, to[k] where the word read at k ends
  // (0: none, the unit is left), digit[k] its digit.
  const left = new Int32Array(n + 1);
  const to = new Int32Array(n);
  const digits: string[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) {
    let best = 1 + (left[k + 1] as number);
    let node: Node | undefined = trie;
    for (let j = k; j < n; j++) {
      node = node.next.get(word.charCodeAt(j));
      if (node === undefined) break;
      // A longer word that leaves as few wins ("<="), and a word wins over leaving the unit.
      if (
        node.digit !== undefined &&
        (left[j + 1] as number) <= best &&
        gluedBounds(word, k, j + 1)
      ) {
        best = left[j + 1] as number;
        to[k] = j + 1;
        digits[k] = node.digit;
      }
    }
    left[k] = best;
  }
  const out: GluedPiece[] = [];
  let k = 0;
  while (k < n) {
    const end = to[k] as number;
    if (end === 0) k++;
    else {
      out.push({ from: k, to: end, digit: digits[k] as string });
      k = end;
    }
  }
  return out;
}

/**
 * Whether `word[from, to)` is a word `lang` says for the dash between a number's groups (Korean
 * "에", Japanese "の"), read between two digit words.
 *
 * @since 0.1.0
 */
export function gluedDash(lang: string, word: string, from: number, to: number): boolean {
  const dashes = GLUED_DASHES[lang];
  return dashes?.some((d) => to - from === d.length && word.startsWith(d, from)) === true;
}
