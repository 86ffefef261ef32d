// The shadow string: the text with every BMP decimal digit mapped to ASCII, every space-like
// character to ' ', every hyphen-like character to '-', and bidi/format marks to ' '. Each
// replacement is one UTF-16 code unit for one, so an index into the shadow is an index into the
// original text: recognizers match on the shadow and report offsets the caller can use as is.

import { readKanjiPhones } from './kanjiPhones.js';
import { releaseAfterCall } from './release.js';
import { joinedBetweenDigits } from './unitScans.js';

// The first code unit of every run of ten decimal digits (\p{Nd}) in the Basic Multilingual Plane.
// A test checks this list against the platform's \p{Nd}.
export const DIGIT_ZEROS: readonly number[] = [
  0x0030, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
  0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
  0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
  0xff10,
];

/**
 * Whether a text may hold a unit whose shadow is a digit, ":" or "@" (what every built-in
 * recognizer needs; an "&" may start an HTML "@", `&commat;`), tested without making the shadow:
 * most turns of a transcript hold none. The
 * BMP's digits by blocks, Persian's to NKo's, Devanagari's to Ol Chiki's, Vai's to Meetei Mayek's:
 * Latin, Greek, Cyrillic, Hebrew, Arabic, Persian, Devanagari, kana, Han and Hangul letters pass at
 * once; Thai, Georgian and the other scripts inside those blocks take the long way (the shadow). A
 * class of the 37 ranges themselves reads a two-byte text 5 to 10 times slower. Latin-1's
 * superscripts "¹²³" pass too: redact folds them (latin1FoldOf) only in a text this test passes,
 * and so does the ideographic zero "〇" a phone printed in kanji digits starts with (kanjiPhones).
 */
export const MAY_HOLD_DATA =
  /[&0-:@\u00b2\u00b3\u00b9\u0660-\u0669\u06f0-\u07c9\u0966-\u1c59\u3007\ua620-\uabf9\uff10-\uff20]/;

const SPACES = [
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x202f, 0x205f, 0x3000,
];
// Invisible marks a message picks up around numbers in right-to-left text (LRM, RLM, ALM, the
// embedding/isolate controls, ZWSP, BOM), and inside words: the soft hyphen of text copied from a
// PDF or a hyphenated web page ("4111\u00ad1111\u00ad1111\u00ad1111" stayed whole, the tenth
// audit, T34e) and the word joiner. Read as spaces, the separator every reader of digit groups
// knows: one unit for one keeps the shadow's offsets the text's (it cannot read as nothing).
const FORMAT_SPACES = [
  0x00ad, 0x061c, 0x200b, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
];
const FORMAT_SPACE_SET: ReadonlySet<number> = new Set(FORMAT_SPACES);

/**
 * Whether code unit `c` is an invisible mark (LRM, RLM, an isolate, ZWSP, a soft hyphen…) the
 * shadow reads as a space.
 */
export function isFormatSpace(c: number): boolean {
  return c >= 0xad && FORMAT_SPACE_SET.has(c);
}

/**
 * Whether the space the shadow reads at `i` of `text` is none the writer typed: an invisible mark
 * ({@link isFormatSpace}) or a combining mark after a digit (the shadow reads both as a space).
 */
export function isUnseenSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xad && (FORMAT_SPACE_SET.has(c) || isCombiningAt(text, i));
}

/**
 * Whether code unit `c` is invisible inside a word: the soft hyphen, ZWSP, the word joiner, BOM,
 * what the URL host parser drops (UTS #46 maps them to nothing: "exam\u00adple.com" is
 * "example.com"). The bidi marks are not: they stand between a value and the words around it.
 */
export function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/** Whether a text holds a unit {@link isInvisible} holds (the same four). */
export const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;

const HYPHENS = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];
const PUNCT: readonly (readonly [number, string])[] = [
  [0xff0b, '+'],
  [0xff08, '('],
  [0xff09, ')'],
  [0xff0e, '.'],
  [0xff0f, '/'],
  [0xff1a, ':'],
  [0xff20, '@'],
  [0x066b, '.'], // Arabic decimal separator
  [0x066c, ','], // Arabic thousands separator
  [0x060c, ','], // Arabic comma
];

let table: Uint16Array | undefined;
// folded's search for the next unit past ASCII, and after how many ASCII units in a row it
// searches: four fifths of the units its first loop reads are ASCII (a Polish, German or French
// text's letters, seed 1: 255,151 of 307,659), ~36 instructions each read in JS, ~13 searched
// and ~150 a search's call. After 8: folded -4.8M, the search +3.6M, -1.2M of hotPass redact 1 8
// (after 4: -0.6M; V60d).
const NEXT_NON_ASCII = /[^\0-\x7f]/g;
const SKIP_ASCII = 8;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) t[zero + d] = 0x30 + d;
  for (const c of SPACES) t[c] = 0x20;
  for (const c of FORMAT_SPACES) t[c] = 0x20;
  for (const c of HYPHENS) t[c] = 0x2d;
  for (const [c, ch] of PUNCT) t[c] = ch.charCodeAt(0);
  // Fullwidth Latin letters, as Japanese input methods type them.
  for (let i = 0; i < 26; i++) {
    t[0xff21 + i] = 0x41 + i;
    t[0xff41 + i] = 0x61 + i;
  }
  return t;
}

