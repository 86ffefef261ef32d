import {
  charInfo,
  isLetterOf,
  isLower,
  isUpper,
  KIND,
  kindOf,
  SCRIPT,
  scriptOf,
  unigramCost,
} from './charClass.js';
import { type Proposal, proposalOver } from './engine.js';
import { WordLook } from './loneCjkLook.js';

// One CJK character glued to Latin letters is how Chinese and Japanese write a brand or a word in
// Latin letters ("這個App的bug还没修好", "iPhone的", "Appleの"): the script switch the cost model
// charges for (cost.ts: rare Han glued to Latin is what GBK makes of "obsługi") is the language's
// own. Two bytes read as one UTF-8 letter ("的" through EUC-JP is "Ū", "毛" through GBK "ë") are
// the least evidence a repair can have, and the rest of its word says which it is: a word (no
// space inside) that holds clean CJK text of its own is CJK text, and its lone character is left
// as it is (reported, not applied). Not the line: a Japanese reply holding a name broken through
// GBK ("ご注文の商品は本日発送しました。 Klient: Se簽or Pe簽a") is partial mojibake, and
// "Caf茅 Zo毛", with no clean CJK beside it, is still "Café Zoë". A word ends at a space, at a
// segment's end (below) and at the full-width marks that part a CJK sentence (、。，！？（）「」『』
// 【】): a name in a CJK field ("收件人：Se簽or Pe簽a，台中市") is a word of its own, not one with
// "收件人" (T57a; the brand in "这个App毛bug还没修好" touches its Chinese and stays).
//
// Beside an ASCII letter the look goes on past the word's spaces, to the end of its segment (T52c):
// "这个 iPhone毛bug 还没修好" writes the Latin word apart, and the Chinese around it is text no page
// repairs, where a message broken whole would hold mojibake there too. A segment ends at a line
// break, a tab or a field's separator (: ; | , ： ； ｜), so the name after "Klient:" or ", " is a
// field of its own; "。" does not end one (a space after it is rare in CJK text, and the clean
// message comes first: "…発送しました。 Se簽or" stays as it came). Past a space only common
// characters (the standards' frequent levels, kana) of words with no ASCII letter and no U+FFFD
// count: a Latin word of a lossy text left half in CJK ("t�耥ceti dn轡 od") is no Chinese clause.
// Between "iPhone" and "bug" with no CJK in its segment the 46 small letters stay repaired.
// Two such words in one segment (a space between them, within REACH) are a name broken through
// a double-byte page, and neither looks past its spaces (T54c): "…発送しました。 Se簽or Pe簽a" is
// "Señor Peña", where one word alone ("…。 Se簽or") stays. The price: two brands of one clause
// glued to characters that read as small letters ("iPhone毛bug 和 iPad毛bug") are repaired.
// Chinese and Japanese glue a Latin word to their own text: a repair beside an ASCII letter that
// reads as a Latin letter, whose word holds clean CJK, pairs so too (T59f): "是艁ukasz W贸jcik，"
// and "客户Jos茅 Mu帽oz已付款" are names, their CJK outside the two words. Such a word pairs only
// with no clean CJK between the two ("iPhone毛bug 和App毛bug" stays), and alone it is left.
//
// A lone character between two ASCII letters ("iPhone的bug") is left too when what it would
// become is no letter of a Latin word there: a capital between two small letters ("的" → "Ū"), a
// letter of another script ("了" → "λ"), a modifier letter, a sign or a digit ("方" → "۰"), or a
// combining mark that makes no letter with the one before it ("有" → "ͭ"). A Latin word broken
// through a double-byte page gives back a small letter there ("Citro毛n" → "Citroën") or a mark
// that composes with its letter (a macOS file name's "e" + U+0301): in every corpus (the generated
// one, the never-seen messages, the bench's stream, the audits: 3,796 such repairs) each one
// between two ASCII letters was a small Latin letter. Of 510 common CJK characters between
// "iPhone" and "bug", 86 were repaired; 40 of them are left so, and the 46 that read as a small
// Latin letter ("毛" → "ë") are the very shape of "Citro毛n": two bytes and two ASCII neighbours
// cannot tell them apart, only a dictionary of the words around could.
//
// With an ASCII letter on one side only ("我的App方便吗" seen alone as "App方", "方bug"), the
// character ends or opens a Latin word, and the same holds (T45b). The cost model cannot tell:
// "方" glued to "App" costs the script switch (3), what it becomes ("۰", an Arabic-Indic zero)
// costs nothing beside a letter, and the gain is minGain exactly. The corpora can: of their 2,574
// one-character CJK repairs with an ASCII letter on one side only (generated corpus, audits,
// ftfy's cases, two never-seen streams of 4 MB), the 1,651 that end a word gave a small Latin
// letter, and the 923 that open one a small or a capital Latin letter ("脜terbetal" →
// "Återbetal") or "¿" ("驴Podría"). What the 510 common characters become there is mostly no
// letter at all: Arabic-Indic digits ("۰"), "·", "״". So a repair that ends a word is left when it
// would be no letter (a digit, a sign, a mark that composes with nothing); one that opens a word
// when it would be neither a letter nor a sign that opens words (¿ ¡ and the opening quotes), or
// a capital before a capitalised word ("的App" → "ŪApp"). A letter of any script stays repaired
// on one side: a name may end or open with a look-alike of another script ("SENSЕ", its "Е"
// Cyrillic, comes back so through GBK).
//
// Korean glues a Latin word to its own syllables too ("가g챨", "iPhone으로"), and a Latin word
// broken through EUC-KR holds Hangul only where one of its letters broke, each syllable a repair
// of its own: a syllable that no applied repair touches, in the word of a Hangul repair, is Korean
// text, and counts as the two clean characters that leave the repair (T64g: "가g챨" was "가gð",
// "챨" being EUC-KR C3 B0, the UTF-8 of "ð"; "Caf챕 Zo챘" is still "Café Zoë"). So too in the
// further words of its segment (T65d: "Apple책 3권", a book and three volumes, was "Appleå 3권";
// "책" is C3 A5, the UTF-8 of "å", and "권" no page reads). A syllable glued to a Latin word with no
// other Hangul in its segment ("iPhone천") is still read: "Caf챕" is that shape too.

