import { RUN_UNITS } from './budget.js';
import { charInfo, isUpper, KIND, kindOf } from './charClass.js';
import type { PageEncoder } from './codePages.js';

// A capital at the end of a word whose UTF-8 second byte is 0x92, 0x93, 0x94 or 0x99 reads, through
// Windows-1252 or 1250, as "Ã" (1252's 0xC3) or "Ă" (1250's) glued to ’ “ ” or ™: "AVÃ”" ("AVÔ",
// C3 94), "AVĂ“" ("AVÓ", C3 93), "OĂ™" ("OÙ", C3 99), "PERÃ’" ("PERÒ", C3 92). The cost model
// (cost.ts) leaves them: each of these signs may close a clean word ending in "Ã" or "Ă" (a quote
// mark closing a quoted Portuguese "IRMÃ", a trademark after the Romanian "NICIODATĂ", ftfy's
// negative), and its window sees two characters. What tells them apart is further away, in the
// message (T59e):
// - a closing quotation mark closes a quotation: glued to a word's end, it follows an opening mark
//   somewhere before it ("“IRMÃ”", "„CASĂ“"). With no double mark (" “ „ ‟, or a ” that no "Ã" or
//   "Ă" holds) before “ or ”, and no single one (' ‘ ‚ ‛) before ’, the mark is the second byte;
// - no Romanian word closes on "Ă" after a vowel but "U" ("NOUĂ", "DOUĂ"; "CASĂ", "NICIODATĂ"
//   after a consonant), while "OÙ" (French) and "PIÙ", "GIÙ" (Italian) do: "Ă™" (and "Ã™",
//   which the cost model mostly reads already) after A, E, I, O or Y is the second byte;
// - Romanian closes its „…” quotes on ”, so "Ă”" without an opening mark ("CASĂ”", T58a's clean
//   trap) and "Ă™" after a consonant are read only where the message holds a repair applied through
//   the same page (other mojibake of that page in the text);
// - the word is a capital word (every letter before the pair a capital, at least one), ends at
//   the sign (no letter or digit after it), holds no letter of the language that writes "Ã" or
//   "Ă" at a word's end (Ã Õ Ç for Portuguese; Ă Â Î for Romanian), and the text holds no letter
//   only Romanian (ă Ș Ş Ț Ţ, after "Ă") or Vietnamese (Đ Ơ Ư, U+1EA0-U+1EF9, after "Ã") writes.
// Each such pair is read as its capital through the first page of the call that writes the lead
// as 0xC3 and the sign as its byte.

/** The signs read here, each with its byte in Windows-1252 and 1250 (the same in both). */
const SIGN_BYTE = new Map<number, number>([
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2122, 0x99],
]);

/** The leads: Windows-1252's and 1250's 0xC3. */
const LEADS = ['\u00c3', '\u0102'];

/**
 * Whether `text` holds "Ã" or "Ă" before one of ’ “ ” ™: the test every text with a non-ASCII
 * character pays, two native searches for the leads (a regular expression of the pair read each
 * character in turn).
 */
function holdsPair(text: string): boolean {
  for (const lead of LEADS)
    for (let k = text.indexOf(lead); k >= 0; k = text.indexOf(lead, k + 1))
      if (SIGN_BYTE.has(text.charCodeAt(k + 1))) return true;
  return false;
}

/** Double quotation marks that open a quotation (” too, where no lead holds it: Swedish ”…”). */
const DOUBLE_OPEN = new Set([0x22, 0x201c, 0x201e, 0x201f, 0x201d]);
/** Single quotation marks that open one (not ’, an apostrophe inside words: "L’ITALIA"). */
const SINGLE_OPEN = new Set([0x27, 0x2018, 0x201a, 0x201b]);
/** Vowels a Romanian word never closes on before its "Ă". */
const NOT_BEFORE_FINAL_A = new Set([0x41, 0x45, 0x49, 0x4f, 0x59]);
/** Letters of the word that say it is Portuguese (after "Ã") or Romanian (after "Ă"). */
const OWN_LETTERS_C3 = new Set([0xc3, 0xd5, 0xc7]);
const OWN_LETTERS_102 = new Set([0x102, 0xc2, 0xce]);
/**
 * Letters only Romanian (ă Ș ș Ş ş Ț ț Ţ ţ) or Vietnamese (Đ đ Ơ ơ Ư ư, U+1EA0-U+1EF9) writes, in a
 * pass's output (an "ă" left there may be 1250's 0xE3, a lead the engine did not read: then the
 * pair stays, as in Romanian text).
 */