/** The katakana prolonged sound marks, full and halfwidth (internal: a test holds PROLONGED_LOW to it). */
export const PROLONGED = /[\u30fc\uff70]/;
const PROLONGED_DASH = /(?<=\d)[\u30fc\uff70](?=\d)/g;
const ZWNJ = 0x200c;
const ZWNJ_BETWEEN_DIGITS = /(?<=\d)\u200c(?=\d)/g;
const QP = /=(?:3D|20|\r?\n|[C-F][\dA-F]=[89AB])|quoted-printable/i;
// A quoted-printable soft line break between a number's digits, a separator beside it or not, or
// between two characters an address holds (letters and their marks, digits, ".", "_", "%", "+",
// "-", "@").
const SOFT_BREAK_IN_VALUE =
  /(?<=\d[ .-]?)=\r?\n(?=[ .-]?\d)|(?<=[\p{L}\p{M}\p{N}._%+@-])=\r?\n(?=[\p{L}\p{M}\p{N}._%+@-])/gu;
// A backslash escape of "@" (group 1) or of "+" before a digit (group 2), its backslashes a run:
// "\\u0040", "\\x40", "\\u{40}" (leading zeros allowed), "\\U00000040" (Python's, C's, Go's and
// TOML's eight hex digits; a "\u" before eight is JavaScript's four and "0040": refused by
// escapedShadow), "\\u002B", "\\x2B", "\\u{2B}", "\\U0000002B". And the octal escapes C, Python,
// PHP, Perl and Ruby read (three digits at most: "\1000" is "@0"), no group: "\100" ("@") inside
// an address, its local part's first unit after a space, a quote, a "<" or the text's start (not
// a path's "\" or ":", nor "/") and a letter or digit after it, so "C:\100\report.txt", "\1000
// items", "[\100-\177]" and "C:\Users\jane\100days.txt" stay; "\053" ("+") before a digit, no
// letter, digit or "\" before it ("D:\scans\05312345678.pdf" stays).
const ESCAPED_AT_OR_PLUS =
  /(?<!\\)\\+(?:(u0040|x40|u\{0*40\}|u00000040)|(u002b|x2b|u\{0*2b\}|u0000002b)(?=\d)|053(?=\d)(?<!\w\\+053)|100(?=[a-z\d])(?<=(?:^|[\s"'<>(=,;[{])[\w.%+-]+\\+100))/gi;

/**
 * The shadow of an escape {@link ESCAPED_AT_OR_PLUS} matched: as many units, "@" or "+" read. A
 * hex escape's group (`at`, `plus`); an octal one has none and ends in "100" or "053".
 */
function escapedShadow(e: string, at: string | undefined, plus: string | undefined): string {
  const hex = at ?? plus;
  // "\u00000040" with a lower-case "u" is a four-digit escape (U+0000) and "0040".
  if (hex?.length === 9 && hex.charCodeAt(0) === 0x75) return e;
  return (hex === undefined ? e.endsWith('100') : at !== undefined)
    ? `${'%'.repeat(e.length - 1)}@`
    : `+${' '.repeat(e.length - 1)}`;
}

/** A chat app's link to a number: WhatsApp's "wa.me/", Zalo's "zalo.me/", a digit after it. */
const ME_LINK = /(?:wa|zalo)\.me\/(?=\d)/g;
/** The link read as spaces and the "+" its number leaves out, the same length. */
const meLink = (link: string): string => `${' '.repeat(link.length - 1)}+`;

/**
 * The shadow of `text`: same length, digits of every script in ASCII (and kanji digits in a phone's print or glued run: "〇九〇-一二三四-五六七八", "一三八一二三四五六七八"), spaces, hyphens and marks
 * folded, a combining mark (General_Category M) after a digit read as a space, a katakana prolonged sound mark between digits read as a dash, the URL escapes `%20`, `%2B`, `%3D` and `%40` (encoded once or more: `%2540`), the HTML "@" (`&#64;`, `&#x40;`, `&commat;`, escaped again or not: `&amp;#64;`)
 * and no-break space (`&nbsp;`, `&#160;`, `&#xA0;`) read as what they stand for, a quoted-printable body's `=40`, and the backslash escapes of "@" and of "+" (before a digit) that JSON, JavaScript, C and Python write (`\u0040`, `\x40`, `\u{40}`, `\U00000040`, the octal `\100` inside an address and `\053`; their backslashes a run: `\\u0040`). Internal: recognizers receive it as `context.shadow`.
 */
export function shadowOf(text: string): string {
  // The text shadowed last, again (redact asks its highest unit first, collect its shadow then).
  if (text === notedText) return notedShadow as string;
  let shadow = folded(text);
  // (Each step below past the fold reads the shadow whole for a unit it starts with; a step whose
  // units all lie above the text's highest one is not asked: foldTop, T68a. The fold writes ASCII
  // or the unit itself, so no step's unit comes of it.)
  const top = foldTop;
  const marked = foldMarked;
  // Kanji digits in a phone's print or a phone's glued run (kanjiPhones.ts). Where they are read
  // (their separators too, a space among them) nothing is noted of the text (shadowNotes).
  let kanji = false;
  if (top >= KANJI_PHONE_LOW) {
    const read = readKanjiPhones(shadow);
    kanji = read !== shadow;
    shadow = read;
  }
  // The katakana prolonged sound mark (and its halfwidth form) where a dash belongs between digits:
  // a Japanese input method in kana mode types it for the "-" key, after a digit too ("100ー0014",
  // anthy's front ends: vagus.seesaa.net/article/147595521.html), so "090ー1234ー5678" and
  // "4111ー1111ー1111ー1111" stayed whole (the tenth audit, T34e). Only between digits: after kana
  // it lengthens a vowel ("コーヒー"), and context.ts reads it there as a Japanese character.
  // (By indexOf and compares, unitScans.ts: the two replacements cost ~4,400 instructions a text
  // holding the unit anywhere, V63f; shadowOfPlain keeps the expressions.)
  if (top >= PROLONGED_LOW && PROLONGED.test(shadow))
    shadow = joinedBetweenDigits(joinedBetweenDigits(shadow, 0x30fc, '-'), 0xff70, '-');
  // The zero-width non-joiner between digits: a Persian keyboard's half-space (Shift+Space), which
  // parts a number's groups as a space does ("۰۹۱۲\u200c۳۴۵\u200c۶۷۸۹" stayed whole, V57g's
  // audit). Only between digits: between letters it shapes a word ("شماره‌ام"), and a label's
  // reading keeps it (V58b).
  if (top >= ZWNJ) shadow = joinedBetweenDigits(shadow, ZWNJ, ' ');
  // Every step after this one starts at a "%", "=", "&", "\\" or ".me/" (the escapes): one look
  // for any of them, where each step looked for its own (seven searches of the whole shadow, the
  // most of the text's, T68a). The steps before write none of them.
  const escapes = holdsEscape(shadow);
  if (escapes) shadow = escapedShadowOf(shadow);
  if (kanji) notedText = notedShadow = undefined;
  else noteShadow(text, shadow, escapes, marked, top);
  return shadow;
}

/**
 * {@link shadowOf} with every step asked of every text, as it was read before T68a: the oracle of
 * its gates (shadowGates.prop.test.ts). Internal.
 *
 * @since 0.1.0
 */
export function shadowOfPlain(text: string): string {
  let shadow = readKanjiPhones(folded(text));
  if (PROLONGED.test(shadow)) shadow = shadow.replace(PROLONGED_DASH, '-');
  shadow = shadow.replace(ZWNJ_BETWEEN_DIGITS, ' ');
  return escapedShadowOf(shadow);
}

/**
 * The steps of {@link shadowOf} past the fold, the kanji digits and the prolonged sound mark: the
 * escapes a link, a mail's source, an HTML page or a string literal writes values with. Asked only
 * of a shadow {@link holdsEscape} finds a unit in (each step starts at one).
 */
function escapedShadowOf(read: string): string {
  let shadow = read;
  // Links and logs carry values escaped ("tel:+48%20600%20123%20456", "?phone=%2B4915123456789",
  // "?email=jane%40example.com"): each escape is read in its three units as spaces, a "+" before
  // two spaces (the number's span starts at its "%"), an "@" after "%4" (the local part's). A
  // "%2B" before a letter is an address's "+" ("jane%2Bshop@…"): read as it is, a local part's
  // units, it keeps the address whole (as "+", the part before it was left, T22c audit).
  // A link's query inside another's ("?next=%3Fphone%3D%2B48…") writes its "=" as "%3D": read as
  // "=" and spaces, the key's end, so the letter before it glues nothing to the number (its "D"
  // made the "+" a code's part: the phone stayed, T56b). Encoded twice (a tracking redirect's
  // "?url=…"), each "%" is itself "%25" ("jane%2540example.com", "%3D%252B48…", T56b): read as the
  // escape once encoded, the "@" at its last unit, the "+" and the "=" at their first.
  if (shadow.includes('%'))
    shadow = shadow
      .replace(/%(?:25)*40/g, (e) => `${e.slice(0, -1)}@`)
      .replace(/%(?:25)*20/g, (e) => ' '.repeat(e.length))
      .replace(/%(?:25)*2B(?![a-z])/gi, (e) => `+${' '.repeat(e.length - 1)}`)
      .replace(/%(?:25)*3D/gi, (e) => `=${' '.repeat(e.length - 1)}`);
  // A quoted-printable body (a mail's source: "=3D", "=20", a soft line break "=" at a line's end,
  // an encoded UTF-8 letter, its header) writes "@" as "=40", read as "%40" is ("jan=40example.pl");
  // elsewhere "=40" is a key's value ("size=40x40").
  if (shadow.includes('=40') && QP.test(shadow)) shadow = shadow.replace(/=40/g, '%4@');
  // Its soft line break ("=" at a line's end, RFC 2045 §6.7 rule 5) is no character of the text it
  // encodes: an encoder breaks a line past 76 characters wherever it falls, inside a number too
  // ("PL61 1090 1014 0000 0712 19=\n81 2874", "(11) 98765-=\n4321" stayed whole, and "jane.r=\n
  // oe@example.com" went as "jane.r=\n[EMAIL]", T52b). Between a number's digits (a separator
  // beside them or not) or an address's characters its units read as spaces that a digit run and
  // an address read through as nothing, as a soft hyphen's (softBreaksAsMarks, read by runs.ts
  // and email.ts): the value reads whole.
  if (hasSoftBreak(shadow))
    shadow = shadow.replace(SOFT_BREAK_IN_VALUE, (b) => ' '.repeat(b.length));
  // An "@" written as an HTML character reference (mail pasted from a page or a mail's source):
  // its last unit reads as "@", the others as "%", a local part's, so the address is read whole.
  // A no-break space so written (a mail's HTML source: "212&nbsp;555&nbsp;0187") reads as spaces,
  // as many as its units (phone.ts reads a run of them as one).
  // A "+" so written before a digit ("&#43;48 601 234 567", T52b: the number went and its "&#43;"
  // stayed) reads as "+" and spaces, as "%2B" does: the number's span starts at its "&".
  // Escaped twice ("&amp;#64;", "&amp;commat;": HTML put inside HTML), its "&" is "&amp;": read
  // as the reference it escapes (T56b).
  if (shadow.includes('&'))
    shadow = shadow
      .replace(/&(?:amp;)*(?:#0*64|#x0*40|commat);/gi, (e) => `${'%'.repeat(e.length - 1)}@`)
      .replace(/&(?:nbsp|#0*160|#x0*a0);/gi, (e) => ' '.repeat(e.length))
      .replace(/&(?:#0*43|#x0*2b|plus);(?=\d)/gi, (e) => `+${' '.repeat(e.length - 1)}`);
  // A JSON string (or a JavaScript one) escapes a character as "\\u" and four hex digits, and a
  // serializer told to keep its output ASCII-safe or HTML-safe writes "@" and "+" so
  // ('{"email":"jane.roe\\u0040example.com"}' left the address whole, T52b; "\\u002B48 601 234
  // 567" left its "+", T54a). Read as the HTML references are: an "@" as a local part's "%"s and
  // "@", a "+" before a digit as "+" and spaces. So are the same characters escaped as C, Python
  // and JavaScript write a byte ("\\x40", "\\x2B") or a code point ("\\u{40}", ES2015), and any
  // of them escaped again (a JSON string inside a JSON string writes "\\\\u0040": the run of
  // backslashes is read with its escape, T56b). Only a text holding a backslash pays the look
  // (one scan of a byte string: the expression before it cost +0.5% of a stream's instructions).
  // Python's, C's and TOML's eight-digit "\U00000040" and the octal "\100" and "\053" (C, Python,
  // PHP and Perl strings; a repr or a log line printing them) left an address or a "+" whole
  // (T59b): read as the others, the octal ones only where a path or a count cannot stand.
  if (shadow.includes('\\')) shadow = shadow.replace(ESCAPED_AT_OR_PLUS, escapedShadow);
  // A WhatsApp link holds a number in international form, its "+" left out: "wa.me/" before a
  // digit is read as spaces and that "+" ("wa.me/5511961234567"; a "+" typed after the "/" starts
  // a number as it is, context.ts gluedToCode). The "/" stays the link's (phone.ts readWindow).
  // Vietnam's Zalo links a chat the same way, in international form or national ("zalo.me/
  // 84912345678", "zalo.me/0912345678": both left whole, T56c's audit); a "+" before the trunk's
  // "0" reads as the national number it precedes (phone.ts). One look for ".me/" covers both.
  return shadow.includes('.me/') ? shadow.replace(ME_LINK, meLink) : shadow;
}

/** Whether `text` holds a quoted-printable soft line break ("=" at a line's end). */
export function hasSoftBreak(text: string): boolean {
  return text.includes('=\n') || text.includes('=\r\n');
}

/**
 * `text` with the units of each quoted-printable soft line break that its shadow reads as spaces
 * (one inside a number or an address, {@link shadowOf}) written as soft hyphens, the invisible
 * character that the readers of digit runs and addresses read through; `text` itself if it holds
 * no soft break.
 */
export function softBreaksAsMarks(text: string, shadow: string): string {
  if (!hasSoftBreak(text)) return text;
  return text.replace(/=\r?\n/g, (b, at: number) =>
    shadow.charCodeAt(at) === 32 ? '\u00ad'.repeat(b.length) : b,
  );
}

/**
 * Where a no-break space that `text` writes as an HTML reference at `j` ("&nbsp;", "&#160;",
 * "&#xA0;") ends: {@link shadowOf} reads its units as spaces, and a reader of digit groups takes
 * them as one separator ("4111&nbsp;1111&nbsp;…"). -1 if none starts at `j`.
 */
export function referenceSpaceEnd(text: string, shadow: string, j: number): number {
  if (shadow.charCodeAt(j) !== 32 || text.charCodeAt(j) !== 38) return -1;
  let k = j + 1;
  while (k < j + 8 && shadow.charCodeAt(k) === 32) k++;
  return text.charCodeAt(k - 1) === 59 ? k : -1;
}

// Tried and not kept (session 55, V55c, hotPass redact 1 8 at 623.7M): this loop writing the
// text's ASCII digit groups for scanRuns (runs.ts) to jump between (642.3M from the text's start,
// 645.1M from its first non-ASCII unit: scanRuns -9..-13M, this loop +10..+11M, a transition test
// costs what scanRuns' own read of a unit does, ~11 against ~20 instructions); a table of unit kinds
// whose flags let redact skip wideFoldOf and context.ts holdsJoining (regexes -5.2M, this loop
// +4.2M, and V8's compiling +22.8M in the counted pass, not explained). A unit read in JS costs
// 10-20 instructions whatever is done with it; a native search far less.
function folded(text: string): string {
  table ??= buildTable();
  const t = table;
  foldMarked = false;
  foldSuperscripts = false;
  // ASCII folds to itself: the regular expression finds the first other unit faster than a loop.
  // (A test from 0 and its lastIndex: String.prototype.search's call cost ~250 instructions more,
  // V62g.)
  NEXT_NON_ASCII.lastIndex = 0;
  const first = NEXT_NON_ASCII.test(text) ? NEXT_NON_ASCII.lastIndex - 1 : -1;
  if (first < 0) {
    foldTop = 0x7f;
    return text;
  }
  // An int32 for the compiler (`| 0`): the search's result is a Number to it, and the loops below
  // counted from it kept their index tagged, untagged and checked again on every unit (~8 of the
  // ~45 instructions a unit cost, V60d).
  let i = first | 0;
  const n = text.length;
  // The highest unit of the text (foldTop): every unit before `i` is ASCII, every one from `i`
  // on is read by one of the two loops below.
  let top = 0x80;
  // A combining mark folds to itself but by a digit reads as a space (markedDigits): it ends the
  // look for a unit to fold too. Only a unit past U+02FF beside a digit is asked whether it is
  // one: a text of accented letters, or an amount's "12 €", pays a comparison, not a look-up.
  // The unit before, as it folds: a unit that folds to a digit or a separator is not itself (its
  // fold ends the look), so here it is the unit itself, kept in a variable rather than read again
  // (a look-up per unit of a Hindi or Greek text cost 0.3% of a stream's instructions).
  let before = i > 0 ? text.charCodeAt(i - 1) : 0;
  // Whether a Latin-1 superscript ("²", "³", "¹") was read (foldSuperscripts): they fold to
  // themselves, so the loop goes on past them.
  let superscripts = false;
  // The ASCII units read in a row: past SKIP_ASCII of them the next unit that is not is searched
  // for (NEXT_NON_ASCII), not read for unit by unit.
  let ascii = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII folds to itself, is no mark and raises no `top` past its start.
    if (c < 0x80) {
      before = c;
      if (++ascii === SKIP_ASCII) {
        ascii = 0;
        NEXT_NON_ASCII.lastIndex = i + 1;
        if (!NEXT_NON_ASCII.test(text)) {
          i = n;
          break;
        }
        // The unit before it (ASCII): the loop reads it next.
        i = (NEXT_NON_ASCII.lastIndex - 2) | 0;
        before = text.charCodeAt(i);
      }
      continue;
    }
    ascii = 0;
    if (c > top) top = c;
    if (t[c] !== c || (c >= 0x300 && byDigit(before) && isCombiningAt(text, i))) break;
    if (latin1Superscript(c)) superscripts = true;
    before = c;
  }
  if (i === n) {
    foldTop = top;
    foldSuperscripts = superscripts;
    return text; // nothing to fold: the text is its own shadow
  }
  // The units before `i` fold to themselves and none is a mark by a digit (the loop above stopped
  // at the first that is not so): copied as one slice, not read again, and `before` is the last
  // of them as it stands (25,240 of seed 1's 158,012 units read here were read twice, V58f).
  const out: string[] = i > 0 ? [text.slice(0, i)] : [];
  const CHUNK = 8192;
  // Whether a mark stands by a digit or a separator: only then is the shadow read for them.
  let marked = false;
  for (let from = i; from < n; from += CHUNK) {
    const end = Math.min(n, from + CHUNK);
    const codes = new Array<number>(end - from);
    for (let j = from; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c > top) top = c;
      if (latin1Superscript(c)) superscripts = true;
      const f = t[c] as number;
      codes[j - from] = f;
      if (c >= 0x300 && !marked && byDigit(before)) marked = isCombiningAt(text, j);
      before = f;
    }
    out.push(String.fromCharCode(...codes));
  }
  foldTop = top;
  foldSuperscripts = superscripts;
  if (!marked) return out.join('');
  const joined = out.join('');
  const shadow = markedDigits(joined);
  foldMarked = shadow !== joined;
  return shadow;
}

/**
 * What {@link shadowOf}'s fold makes of `text` and notes of it: its shadow before the steps past
 * the fold, its highest unit (0x7f for ASCII) and whether a Latin-1 superscript stands in it.
 * Internal: foldWalk.prop.test.ts holds it to {@link foldedPlain}.
 *
 * @since 0.1.0
 */
export function foldedNotes(text: string): [string, number, boolean] {
  const shadow = folded(text);
  return [shadow, foldTop, foldSuperscripts];
}

/**
 * {@link foldedNotes} read unit by unit from the text's start, each unit's fold looked up and a
 * mark by a digit or a separator noted as it comes: the oracle of the fold's walk (its search for
 * the first unit past ASCII, its int32 index, its search past ASCII units in a row; V60d).
 * Internal.
 *
 * @since 0.1.0
 */
export function foldedPlain(text: string): [string, number, boolean] {
  table ??= buildTable();
  let top = 0x7f;
  let superscripts = false;
  let marked = false;
  let before = 0;
  const units: string[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const f = table[c] as number;
    top = Math.max(top, c);
    if (latin1Superscript(c)) superscripts = true;
    if (c >= 0x300 && byDigit(before) && isCombiningAt(text, k)) marked = true;
    units.push(String.fromCharCode(f));
    before = f;
  }
  const shadow = units.join('');
  return [marked ? markedDigits(shadow) : shadow, top, superscripts];
}

// Whether the unit `c` is a Latin-1 superscript digit, "²" (U+00B2), "³" (U+00B3) or "¹" (U+00B9):
// folded notes them (foldSuperscripts) on both of its loops.
function latin1Superscript(c: number): boolean {
  return c <= 0xb9 && c >= 0xb2 && (c <= 0xb3 || c === 0xb9);
}

/**
 * Of the last text {@link folded} read: its highest code unit (0x7f for ASCII), and whether a
 * combining mark by a digit was read as a space (markedDigits wrote one).
 */
let foldTop = 0xffff;
let foldMarked = true;
// ... and whether it holds a Latin-1 superscript, "²", "³" or "¹" (astralDigits.ts
// LATIN1_SCRIPT): redact asks latin1FoldOf, three searches of the text, only where one stands.
let foldSuperscripts = true;

// The lowest unit each step of shadowOf past the fold starts with: MAY_HOLD_KANJI_PHONE's first
// units "〇零○◯一幺" (readKanjiPhones asks nothing else of a shadow without them) and PROLONGED's
// (two tests hold them to the expressions).
/** @internal The lowest unit that starts a match of MAY_HOLD_KANJI_PHONE ("○", U+25CB). */
export const KANJI_PHONE_LOW = 0x25cb;
/** @internal The lowest unit PROLONGED holds ("ー", U+30FC). */
export const PROLONGED_LOW = 0x30fc;

/**
 * Whether `shadow` holds a unit the escape steps of {@link shadowOf} start at: "%" (a URL's), "="
 * (quoted-printable's "=40" and soft break), "&" (an HTML reference), "\\" (a string literal's)
 * or a chat link's ".me/". Five searches where the steps made seven: a regular expression of the
 * five read each unit in about ten instructions, and cost more time than the searches (memchr)
 * on the corpus's messages, T68a. Internal: a property test holds the gate to the steps.
 *
 * @since 0.1.0
 */
export function holdsEscape(shadow: string): boolean {
  return (
    shadow.includes('%') ||
    shadow.includes('=') ||
    shadow.includes('&') ||
    shadow.includes('\\') ||
    shadow.includes('.me/')
  );
}

// Of the last text shadowOf read (released with the call, release.ts): the text, its shadow,
// whether the shadow held an escape (holdsEscape) before its escape steps, and whether a mark was read
// as a space (foldMarked).
let notedText: string | undefined;
let notedShadow: string | undefined;
let notedEscapes = true;
let notedMarks = true;
let notedTop = 0xffff;
let notedSuperscripts = true;
releaseAfterCall(() => {
  notedText = notedShadow = undefined;
});

function noteShadow(
  text: string,
  shadow: string,
  escapes: boolean,
  marks: boolean,
  top: number,
): void {
  notedText = text;
  notedShadow = shadow;
  notedEscapes = escapes;
  notedMarks = marks;
  notedTop = top;
  notedSuperscripts = foldSuperscripts;
}

/**
 * The highest code unit of `text` (0x7f for ASCII), read as {@link shadowOf} makes its shadow
 * (and kept: a shadowOf of `text` after it costs a comparison), or 0xffff where the shadow's steps
 * read kanji digits (nothing is noted then). Every unit of the shadow is the text's or ASCII, so
 * none of the shadow's is higher either. A unit a search looks for that lies above it is in
 * neither (redact.ts, context.ts readingText ask so, T68a). Internal.
 *
 * @since 0.1.0
 */
export function textTop(text: string): number {
  shadowOf(text);
  return text === notedText ? notedTop : 0xffff;
}

/**
 * Whether `text` may hold a Latin-1 superscript ("²", "³", "¹"): false only where
 * {@link shadowOf} read it last and found none (its fold reads every unit past the first that is
 * not ASCII), true otherwise (another text, or kanji digits read: nothing noted). redact asks
 * latin1FoldOf (three searches) only where this passes. Internal: shadowGates.prop.test.ts holds
 * it to the text searched.
 *
 * @since 0.1.0
 */
export function textSuperscripts(text: string): boolean {
  return text !== notedText || notedSuperscripts;
}

/**
 * The highest code unit of the text whose shadow {@link shadowOf} made last, where `shadow` is
 * that shadow; 0xffff otherwise (see {@link textTop}). Internal.
 *
 * @since 0.1.0
 */
export function shadowTop(shadow: string): number {
  return shadow === notedShadow && notedText !== undefined ? notedTop : 0xffff;
}

/**
 * What {@link shadowOf} learned of `text` where `shadow` is the shadow it made of it last: 0 if
 * it did not (another text, another shadow: ask the text), else 1 plus 2 where the shadow held an
 * escape ({@link holdsEscape}: the text may hold an "&" or a soft line break; without one it holds
 * neither) plus 4 where a combining mark by a digit reads as a space in it (runs.ts markAsSpace).
 * Internal.
 *
 * @since 0.1.0
 */
export function shadowNotes(text: string, shadow: string): number {
  if (text !== notedText || shadow !== notedShadow) return 0;
  return 1 | (notedEscapes ? 2 : 0) | (notedMarks ? 4 : 0);
}

// What a mark is, once for the package's readers of numbers (this shadow, runs.ts, the IBAN's
// letters): Unicode's General_Category M (Mn, Mc, Me), every combining mark. No digit takes one,
// so whichever a writer put after a digit is noise in the number: the diacritics U+0300-036F
// ("030 123\u0301 45678", T35a), their extensions U+1AB0-1AFF and U+1DC0-1DFF, the marks for
// symbols U+20D0-20FF with the keycap U+20E3, the half marks U+FE20-FE2F, the variation
// selectors U+FE00-FE0F (an emoji's U+FE0F) and U+E0100-E01EF, and the vowel signs and points of
// the other scripts ("030 123\u1ab0 45678", "4111 1111\u20d0 1111 1111" and the keycap digits
// phones type, "0\ufe0f\u20e37\ufe0f\u20e3…", stayed whole, T36b). A list of blocks would be
// one more to keep up with Unicode; the category is the platform's, as current as its Unicode.
// (context.ts isMark is narrower and another question: the marks its label fold drops, those
// NFD splits from a Latin, Greek or Cyrillic letter.)
// Read at one index (sticky). The redaction code's patterns are literals (redos.test.ts reads
// them), so the category is named again in MARKED_DIGIT; a test holds them to one another.
const COMBINING = /\p{M}/uy;
// Its answer for each BMP unit, asked once (0 not yet, 1 no, 2 yes): a look-up per unit where the
// expression cost a hundred times more, on every word of a Hindi or Greek text with digits.
let combining: Uint8Array | undefined;

/**
 * Whether the unit at `i` of `s` is part of a combining mark (General_Category M), either unit of
 * one past the BMP (a variation selector U+E0100-E01EF is two).
 *
 * @since 0.1.0
 */
export function isCombiningAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (!(c >= 0x300)) return false;
  // A low surrogate: the pair it ends is the character.
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 ? i - 1 : i;
    const h = s.charCodeAt(at);
    if (!(h >= 0xd800 && h <= 0xdbff)) return false;
    COMBINING.lastIndex = at;
    return COMBINING.test(s);
  }
  combining ??= new Uint8Array(0x10000);
  let known = combining[c] as number;
  if (known === 0) {
    COMBINING.lastIndex = 0;
    known = COMBINING.test(String.fromCharCode(c)) ? 2 : 1;
    combining[c] = known;
  }
  return known === 2;
}

/**
 * Where the combining marks (see {@link isCombiningAt}) that start at `k` end: `k` if none does.
 *
 * @since 0.1.0
 */
export function marksEnd(s: string, k: number): number {
  // Most callers ask at a value's end, often the text's: the units are read inside it only (a
  // read past its end threw this out of its compiled code, T65b).
  const n = s.length;
  while (k >= 0 && k < n && unitAt(s, k) >= 0x300 && isCombiningAt(s, k)) k++;
  return k;
}

/**
 * Where the unit the combining marks ending at `k` (inclusive) were typed after is: `k` if the
 * unit at `k` is no mark.
 *
 * @since 0.1.0
 */
export function marksStart(s: string, k: number): number {
  while (k > 0 && s.charCodeAt(k) >= 0x300 && isCombiningAt(s, k)) k--;
  return k;
}

function isSeparatorCode(c: number): boolean {
  return c === 32 || c === 45 || c === 46; // ' ', '-', '.'
}

/**
 * Whether a mark after the unit that folds to `before` stands where it may be read as a space
 * (markedDigits): after an ASCII digit or a separator, as the unit before it folds
 * ("\u0664\u0301", "\u00a0\u03014").
 */
function byDigit(before: number): boolean {
  return isAsciiDigit(before) || isSeparatorCode(before);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// A combining mark right after a digit or a separator (fixed length: linear).
const MARKED_DIGIT = /[0-9 .-]\p{M}/gu;

/**
 * `shadow` with the combining marks (see {@link isCombiningAt}) typed after a digit read as
 * spaces: no digit carries one, so it is noise inside a number, as a soft hyphen is ("call +49 30
 * 12\u0308 34 5678" left "12\u0308 " and "+4\u0301 30 1234 5678" its country code; "030
 * 123\u0301 45678" its last group, T35a; "030 123\u1ab0 45678" and "4111 1111\u20d0 1111 1111",
 * T36b). So are the marks after a separator where a digit follows them, spaces (an invisible
 * one's) between or not ("030 12 \u03014 5678 9" left "030 12 \u0301", "(212) \u0301555-0187"
 * stayed whole, T36b): typed there, they sit on the space, and the digit after them is the
 * number's. A space keeps the number's groups one run (runs.ts counts a mark beside a separator
 * as one, as it counts a soft hyphen); after a letter a mark stays one (a label's reading skips
 * it, context.ts), and so does one after a separator before no digit ("12 \u0301€"). Only a text
 * with a unit past ASCII can hold one. A loop, not a look-behind over the marks: that read a long
 * stack of them back from each unit (quadratic).
 */
function markedDigits(shadow: string): string {
  MARKED_DIGIT.lastIndex = 0;
  let m = MARKED_DIGIT.exec(shadow);
  if (m === null) return shadow;
  const parts: string[] = [];
  let last = 0;
  while (m !== null) {
    const at = m.index + 1;
    const e = marksEnd(shadow, at);
    let d = e;
    if (!isAsciiDigit(shadow.charCodeAt(m.index))) while (shadow.charCodeAt(d) === 32) d++;
    if (isAsciiDigit(shadow.charCodeAt(m.index)) || isAsciiDigit(shadow.charCodeAt(d))) {
      parts.push(shadow.slice(last, at), ' '.repeat(e - at));
      last = e;
    }
    MARKED_DIGIT.lastIndex = e;
    m = MARKED_DIGIT.exec(shadow);
  }
  parts.push(shadow.slice(last));
  return parts.join('');
}

// String.prototype.charCodeAt itself, called through `call` by unitAt, isDigitAt and
// isAsciiLetterAt.
const charCodeAt = String.prototype.charCodeAt;

/**
 * The code unit at `i` of `s`, where `i` is inside `s` (0 <= i < s.length): `s.charCodeAt(i)`,
 * read so that V8 inlines it whatever kind of string `s` is. `s.charCodeAt` is a property look-up
 * keyed by the string's map (its kind: one or two bytes a unit, flat, a rope, a slice,
 * internalized…), and a helper that reads the shadows of every text, the words of every list and
 * the slices the recognizers cut meets more than four kinds: its look-up goes megamorphic, and V8
 * then calls a generic look-up and the builtin for each unit instead of reading it inline
 * (Builtins_LoadIC_Megamorphic was 6.4% of a warm pass of redact, the top item of
 * warmProfile.sh's map, T64d). Called through `call` on the function itself, the target is known
 * and the receiver only checked to be a string: no look-up, one inline read.
 *
 * Only inside the string: the inline read checks its index, and the first index outside (NaN
 * read, as `charCodeAt` reads it) throws the code out of its compiled form; V8 then marks the call
 * as one not to inline again, and that mark is this function's, so every caller it is inlined
 * into calls the builtin from then on (the builtin was 8.45% of a warm pass of redact, T64d: the
 * reads outside were isDigitAt's, before it read for itself). A read that may fall outside asks
 * {@link isDigitAt} or {@link isAsciiLetterAt} (which check the index themselves), or checks its
 * index first.
 *
 * @since 0.1.0
 */
export function unitAt(s: string, i: number): number {
  return charCodeAt.call(s, i);
}

// String.prototype.slice itself, called through `call` by sliceOf.
const slice = String.prototype.slice;

/**
 * `s.slice(from, to)`, read so that V8 calls the builtin whatever kind of string `s` is: the
 * look-up of `s.slice` is keyed by the string's map, as `s.charCodeAt`'s is ({@link unitAt}), and
 * went megamorphic where the shadows of every text are cut (runs.ts NumberRun.digits, T66c).
 *
 * @since 0.1.0
 */
export function sliceOf(s: string, from: number, to: number): string {
  return slice.call(s, from, to);
}

/**
 * Whether the code unit at `i` of a shadow string is an ASCII digit; false outside the string
 * (any `i`). Its callers ask past either end (a unit before a span, after a line): the index is
 * checked before the read, which is then always inside and stays inline (see {@link unitAt}).
 * It read outside before and took NaN: that threw its read out of the compiled code once, and
 * from then on every caller it was inlined into (ibanAt, findIbans, dniAt…) called V8's
 * StringPrototypeCharCodeAt builtin for each unit (5.0M instructions of hotPass redact 1 8, T69f).
 * The `length` look-up has not gone megamorphic (no Builtins_LoadIC_Megamorphic in the profile).
 */
export function isDigitAt(shadow: string, i: number): boolean {
  if (!(i >= 0 && i < shadow.length)) return false;
  const c = charCodeAt.call(shadow, i);
  return c >= 0x30 && c <= 0x39;
}

/** Whether an ASCII digit stands in `s[from, to)` (shippingWords.ts and lines.ts ask it). */
export function digitIn(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDigitAt(s, k)) return true;
  return false;
}

/**
 * Whether the code unit at `i` is an ASCII letter; false outside the string (any `i`: the index
 * is checked before the read, as {@link isDigitAt}'s is).
 */
export function isAsciiLetterAt(s: string, i: number): boolean {
  if (!(i >= 0 && i < s.length)) return false;
  const c = charCodeAt.call(s, i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * `s` in lower case, same length: a character whose lower case is longer ("İ" is "i̇") stays as
 * it is, so offsets stay the text's (a recognizer context's `lower`).
 *
 * @since 0.1.0
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