/**
 * No code point below this one is Han, kana or Hangul (the first is U+1100, a Hangul jamo):
 * withoutLoneCjk skips the look-up of the characters of a Latin word.
 */
export const CJK_FROM = 0x1100;

/** Whether `cp` is Han, kana or Hangul (callers skip code points below {@link CJK_FROM}). */
export const isCjk = (cp: number): boolean => {
  const s = scriptOf(charInfo(cp));
  return s === SCRIPT.han || s === SCRIPT.kana || s === SCRIPT.hangul;
};

/** Whether `cp` is a precomposed Hangul syllable (U+AC00-U+D7A3). */
const isSyllable = (cp: number): boolean => cp >= 0xac00 && cp <= 0xd7a3;

/** How far a look for clean CJK text goes either side of the character. */
export const REACH = 32;

/**
 * What ends a word: spaces, and the full-width marks that part a CJK sentence's clauses or
 * quote inside it (、。，！？（）「」『』【】), which Chinese and Japanese write where Latin text
 * writes a space after them ("收件人：Se簽or Pe簽a，台中市": the name's last word ends at "，").
 */
export const endsWord = (cp: number): boolean =>
  cp <= 0x20 ||
  cp === 0xa0 ||
  (cp >= 0x3000 && cp <= 0x3002) ||
  (cp >= 0x300c && cp <= 0x300f) ||
  cp === 0x3010 ||
  cp === 0x3011 ||
  cp === 0xff01 ||
  cp === 0xff08 ||
  cp === 0xff09 ||
  cp === 0xff0c ||
  cp === 0xff1f;

/**
 * What ends a segment of a line: a line break, a tab, and the separators of fields and list items
 * (: ; | , and their full widths). "，" and "、" do not: they part the clauses of one CJK sentence.
 */
export const SEGMENT_ENDS = '\n\v\f\r\t\u0085\u2028\u2029:;|,：；｜';
const ENDS = new Set(Array.from(SEGMENT_ENDS, (c) => c.charCodeAt(0)));

// SEGMENT_ENDS below U+0080, by code point (cleanBeyond asks it of every character it passes: a
// Set's lookup there was most of that function's time on GBK-broken messages).
const ASCII_ENDS = new Uint8Array(0x80);
for (const c of ENDS) if (c < 0x80) ASCII_ENDS[c] = 1;

