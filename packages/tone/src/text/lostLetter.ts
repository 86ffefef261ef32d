import { restoreByteA0InPlace } from './byteA0.js';
import { charInfo, isLower, isUpper, KIND, kindOf } from './charClass.js';
import { CODE_PAGES, type CodePage, decodeWith, encoderFor } from './codePages.js';
import { LANGUAGES, slot } from './letterFit.js';
import { decodeLossyCodePoints, LOST_BYTE, lossySequences } from './lossy.js';
import { fromCps } from './runParts.js';
import type { Repair } from './schemas.js';

// A byte lost on the way (T61e). A single-byte page leaves a few bytes undefined (Windows-1252:
// 81 8D 8F 90 9D), and a decoder that met one wrote U+FFFD: "Đ" (C4 90) through Windows-1252 is
// "Ä�", "Ł" (C5 81) "Å�". The lossy reading (lossy.ts, sloppyStretch.ts) repairs the rest of the
// word and leaves one U+FFFD ("Trần �ức"). The lead byte it kept and the page's undefined bytes
// leave a handful of letters the character can have been (C4: ā č ď Đ ĝ; C5: Ł ō ŏ Ő ŝ), and the
// message's language often leaves one: a Vietnamese message writes "Đ" and none of the others, a
// Polish one "Ł". Where exactly one fits, it is written back; where two fit (or none), the U+FFFD
// stays: a guess between two letters of the language is no repair. The page is not known either:
// every page of LOSSY_PAGES that reads the message alike may have lost the byte.

/** Vietnamese letters no other language of letterFit.ts writes: ơ ư and U+1EA0-U+1EF9. */
const isVietnamese = (cp: number): boolean =>
  (cp >= 0x1ea0 && cp <= 0x1ef9) || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0;

/**
 * The letters beyond ASCII that Vietnamese writes from U+00C0 to U+017F, lowercase (the rest of
 * its alphabet is ơ, ư and Latin Extended Additional). Source: the main exemplar characters of
 * Unicode CLDR for vi (unicode-org/cldr-json, cldr-misc-full/main/vi/characters.json), asOf
 * 2026-12-05, the letters of that range: à á â ã è é ê ì í ò ó ô õ ù ú ý ă đ ĩ ũ.
 */
const VIETNAMESE = new Set(Array.from('àáâãèéêìíòóôõùúýăđĩũ', (c) => c.codePointAt(0) ?? 0));

/**
 * Polish writes "ń", "ś" and "ź" (its own letters among those of letterFit.ts) only before a
 * consonant or at a word's end, never before a vowel, where it writes "ni", "si", "zi": no Polish
 * word begins with "ń". Source: https://en.wikipedia.org/wiki/%C5%83 ("In Polish") and
 * https://elon.io/grammar/polish/writing-system/hard-soft-spelling-i-vs-kreska, asOf 2026-12-05.
 */
const NOT_BEFORE_VOWEL = new Set([0x144, 0x15b, 0x17a]);
const POLISH_VOWELS = new Set(Array.from('aeiouyąęóAEIOUYĄĘÓ', (c) => c.codePointAt(0) ?? 0));

/** The restored letter's confidence at most: a guess from the language, never past even odds. */
export const LOST_LETTER_CONFIDENCE = 0.5;

const undefinedBytes = new Map<CodePage, readonly number[]>();

/** The continuation bytes (0x80-0xBF) that `page` leaves undefined: a decoder writes U+FFFD. */
function undefinedOf(page: CodePage): readonly number[] {
  let known = undefinedBytes.get(page);
  if (known === undefined) {
    known = [];
    for (let b = 0x80; b < 0xc0; b++)
      if (decodeWith(Uint8Array.of(b), page) === '\ufffd') (known as number[]).push(b);
    undefinedBytes.set(page, known);
  }
  return known;
}

/** Whether `name` is one of the package's code pages. */
export const isPage = (name: string | undefined): name is CodePage =>
  name !== undefined && (CODE_PAGES as readonly string[]).includes(name);

/** Whether `r` is an applied repair through one single-byte page that left a U+FFFD. */
export const isLossy = (r: Repair): boolean =>
  r.applied &&
  r.chain.length === 1 &&
  r.after.includes('\ufffd') &&
  isPage(r.chain[0]) &&
  !encoderFor(r.chain[0]).doubleByte;

/** The bytes of `text` through the single-byte `page` (U+FFFD a lost byte), or undefined. */
export function bytesOf(text: string, page: CodePage): number[] | undefined {
  const encoder = encoderFor(page);
  if (encoder.doubleByte) return undefined;
  const bytes: number[] = [];
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp === 0xfffd) bytes.push(LOST_BYTE);
    else {
      const b = encoder.encode(cp);
      if (b === undefined) return undefined;
      bytes.push(b[0] as number);
    }
  }
  // The lossy reading restored the 0xA0 bytes that turned into spaces: so does this one.
  restoreByteA0InPlace(bytes);
  return bytes;
}

