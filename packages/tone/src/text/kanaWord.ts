import { charInfo, INITIAL, isLetterOf, KIND, kindOf, SCRIPT, scriptOf } from './charClass.js';
import { encoderFor } from './codePages.js';
import { misfits } from './letterFit.js';

// A halfwidth katakana word before a full-width mark (T67a, issue #11): "ﾃｽﾄ（test）" is the
// Japanese "テスト" ("test") as legacy systems write it. Shift_JIS joins JIS X 0201, whose kana are
// single bytes A1-DF shown half-width, to JIS X 0208, whose marks are double bytes shown full-width
// (the punctuation of its first row: 81 41 "、", 81 69 "（", 81 75 "「"), so text from those
// systems glues the two (Half-width kana, "Encoding": liquisearch.com/half-width_kana/encoding and
// wikisum.wiki/wiki/Half-width_kana, read 2026-12-05). Each halfwidth kana costs 1 (charClass.ts):
// it is also what Shift-JIS makes of a UTF-8 byte A1-DF. The same bytes read back as UTF-8
// ("ﾃｽﾄ（" is C3 BD C4 81 69, "ýāi") cost nothing, and the word was rewritten (gain 3, the least
// applied). A run of kana glued before such a mark is mojibake only where the bytes were a word:
// every kana but the last the lead and continuation byte of a two-byte sequence (C2-DF, then
// 80-BF), the last a lead whose continuation (0x81) the mark's first byte took (RFC 3629's
// sequences; the mark's second byte is the ASCII letter after it). So a run of two or more kana
// there costs nothing (it is Japanese) unless that reading is a plausible word: letters of one
// script, at most one sign that opens a word before them ("«Ángel»" is "ﾂｫﾃ］gel»"), and, when
// they are Latin, letters one language writes (letterFit.ts's CLDR alphabets: "ý" is Czech,
// Slovak, Icelandic, "ā" Latvian and Māori, no language writes both; "ļā" in "atļāva", Latvian,
// is "atﾄｼﾄ」a" and still comes back), none past Latin Extended-A ("ﾆｰﾄ（test）", ニート, is "ưāi":
// Vietnamese's "ư" beside Latvian's "ā" was rewritten, session 48). A reading the kana could not
// make (a lead out of C2-DF) is no word either.

/** A halfwidth katakana of JIS X 0201 (U+FF66-U+FF9F, bytes A6-DF): not its marks ｡ ｢ ｣ ､ ･. */
export const isHalfKana = (cp: number): boolean => (cp - 0xff66) >>> 0 < 0x3a;

/**
 * A full-width mark of JIS X 0208's punctuation (CJK Symbols and Punctuation, U+3001-U+303F, the
 * katakana middle dot "・" and the full-width forms U+FF01-U+FF60 that are punctuation, not
 * letters, digits or signs).
 */
export const isFullMark = (cp: number): boolean =>
  ((cp - 0x3001) >>> 0 < 0x3f || (cp - 0xff01) >>> 0 < 0x60 || cp === 0x30fb) &&
  kindOf(charInfo(cp)) === KIND.punct;

/** The Shift_JIS byte of halfwidth kana `cp` (JIS X 0201: U+FF61-U+FF9F are A1-DF). */
const byteOf = (cp: number): number => cp - 0xff61 + 0xa1;

/**
 * Whether the halfwidth katakana run `all[from, to)`, glued before a full-width mark at `all[to]`,
 * is Japanese: two or more kana whose UTF-8 reading (see above) is no plausible word.
 *
 * @param all - Code points.
 * @param from - The run's first kana (the caller's window may cut a longer run: what it sees).
 * @param to - Just past its last kana; `all[to]` is a full-width mark.
 * @returns True when the run costs nothing.
 */
export function japaneseKanaRun(all: readonly number[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  // Read from the mark backwards: the last kana is a lead before the mark's first byte (0x81 for
  // JIS X 0208's punctuation, 0x87 for "〝" "〟"), then pairs. A mark Shift_JIS cannot write, or
  // whose first byte continues no sequence, leaves the kana no reading.
  const mark = encoderFor('shift_jis').encode(all[to] as number);
  const first = mark?.length === 2 ? (mark[0] as number) : 0;
  const last = byteOf(all[to - 1] as number);
  if (last < 0xc2 || last > 0xdf || first < 0x80 || first > 0xbf) return true;
  const read: number[] = [((last & 0x1f) << 6) | (first & 0x3f)];
  for (let k = to - 1; k - 2 >= from; k -= 2) {
    const lead = byteOf(all[k - 2] as number);
    const cont = byteOf(all[k - 1] as number);
    if (lead < 0xc2 || lead > 0xdf || cont > 0xbf) break;
    read.push(((lead & 0x1f) << 6) | (cont & 0x3f));
  }
  // Kana left over before the pairs (a byte no sequence starts with) stay kana whatever the
  // pairs after them read as: the reading is judged alone, with the ASCII byte the mark took.
  return !plausibleWord(read.reverse(), mark?.[1] ?? 0);
}

/**
 * Whether `cps`, glued before the byte `next` (the second byte of the mark's Shift_JIS pair), is
 * a word someone writes: at most one sign that opens a word (charClass.ts's INITIAL: « ¿ · £ …)
 * and then letters of one script, Latin ones of one language's alphabet, other scripts not glued
 * to an ASCII letter ("ЦЁi", the Shift-JIS reading of "ﾐｦﾐ（", is no Russian word).
 *
 * @param cps - The reading's code points.
 * @param next - The byte after them (0: none).
 * @returns True when the reading is plausible text.
 */
export function plausibleWord(cps: readonly number[], next = 0): boolean {
  let i = 0;
  const first = charInfo(cps[0] ?? 0);
  if (kindOf(first) !== KIND.letter && (first & INITIAL) !== 0) i = 1;
  if (i >= cps.length) return false;
  const script = scriptOf(charInfo(cps[i] as number));
  for (let j = i; j < cps.length; j++) {
    const info = charInfo(cps[j] as number);
    if (!isLetterOf(info, script)) return false;
  }
  if (script !== SCRIPT.latin) return !/[A-Za-z]/.test(String.fromCharCode(next));
  // A Latin letter past Latin Extended-A is in no alphabet of letterFit.ts's table, which misfits
  // does not count: the kana's pairs reach Latin Extended-B ("ư", "ﾆｰ"), IPA and the modifier
  // letters ("ʲ", "ﾊｲ"), never Romanian's "ș" or Azerbaijani's "ə" (a continuation byte 80-A0).
  for (let j = i; j < cps.length; j++) if ((cps[j] as number) >= 0x180) return false;
  return misfits(String.fromCodePoint(...cps.slice(i))) === 0;
}