// The rest of SEGMENT_ENDS (six), compared in turn: the Set's lookup hashed every CJK character
// that withoutLoneCjk's, cleanBeyond's and paired's walks pass (T59h).
const WIDE_ENDS: readonly number[] = Array.from(ENDS).filter((c) => c >= 0x80);

/** Whether `cp` ends a segment (one of SEGMENT_ENDS). */
export const endsSegment = (cp: number): boolean =>
  cp < 0x80 ? ASCII_ENDS[cp] === 1 : WIDE_ENDS.includes(cp);

/** A CJK character the cost model counts as common (a national standard's frequent level, kana). */
const isCommonCjk = (cp: number): boolean => {
  const info = charInfo(cp);
  const s = scriptOf(info);
  return (s === SCRIPT.han || s === SCRIPT.kana || s === SCRIPT.hangul) && unigramCost(info) === 0;
};

/** Whether `s` holds one code point (a lone surrogate counts as one, as a spread counts it). */
export const oneCodePoint = (s: string): boolean =>
  s.length === 1 ||
  (s.length === 2 &&
    (s.charCodeAt(0) & 0xfc00) === 0xd800 &&
    (s.charCodeAt(1) & 0xfc00) === 0xdc00);

const isAsciiLetter = (cp: number | undefined): boolean =>
  cp !== undefined && ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a));
const isAsciiLower = (cp: number | undefined): boolean =>
  cp !== undefined && cp >= 0x61 && cp <= 0x7a;
const isAsciiUpper = (cp: number | undefined): boolean =>
  cp !== undefined && cp >= 0x41 && cp <= 0x5a;

/** Whether `after` (one code point) is a Latin letter. */
const latinLetter = (after: string): boolean => {
  const info = charInfo(after.codePointAt(0) ?? 0);
  return isLetterOf(info, SCRIPT.latin);
};

/** Signs that open a word in clean text ("¿Podría", "«Merci»"). */
const OPENS = new Set(Array.from('¿¡«‹„“‘‚', (c) => c.codePointAt(0) ?? 0));

/**
 * Whether `after`, one character after the ASCII letter `left` (and before the ASCII letter
 * `right`, if there is one), is no letter of a Latin word there (the second and third rules of
 * this file's header: ending a word, only a letter of some script).
 */
function strangeBetween(left: number, right: number | undefined, after: string): boolean {
  const cp = after.codePointAt(0) ?? 0;
  const info = charInfo(cp);
  if (kindOf(info) === KIND.mark)
    return (String.fromCharCode(left) + after).normalize('NFC').length !== 1;
  if (right === undefined) return kindOf(info) !== KIND.letter;
  if (!isLetterOf(info, SCRIPT.latin)) return true;
  if (isUpper(info)) return isAsciiLower(left) && isAsciiLower(right);
  return !isLower(info);
}

/**
 * Whether `after`, one character before the ASCII letter `right` (followed by `next`) with no
 * ASCII letter before it, opens no Latin word there (the third rule of this file's header).
 */
function strangeOpening(right: number, next: number | undefined, after: string): boolean {
  const cp = after.codePointAt(0) ?? 0;
  const info = charInfo(cp);
  if (kindOf(info) !== KIND.letter) return !OPENS.has(cp);
  return isUpper(info) && isAsciiUpper(right) && isAsciiLower(next);
}

/**
 * Past the space at `from`, the common CJK characters (outside every applied repair) of the
 * further words of the segment on one side (`dir`) of `proposals[k]`, up to an end in
 * SEGMENT_ENDS and at most REACH code points from the repair: only words with no ASCII letter and
 * no U+FFFD count (a Chinese or Japanese clause, not a Latin word whose letters a lossy page left
 * as CJK).
 */