/**
 * The letters the lossy sequence `bytes[at, at + length)` (one byte lost) can have been through
 * any of `pages`: each of their undefined bytes put in the lost place, read as UTF-8.
 */
function candidatesOf(bytes: readonly number[], at: number, length: number, pages: CodePage[]) {
  const lostAt = bytes.slice(at, at + length).indexOf(LOST_BYTE);
  if (lostAt < 1 || bytes.slice(at, at + length).filter((b) => b === LOST_BYTE).length !== 1)
    return [];
  const found = new Set<number>();
  for (const page of pages)
    for (const u of undefinedOf(page)) {
      const seq = bytes.slice(at, at + length);
      seq[lostAt] = u;
      const read = decodeLossyCodePoints(seq);
      if (read && read.sequences === 1 && read.cps.length === 1) found.add(read.cps[0] as number);
    }
  return [...found];
}

/** The slots (letterFit.ts) of the letters from ß to ſ in `text`, lowercased. */
function slotsOf(text: string): string[] {
  const found = new Set<string>();
  for (const c of text.toLowerCase()) {
    const cp = c.charCodeAt(0);
    if (cp >= 0xdf && cp < 0x180 && cp !== 0xf7) found.add(slot(cp));
  }
  return [...found];
}

/**
 * The languages of letterFit.ts that write every letter of `letters` (from ß to ſ), when they
 * are one or two: a message that names its language ("ę": Polish or Lithuanian; "ı": Turkish).
 * Letters many languages share ("ü", "é") or none at all name none: empty.
 */
function languagesOf(letters: string): string[] {
  const slots = slotsOf(letters);
  if (slots.length === 0) return [];
  const writing = LANGUAGES.filter((l) => slots.every((s) => l.includes(s)));
  return writing.length <= 2 ? writing : [];
}

/**
 * Which of `candidates` the text around the lost character leaves: a letter; small after a small
 * letter, a capital between capitals; one that the message's language writes (`letters`: the
 * message's letters beyond ASCII). A message holding a letter only Vietnamese writes is
 * Vietnamese; otherwise its language is the one or two of letterFit.ts that write all its
 * letters (a message whose letters many languages share names none: "Müller, Łukasz" could be
 * "Őukasz" to a Hungarian reading of "ü", and stays). Returns the one letter that fits, or
 * undefined when none or several do.
 *
 * @param candidates - The letters the lost byte can have made.
 * @param before - The character before the lost one, if any.
 * @param after - The character after it, if any.
 * @param letters - The message's letters beyond ASCII.
 * @returns The one fitting letter, or undefined.
 * @example
 * fittingLetter([0x141, 0x14d, 0x14f, 0x150, 0x15d], 0x20, 0x75, 'Dziękuję'); // 0x141 "Ł"
 * @since 0.1.0
 */
export function fittingLetter(
  candidates: readonly number[],
  before: number | undefined,
  after: number | undefined,
  letters: string,
): number | undefined {
  const fits = fittingLetters(candidates, before, after, letters);
  return fits?.length === 1 ? fits[0] : undefined;
}

/**
 * What a message's letters say of its language: Vietnamese, or the one or two languages of
 * letterFit.ts that write them all (none: the message names no language).
 */
export type LanguageOf = { readonly vietnamese: boolean; readonly languages: readonly string[] };

/** The language `letters` (the message's letters beyond ASCII) name: {@link LanguageOf}. */
export function languageOf(letters: string): LanguageOf {
  const vietnamese = Array.from(letters).some((c) => isVietnamese(c.codePointAt(0) ?? 0));
  return { vietnamese, languages: vietnamese ? [] : languagesOf(letters) };
}

/**
 * Every letter of `candidates` that fits ({@link fittingLetter}), or undefined when the message
 * names no language.
 */
export function fittingLetters(
  candidates: readonly number[],
  before: number | undefined,
  after: number | undefined,
  letters: string,
): number[] | undefined {
  return fittingIn(candidates, before, after, languageOf(letters));
}

/**
 * {@link fittingLetters} with the message's language read once ({@link languageOf}): a message
 * asks at each lost letter, and a long one holds thousands, each of which read all its letters
 * again (T61e; U51f: 100 KB of Hindi through Windows-1252 took 10 s, most of it here and in
 * {@link pagesOf}).
 */