const ROMANIAN_ONLY = /[\u0103\u0218-\u021b\u015e\u015f\u0162\u0163]/;
const VIETNAMESE_ONLY = /[\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** A capital found at a word's end: the lead's index, the capital, and the page (index). */
export type WordEndCapital = {
  readonly at: number;
  readonly letter: string;
  readonly page: number;
};

const isWordChar = (c: number): boolean => {
  const k = kindOf(charInfo(c));
  return k === KIND.letter || k === KIND.digit;
};

/**
 * The index of the first opening mark of `open` in `text` (a ” held by a lead does not open), or
 * the text's length: text[0, at) holds one exactly when this is below `at`. Found once a call and
 * compared at each pair: asked at each pair from the text's start, a megabyte of "AÃ” " that the
 * engine left (its budget spent) read a quarter of a million prefixes, 200 s for 575 KB.
 */
function firstOpen(text: string, open: ReadonlySet<number>): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!open.has(c)) continue;
    if (c === 0x201d) {
      const p = k > 0 ? text.charCodeAt(k - 1) : 0;
      if (p === 0xc3 || p === 0x102) continue;
    }
    return k;
  }
  return text.length;
}

/** The first single-byte page of `encoders` that writes `lead` as 0xC3 and `sign` as `byte`. */
function pageOf(
  encoders: readonly PageEncoder[],
  lead: number,
  sign: number,
  byte: number,
): number {
  return encoders.findIndex((e) => {
    if (e.doubleByte) return false;
    const l = e.encode(lead);
    const s = e.encode(sign);
    return l?.length === 1 && l[0] === 0xc3 && s?.length === 1 && s[0] === byte;
  });
}

/**
 * The capitals of `text` that Windows-1252 or 1250 broke at a word's end into "Ã" or "Ă" glued
 * to ’ “ ” or ™ ("AVÃ”" for "AVÔ", "AVĂ“" for "AVÓ", "OĂ™" for "OÙ"), where the message says the
 * sign is no mark of its own (see the comment above): an opening mark before a closing one, a
 * vowel before "Ă™", Romanian or Portuguese letters, a repair through the same page.
 *
 * @param text - A pass's output (what the engine left).
 * @param encoders - The call's pages.
 * @param repairedThrough - Whether a repair applied to `text` was read through page `index`.
 * @param budget - The call's work budget (budget.ts), charged 2 × RUN_UNITS a capital read, as a
 *   use of a run of two characters and its one span are: once spent, the capitals after are left as
 *   they stand and `short` is set (the capital that spends it is read).
 * @returns The capitals, by index.
 */
export function wordEndCapitals(
  text: string,
  encoders: readonly PageEncoder[],
  repairedThrough: (index: number) => boolean,
  budget?: { left: number; short?: boolean },
): WordEndCapital[] {
  if (!holdsPair(text)) return [];
  const found: WordEndCapital[] = [];
  let romanian: boolean | undefined;
  let vietnamese: boolean | undefined;
  // The first opening mark of each kind, found when a pair first asks.
  let doubleAt: number | undefined;
  let singleAt: number | undefined;
  for (let i = 1; i + 1 < text.length; i++) {
    const lead = text.charCodeAt(i);
    if (lead !== 0xc3 && lead !== 0x102) continue;
    const sign = text.charCodeAt(i + 1);
    const byte = SIGN_BYTE.get(sign);
    if (byte === undefined) continue;
    if (i + 2 < text.length && isWordChar(text.charCodeAt(i + 2))) continue;
    // The word before: capitals only, at least one, none of the language's own letters.
    const own = lead === 0xc3 ? OWN_LETTERS_C3 : OWN_LETTERS_102;
    let from = i;
    while (from > 0) {
      const c = text.charCodeAt(from - 1);
      const info = charInfo(c);
      if (kindOf(info) !== KIND.letter) break;
      if (!isUpper(info) || own.has(c)) {
        from = -1;
        break;
      }
      from--;
    }
    if (from < 0 || from === i || (from > 0 && isWordChar(text.charCodeAt(from - 1)))) continue;
    if (lead === 0xc3) vietnamese ??= VIETNAMESE_ONLY.test(text);
    else romanian ??= ROMANIAN_ONLY.test(text);
    if (lead === 0xc3 ? vietnamese : romanian) continue;
    const page = pageOf(encoders, lead, sign, byte);
    if (page < 0) continue;
    // “ closes only a quotation; ” and ’ close Romanian ones too (and ’ is its apostrophe), so
    // after "Ă" they ask for other mojibake of the page as well; ™ asks for a vowel before "Ă".
    const romanianClose = lead === 0x102 && sign !== 0x201c;
    let reads: boolean;
    if (sign === 0x2122)
      reads = NOT_BEFORE_FINAL_A.has(text.charCodeAt(i - 1)) || repairedThrough(page);
    else {
      if (sign === 0x2019) singleAt ??= firstOpen(text, SINGLE_OPEN);
      else doubleAt ??= firstOpen(text, DOUBLE_OPEN);
      const open = (sign === 0x2019 ? singleAt : doubleAt) as number;
      reads = open >= i && (!romanianClose || repairedThrough(page));
    }
    if (!reads) continue;
    if (budget) {
      if (budget.left <= 0) {
        budget.short = true;
        break;
      }
      budget.left -= 2 * RUN_UNITS;
    }
    found.push({ at: i, letter: String.fromCharCode(0xc0 | (byte & 0x3f)), page });
    i++;
  }
  return found;
}