function cleanBeyond(
  cps: readonly number[],
  proposals: readonly Proposal[],
  k: number,
  dir: 1 | -1,
  from: number,
  /** 1 when the repair is a Hangul syllable: a clean syllable then counts two (T65d). */
  syllable: number,
): number {
  const p = proposals[k] as Proposal;
  let j = k + dir;
  const last = dir > 0 ? Math.min(cps.length - 1, p.end - 1 + REACH) : Math.max(0, p.start - REACH);
  let clean = 0;
  let pending = 0;
  let pure = true;
  for (let i = from; dir > 0 ? i <= last : i >= last; i += dir) {
    const cp = cps[i] as number;
    if (endsSegment(cp)) break;
    if (endsWord(cp)) {
      if (pure) clean += pending;
      pending = 0;
      pure = true;
    } else if (!pure) {
      // The rest of a word that cannot count: on to its end.
    } else if (cp < 0x3040) {
      if (isAsciiLetter(cp)) pure = false;
    } else if (cp === 0xfffd) pure = false;
    else if (isCommonCjk(cp)) {
      // Outside every applied repair (the proposals looked up from the repair outwards; read
      // inside the array only: a read past its ends deoptimised this loop, 'out of bounds').
      if (dir < 0) {
        while (j >= 0 && (proposals[j] as Proposal).start > i) j--;
        const r = j >= 0 ? (proposals[j] as Proposal) : undefined;
        if (!(r?.applied && i < r.end)) pending += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
      } else {
        while (j < proposals.length && (proposals[j] as Proposal).end <= i) j++;
        const r = j < proposals.length ? (proposals[j] as Proposal) : undefined;
        if (!(r?.applied && r.start <= i)) pending += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
      }
    }
  }
  return pure ? clean + pending : clean;
}

/**
 * Leave a repair of one CJK character into one character unapplied when its word (the text
 * between two spaces) holds at least two CJK characters that no applied repair touches (beside an
 * ASCII letter, its segment's CJK words count too, unless another word of the segment holds such
 * a repair; a Latin word glued to CJK text pairs so too, with no CJK between), or when it stands
 * beside an ASCII letter (on
 * one side or both) and would become no letter of a Latin word there.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @returns The proposals, with such repairs no longer applied.
 * @example
 * // "這個App的bug还没修好": "的" is not "Ū" (EUC-JP) → left as it is.
 * // "iPhone的bug": "Ū", a capital between two small letters → left as it is.
 * // "App方": "۰", a digit ending a Latin word → left as it is.
 * // "这个 iPhone毛bug 还没修好": "毛" is not "ë" (GBK): Chinese text in its segment → left.
 * // "…しました。 Se簽or Pe簽a": two such words in one segment, a broken name → "Señor Peña".
 * // "是Łukasz W贸jcik，请…": two Latin words glued to Chinese, no CJK between → "Wójcik" (T59f).
 * @since 0.1.0
 */
export function withoutLoneCjk(
  cps: readonly number[],
  proposals: readonly Proposal[],
): readonly Proposal[] {
  let out: Proposal[] | undefined;
  // The repairs beside an ASCII letter whose own word holds too little clean CJK text.
  let wide: number[] | undefined;
  let look: WordLook | undefined;
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as Proposal;
    if (!p.applied || p.end - p.start !== 1 || !isCjk(cps[p.start] ?? 0)) continue;
    if (!oneCodePoint(p.after)) continue;
    const left = p.start > 0 ? cps[p.start - 1] : undefined; // no read at -1 (runParts.ts readFrom)
    const right = cps[p.end];
    const afterLetter = isAsciiLetter(left);
    if (
      afterLetter
        ? strangeBetween(left as number, isAsciiLetter(right) ? right : undefined, p.after)
        : isAsciiLetter(right) &&
          strangeOpening(
            right as number,
            p.end + 1 < cps.length ? cps[p.end + 1] : undefined,
            p.after,
          )
    ) {
      out ??= [...proposals];
      out[k] = { ...p, applied: false };
      continue;
    }
    // The word's clean CJK characters, outside every applied repair, at most REACH code points
    // either side (a text with no space is one long word: each look stays bounded, and one walk
    // serves every look, loneCjkLook.ts); beside an ASCII letter, then those of the rest of its
    // segment (T52c). A clean Hangul syllable counts two beside a Hangul repair (T64g).
    look ??= new WordLook(cps, proposals);
    look.look(k, isSyllable(cps[p.start] ?? 0) ? 1 : 0);
    const { clean, back, ahead } = look;
    if (clean < 2 && (afterLetter || isAsciiLetter(right))) {
      // Left for the look past its word's spaces, once every such repair is known (with the
      // clean CJK its own word holds, which the further words' add to).
      wide ??= [];
      wide.push(k, back, ahead, clean, 0);
      continue;
    }
    if ((afterLetter || isAsciiLetter(right)) && latinLetter(p.after)) {
      // A Latin word glued to CJK text ("是艁ukasz", "客户Jos茅"): left unless another word of
      // its segment pairs with it, with no CJK between them (T59f; `paired`).
      wide ??= [];
      wide.push(k, -1, -1, clean, 1);
      continue;
    }
    if (clean < 2) continue;
    out ??= [...proposals];
    out[k] = { ...p, applied: false };
  }
  // Past the spaces, unless another word of the segment holds such a repair too (T54c).
  for (let n = 0; wide !== undefined && n < wide.length; n += WIDE) {
    const k = wide[n] as number;
    if (paired(cps, proposals, wide, n)) continue;
    const back = wide[n + 1] as number;
    const ahead = wide[n + 2] as number;
    let clean = wide[n + 3] as number;
    const syllable = isSyllable(cps[proposalAt(proposals, k).start] ?? 0) ? 1 : 0;
    if (back >= 0) clean += cleanBeyond(cps, proposals, k, -1, back, syllable);
    if (clean < 2 && ahead >= 0) clean += cleanBeyond(cps, proposals, k, 1, ahead, syllable);
    if (clean < 2) continue;
    out ??= [...proposals];
    out[k] = { ...proposalAt(proposals, k), applied: false };
  }
  return out ?? proposals;
}