function fittingIn(
  candidates: readonly number[],
  before: number | undefined,
  after: number | undefined,
  { vietnamese, languages }: LanguageOf,
): number[] | undefined {
  const beforeInfo = before === undefined ? 0 : charInfo(before);
  const afterInfo = after === undefined ? 0 : charInfo(after);
  const beforeLetter = before !== undefined && kindOf(beforeInfo) === KIND.letter;
  const afterLetter = after !== undefined && kindOf(afterInfo) === KIND.letter;
  if (!vietnamese && languages.length === 0) return undefined;
  const fits: number[] = [];
  for (const cp of candidates) {
    const info = charInfo(cp);
    if (kindOf(info) !== KIND.letter) continue;
    if (beforeLetter && isLower(beforeInfo) && isUpper(info)) continue;
    if (beforeLetter && afterLetter && isUpper(beforeInfo) && isUpper(afterInfo) && isLower(info))
      continue;
    const small = String.fromCodePoint(cp).toLowerCase().codePointAt(0) ?? 0;
    if (NOT_BEFORE_VOWEL.has(small) && after !== undefined && POLISH_VOWELS.has(after)) continue;
    if (
      vietnamese
        ? VIETNAMESE.has(small) || isVietnamese(cp)
        : small >= 0xdf && small < 0x180 && languages.some((l) => l.includes(slot(small)))
    )
      fits.push(cp);
  }
  return fits;
}

/**
 * `repairs` (applied to make `out`) with the letters their lossy readings lost written back where
 * the message's language leaves one letter (see above): the output and the repairs, or undefined
 * when nothing was restored. A repair through one single-byte page is read again through it; the
 * pages of {@link LOSSY_PAGES} that read it and the message's other repairs alike give the
 * undefined bytes. A lost byte that could have been a letter and that no letter fits leaves the
 * whole message as it came. A restored repair's confidence is at most
 * {@link LOST_LETTER_CONFIDENCE}.
 *
 * @param out - The repaired text.
 * @param repairs - The repairs that made it, in order.
 * @returns The text and repairs with the lost letters restored, or undefined.
 * @example
 * // "Tráº§n Ä�á»©c" repaired as "Trần �ức": the message is Vietnamese, and of ā č ď Đ ĝ
 * // (C4 and Windows-1252's undefined bytes) Vietnamese writes "Đ" alone: "Trần Đức".
 * @since 0.1.0
 */
export function withLostLetters(
  out: string,
  repairs: readonly Repair[],
): { text: string; repairs: Repair[] } | undefined {
  // Most texts holding U+FFFD lost bytes through a double-byte page: nothing to read here.
  if (!repairs.some(isLossy)) return undefined;
  // The message's letters beyond ASCII, the lost characters left out.
  let letters = '';
  for (const c of out) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x80 && kindOf(charInfo(cp)) === KIND.letter) letters += c;
  }
  // The repairs through one page that lost nothing: the page the message went through reads
  // each of them as its own page did.
  const others = repairs.filter(
    (r) => r.applied && r.chain.length === 1 && !r.after.includes('\ufffd') && isPage(r.chain[0]),
  );
  // What the message says, read once for all its lossy repairs (U51f: read again at each, a long
  // message's thousands of lost letters made the pass quadratic, 100 KB of Hindi in 10 s).
  const readAlike = pagesReadingAlike(others);
  const language = languageOf(letters);
  const pagesFor = (before: string, bytes: readonly number[]): CodePage[] =>
    readAlike.filter((q) => sameBytes(bytesOf(before, q), bytes));
  const fit: Fit = (candidates, prev, next) => fittingIn(candidates, prev, next, language);
  // Each lossy repair read once: its code points with the letters that fit written in.
  const read: (string | undefined)[] = [];
  let shift = 0;
  for (const r of repairs) {
    const at = r.start + shift;
    if (r.applied) shift += r.after.length - (r.end - r.start);
    const got = isLossy(r)
      ? restoredIn(r, r.chain[0] as CodePage, pagesFor, fit, out, at)
      : undefined;
    // A lost byte that no letter of the message's language explains through the pages it can
    // have come through: the pages are wrong ("vaÅ�a", Croatian "š" lost through Windows-1257, is
    // no Polish "Ł" through 1252), and nothing in the message is written back.
    if (got === null) return undefined;
    read.push(got);
  }
  // The text in pieces, joined once: a slice of the whole text at each restored repair was
  // quadratic in a long message. A restored letter takes the place of one U+FFFD (both in the
  // BMP), so each repair stands where it stood in `out`.
  const pieces: string[] = [];
  let from = 0;
  let changed = false;
  const next: Repair[] = [];
  shift = 0;
  for (let k = 0; k < repairs.length; k++) {
    const r = repairs[k] as Repair;
    const at = r.start + shift;
    if (r.applied) shift += r.after.length - (r.end - r.start);
    const restored = read[k];
    if (restored === undefined || restored === r.after) {
      next.push(r);
      continue;
    }
    pieces.push(out.slice(from, at), restored);
    from = at + r.after.length;
    next.push({
      ...r,
      after: restored,
      confidence: Math.min(r.confidence, LOST_LETTER_CONFIDENCE),
    });
    changed = true;
  }
  if (!changed) return undefined;
  pieces.push(out.slice(from));
  return { text: pieces.join(''), repairs: next };
}

