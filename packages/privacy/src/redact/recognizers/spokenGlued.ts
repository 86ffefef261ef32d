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

/**
 * Each language's digit words that are written without spaces between them: 0 to 9, forms by "|".
 *
 * @since 0.1.0
 */
export const GLUED_DIGITS: Readonly<Record<string, readonly string[]>> = {
  ko: ['공|영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  zh: ['零|〇', '一|幺', '二', '三', '四', '五', '六', '七', '八', '九'],
  th: ['ศูนย์', 'หนึ่ง', 'สอง|โท', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'],
};

/**
 * Whether a digit word may end at `end` of `word` and start at `start`: anywhere, but in Thai not
 * before a vowel or mark that takes the consonant before it (U+0E30–U+0E3A, U+0E45, U+0E47–U+0E4E)
 * nor after a vowel written before its consonant (U+0E40–U+0E44), and "โท" (2) not before "ร".
 *
 * @since 0.1.0
 */
export function gluedBounds(word: string, start: number, end: number): boolean {
  const after = word.charCodeAt(end);
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
      for (const w of forms.split('|')) {
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
 * The digit words inside `word`, left to right: at each place the longest digit word of `trie`
 * there whose bounds hold ({@link gluedBounds}), else the next unit is no digit's. Linear in the
 * word (a trie's depth is its longest word, five units).
 *
 * @since 0.1.0
 */
export function gluedPieces(word: string, trie: GluedTrie): GluedPiece[] {
  const out: GluedPiece[] = [];
  let k = 0;
  while (k < word.length) {
    let node: Node | undefined = trie;
    let end = -1;
    let digit = '';
    for (let j = k; j < word.length; j++) {
      node = node.next.get(word.charCodeAt(j));
      if (node === undefined) break;
      if (node.digit !== undefined && gluedBounds(word, k, j + 1)) {
        end = j + 1;
        digit = node.digit;
      }
    }
    if (end < 0) k++;
    else {
      out.push({ from: k, to: end, digit });
      k = end;
    }
  }
  return out;
}