// The numbers withoutLoneCjk keeps of each repair it looks past its word's spaces for.
const WIDE = 5;

/** Whether cps[i] lies inside an applied proposal (asked only between two glued words). */
const inApplied = (proposals: readonly Proposal[], i: number): boolean =>
  proposalOver(proposals, i)?.applied === true;

const proposalAt = (proposals: readonly Proposal[], k: number): Proposal =>
  proposals[k] as Proposal;

/**
 * Whether the repair `wide[n]` (proposal index, space before, space after, own clean CJK) has a
 * partner: another of `wide` in another word of its segment (a space between them, no end of a
 * segment), at most REACH code points away. Two words of one segment, each a Latin word with
 * one CJK character glued inside or at its end that reads as a letter there, are a name broken
 * through a double-byte page ("Se簽or Pe簽a", "Jos茅 Mu帽oz"), not a CJK clause's brand.
 *
 * `wide` is in text order: one walk each way from the repair meets the others in turn, and stops
 * at an end of the segment (every repair past it has that end between) or past REACH. Each
 * character between is read once, where asking each pair read it once per pair (T59h; the oracle
 * of loneCjk.prop.test.ts asks each pair).
 */
function paired(
  cps: readonly number[],
  proposals: readonly Proposal[],
  wide: readonly number[],
  n: number,
): boolean {
  return partnerToward(cps, proposals, wide, n, 1) || partnerToward(cps, proposals, wide, n, -1);
}

/** {@link paired}, the repairs after `wide[n]` (dir 1) or before it (-1) only. */
function partnerToward(
  cps: readonly number[],
  proposals: readonly Proposal[],
  wide: readonly number[],
  n: number,
  dir: 1 | -1,
): boolean {
  const at = proposalAt(proposals, wide[n] as number).start;
  const glued = wide[n + 4] === 1;
  let space = false;
  let cjk = false;
  let i = at + dir;
  for (let m = n + dir * WIDE; m >= 0 && m < wide.length; m += dir * WIDE) {
    const other = proposalAt(proposals, wide[m] as number).start;
    if ((other - at) * dir > REACH) return false;
    // The characters strictly between the two repairs (those nearer the first read already).
    for (; (other - i) * dir > 0; i += dir) {
      const cp = cps[i] as number;
      if (endsSegment(cp)) return false;
      if (endsWord(cp)) space = true;
      else if (cp >= CJK_FROM && isCjk(cp) && !inApplied(proposals, i)) cjk = true;
    }
    // A word glued to CJK text pairs only within one stretch of Latin words: "是艁ukasz W贸jcik，"
    // is a name, "iPhone毛bug 和App毛bug" two brands of a Chinese clause.
    if (space && !(cjk && (glued || wide[m + 4] === 1))) return true;
  }
  return false;
}