/** Whether two byte arrays hold the same bytes. */
export const sameBytes = (a: readonly number[] | undefined, b: readonly number[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x, k) => x === b[k]);

/**
 * The pages that leave bytes undefined and that lossy Latin text comes through: Windows-1252,
 * 1250, 1254 and 1257 (Western, Central European, Turkish, Baltic). Every one of them that reads
 * the message alike may have lost the byte: through 1257, "Å�" can be Croatian "š" (C5 A1) as
 * well as Polish "Ł" through 1252, and a message whose "ć" names both languages keeps U+FFFD.
 */
export const LOSSY_PAGES: readonly CodePage[] = [
  'windows-1252',
  'windows-1250',
  'windows-1254',
  'windows-1257',
];

/**
 * The pages of {@link LOSSY_PAGES} that read every one of `others` (the message's repairs through
 * one page that lost nothing) as its own page did: the pages the message can have gone through,
 * but for the lossy repair itself, which each caller reads ({@link restoredIn}'s `pagesFor`). The
 * lossy reading names Windows-1252 whatever page lost the byte, and the engine names the more
 * common of two pages that read a repair alike ("Ä±" is "ı" through 1252 and 1254 both): "Şubat"
 * (C5 9E) lost its 0x9E through 1254, a byte 1252 defines. Read once a message
 * (lostLetterOracle.ts reads it again at each lossy repair).
 */
function pagesReadingAlike(others: readonly Repair[]): CodePage[] {
  const own = others.map((o) => bytesOf(o.before, o.chain[0] as CodePage) ?? []);
  return LOSSY_PAGES.filter((q) =>
    others.every((o, k) => sameBytes(bytesOf(o.before, q), own[k] as number[])),
  );
}

/** The letters of `candidates` that fit at a lost letter between `prev` and `next`. */
export type Fit = (
  candidates: readonly number[],
  prev: number | undefined,
  next: number | undefined,
) => number[] | undefined;

/**
 * `r.after` (at `at` in `text`) with the lost letters that one letter fits written back (as it
 * stands where several do), undefined where it cannot be read again or the message names no
 * language, or null where a lost byte could have been a letter and none of them fits.
 * `pagesFor` gives the pages the message can have gone through that read `r.before` as `bytes`;
 * `fit` the letters that fit at a lost one ({@link fittingLetters}).
 */
export function restoredIn(
  r: Repair,
  page: CodePage,
  pagesFor: (before: string, bytes: readonly number[]) => CodePage[],
  fit: Fit,
  text: string,
  at: number,
): string | undefined | null {
  const bytes = bytesOf(r.before, page);
  if (!bytes) return undefined;
  const read = decodeLossyCodePoints(bytes);
  // Only where the reading's code points are the repair's own (NFC changed nothing).
  if (!read || fromCps(read.cps) !== r.after) return undefined;
  const cps = [...read.cps];
  const found = lossySequences(bytes);
  if (found.length === 0) return undefined;
  const pages = pagesFor(r.before, bytes);
  for (let k = 0; k < found.length; k += 3) {
    const index = found[k] as number;
    const candidates = candidatesOf(bytes, found[k + 1] as number, found[k + 2] as number, pages);
    // The lost character's place in `text`, and its neighbours there.
    const pos = at + fromCps(cps, 0, index).length;
    const prev = pos > 0 ? text.codePointAt(pos - (isLow(text, pos - 1) ? 2 : 1)) : undefined;
    const next = pos + 1 < text.length ? text.codePointAt(pos + 1) : undefined;
    const fits = fit(candidates, prev, next);
    if (fits === undefined) return undefined;
    // A letter was lost (some candidate is one) and none fits: the pages or the language are wrong.
    const letter = candidates.some((c) => kindOf(charInfo(c)) === KIND.letter);
    if (letter && fits.length === 0) return null;
    if (fits.length === 1) cps[index] = fits[0] as number;
  }
  return fromCps(cps);
}

/** Whether text[i] is the low half of a surrogate pair. */
const isLow = (text: string, i: number): boolean => {
  const u = text.charCodeAt(i);
  return u >= 0xdc00 && u < 0xe000 && i > 0;
};
