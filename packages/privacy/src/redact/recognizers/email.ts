import { isSpaceless } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { hasSoftBreak, INVISIBLE, isInvisible, shadowNotes, softBreaksAsMarks } from '../digits.js';
import { releaseAfterCall } from '../release.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { ipv4, ipv6, zoneEnd } from './ip.js';
import { isUpiHandle, upiLabelBefore } from './upiHandles.js';

// RFC 5321 §4.5.3.1: a local part of at most 64 octets, a domain of at most 255. Bounding the scan
// on each side of an "@" keeps the recognizer linear on any input (a run of "@", of "a.").
export const MAX_LOCAL = 64;
export const MAX_DOMAIN = 253;

export const WORD = /[\p{L}\p{N}\p{M}]/u;
export const LETTER = /\p{L}/u;
const DIGITS = /^\d+$/;
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
// An image's name with its scale modifier, Apple's convention for high-resolution variants
// ("<ImageName>@2x<device_modifier>.<filename_extension>", and the web's retina.js after it):
// "upload icon@2x.png and logo@3x.png" went as two addresses (the tenth audit, T34e). Only a
// scale and an image's extension that is no top-level domain of the IANA root (png, jpg, jpeg,
// gif, webp, svg are none), so "jane@2x.com" still goes.
const SCALED_IMAGE = /^[1-9]x\.(?:png|jpe?g|gif|webp|svg)$/i;

// RFC 5322's atext, less "=", "?" and "&": a link's query or a log's key stands before an address
// with them ("?email=jane@example.com", "user_email=jane@example.com"), and an address of a person
// has none (the key went with the address, T22c audit).
export const LOCAL_SYMBOLS = "._%+-'!#$*^`{|}~";

// What the scan asks of a code unit (part of a local part, part of a domain, a letter, a letter of
// a script written without spaces), answered once per unit from the Unicode tests and then read
// from a table: a bit per answer, and 16 once the unit has been asked.
const LOCAL = 1;
const DOMAIN = 2;
const IS_LETTER = 4;
const SPACELESS = 8;
const MARK = 32;
const classes = new Uint8Array(0x10000);

// Thai, Lao, Khmer and Myanmar write no space between words either (the Unicode Standard, Thai):
// an address in Thai text is glued to the words around it as in Japanese, "ติดต่อsomchai@example.
// co.th" ("contact somchai@…") and "อีเมลsomchai.k@gmail.comครับ" ("email …", and the polite
// particle) went as one "[EMAIL]", the Thai words with it (issue #14, T36c). context.ts's spaceless
// test holds those scripts with Han, kana and Hangul (numbers read them so since the twelfth
// audit's session); for an address a switch between a spaceless script and another inside a local
// part, or inside its top-level label, is where a word ends. An internationalised address (RFC 6531) written in
// one script keeps every character: "สมชาย@ตัวอย่าง.ไทย" (a Thai local part, an IDN domain under
// .ไทย) goes whole, its letters all Thai, and "emailสมชาย@ตัวอย่าง.ไทย" keeps the English word.
// The line: a local part mixing Thai and Latin letters ("สมชายk@…") loses its Thai letters, as a
// Japanese one mixing kana and Latin did since T23b; no address of the corpus or the audits is
// one. Digits and marks are of no script: "ติดต่อ123@example.co.th" goes whole (fail closed:
// "สมชาย123@…" is an address of that shape too).
const IS_MARK = /\p{M}/u;

function classOf(code: number): number {
  let k = classes[code] as number;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    const word = WORD.test(ch);
    k =
      16 |
      (word || LOCAL_SYMBOLS.includes(ch) ? LOCAL : 0) |
      (word || ch === '-' || ch === '.' ? DOMAIN : 0) |
      (LETTER.test(ch) ? IS_LETTER : 0) |
      (isSpaceless(ch) ? SPACELESS : 0) |
      (IS_MARK.test(ch) ? MARK : 0);
    classes[code] = k;
  }
  // Past the end (NaN) there is no entry: undefined reads as no class.
  return k;
}

// Transcripts name the same few domains again and again: the answers are kept, with a bound
// (splitting the labels and reading the top-level one cost more than the rest of the scan).
const MAX_DOMAINS = 512;
const domains = new Map<string, boolean>();

/** The ASCII (punycode) form of a domain if it is a valid host name, per WHATWG URL / UTS #46. */
function asciiDomain(domain: string): string | undefined {
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host.length > 0 && host.length <= MAX_DOMAIN ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the text after an "@" is an address's domain: two labels or more of 1–63 characters,
 * none beginning or ending with a hyphen, a host the URL parser accepts, an alphabetic top-level
 * label (internal: the test oracle reads domains with it too).
 */
export function isEmailDomain(domain: string): boolean {
  let known = domains.get(domain);
  if (known === undefined) {
    const labels = domain.split('.');
    known =
      labels.length > 1 &&
      !SCALED_IMAGE.test(domain) &&
      !labels.some((l) => !l || l.length > 63 || l[0] === '-' || l.endsWith('-')) &&
      // No host, or none after its last dot: the empty string, which no top-level label matches.
      TLD.test(asciiDomain(domain)?.split('.').pop() ?? '');
    if (domains.size >= MAX_DOMAINS) domains.clear();
    domains.set(domain, known);
  }
  return known;
}

// A soft hyphen, ZWSP, a word joiner or a BOM inside an address: "ja\u200bne@example.com" went as
// "ja[EMAIL]", its first letters left, and "jane@exam\u00adple.com" stayed whole (the shadow reads
// them as spaces; the tenth audit, T34e). The URL parser drops them in a host; in a local part an
// invisible character between the address's characters is read as part of it (fail closed: the
// whole address goes). Only where the text holds one (INVISIBLE): the scan is as before elsewhere.

// Thai, Lao, Khmer and Myanmar put no space between words, and the Unicode Standard (Thai, and the
// layout controls) gives ZWSP to mark where a word ends: "ติดต่อ\u200bsomchai@example.co.th"
// ("contact somchai@…") went as one "[EMAIL]", the Thai word with it, and
// "somchai@example.co.th\u200bครับ" took the polite "ครับ" after it (T35c). Beside a character of
// a script written without spaces (those four, Han and kana) an invisible character is a word
// break, unless the other side is of that script too; anywhere else it joins the address's
// characters, as T34f made it (fail closed: "ja\u200bne@…", "mül\u200bler@…", "ja\u200b12@…" go
// whole). A Thai word, or digits, before or after a Latin address is a word of its own.
const SPACELESS_SCRIPTS = [
  /\p{sc=Thai}/u,
  /\p{sc=Lao}/u,
  /\p{sc=Khmer}/u,
  /\p{sc=Myanmar}/u,
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u,
];

/** Which of SPACELESS_SCRIPTS the unit `code` is of, -1 if none. */
function spacelessScript(code: number): number {
  const ch = String.fromCharCode(code);
  return SPACELESS_SCRIPTS.findIndex((r) => r.test(ch));
}

/** Whether an invisible character between the units `a` and `b` joins them (above). */
export function invisibleJoins(a: number, b: number): boolean {
  return spacelessScript(a) === spacelessScript(b);
}

/** Whether a quoted-printable soft line break the marks read as invisible starts at `k` of `text`. */
function softBreakAt(text: string | undefined, k: number): boolean {
  return text !== undefined && text.charCodeAt(k) === 61;
}

/** Whether the domain after the "@" at `at`, read to `e` (its last dots left out), is an address's. */
function domainWhole(shadow: string, at: number, e: number): boolean {
  let end = e;
  while (end > at + 1 && shadow.charCodeAt(end - 1) === 46) end--;
  return isEmailDomain(shadow.slice(at + 1, end));
}

/** The units of `shadow[from, to)` whose unit in `text` is visible. */
function visible(shadow: string, text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) if (!isInvisible(text.charCodeAt(i))) out += shadow.charAt(i);
  return out;
}

/** Where the run of invisible characters of `text` that ends before `s` starts, not before `last`. */
function joinedStart(text: string, s: number, last: number): number {
  let t = s;
  while (t > last && isInvisible(text.charCodeAt(t - 1))) t--;
  return t > last ? t : s;
}

/** Where the run of invisible characters of `text` from `e` ends, if before `last` (else `e`). */
function joinedEnd(text: string, e: number, last: number): number {
  let t = e;
  while (t < last && isInvisible(text.charCodeAt(t))) t++;
  return t < last ? t : e;
}

/**
 * Where the marks of `shadow` from `s` end, not past `at`: a Thai word's vowel and tone marks
 * follow its letters, and "ที่somchai@…" ("at") ends in the mark after "ท", which the scan read
 * back over before it met the letter where the script switches.
 */
function pastMarks(shadow: string, s: number, at: number): number {
  let t = s;
  while (t < at && classOf(shadow.charCodeAt(t)) & MARK) t++;
  return t;
}

/**
 * Where the local part before `at` starts (`at` if there is none), reading back at most 64 units
 * and not before `floor` (the last address's end).
 */
function localStart(
  shadow: string,
  at: number,
  floor: number,
  text?: string,
  original?: string,
): number {
  // In Japanese or Chinese text an address is glued to the words around it: the local part and
  // the top-level label stop where the script switches between spaced and spaceless.
  let cjkLocal: boolean | undefined;
  let s = at;
  const last = Math.max(floor, at - MAX_LOCAL);
  for (; s > last; s--) {
    const k = classOf(shadow.charCodeAt(s - 1));
    if (!(k & LOCAL)) {
      // Invisible characters between the address's characters are the address's (above visible).
      const t = text === undefined ? s : joinedStart(text, s, last);
      if (t === s || !(classOf(shadow.charCodeAt(t - 1)) & LOCAL)) break;
      const joins =
        softBreakAt(original, t) || invisibleJoins(shadow.charCodeAt(t - 1), shadow.charCodeAt(s));
      if (!joins) break;
      s = t + 1;
      continue;
    }
    if (k & IS_LETTER) {
      const spaceless = (k & SPACELESS) > 0;
      cjkLocal ??= spaceless;
      if (spaceless !== cjkLocal) {
        s = pastMarks(shadow, s, at);
        break;
      }
    }
  }
  // A local part starts with a letter or a digit: quotes and chat markup before an address are
  // not part of it ("'a@b.pl'", "*a@b.pl*", "`a@b.pl`" lost their first mark), nor a dot.
  while (s < at && !WORD.test(shadow.charAt(s))) s++;
  // A circled digit glued before a local part in ASCII is a list's marker ("①jane@example.com"
  // → "①[EMAIL]"), as before a phone ("①601…", redact.ts withMarkers): RFC 6531 allows it in a
  // local part, but the big providers' user names are ASCII (Google's: letters a–z, digits 0–9
  // and periods, support.google.com/mail/answer/9211434, read 2026-12-05), and a marker in
  // another font than the address is a list's (T58b). Left visible, it tells no more than a
  // list's number.
  if (s + 1 < at && circledMarker(shadow.charCodeAt(s)) && ASCII_WORD.test(shadow.charAt(s + 1)))
    s++;
  return s;
}

// An ASCII letter or digit.
const ASCII_WORD = /^[A-Za-z0-9]$/;

/**
 * Whether `c` is a circled or enclosed digit or number a list is numbered with: ①-⑳ (U+2460-
 * U+2473), ⓪ and ⓫-⓿ (U+24EA-U+24FF), the dingbats ❶-➓ (U+2776-U+2793).
 */
function circledMarker(c: number): boolean {
  return (
    (c >= 0x2460 && c <= 0x2473) || (c >= 0x24ea && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793)
  );
}

/**
 * Where a quoted local part before `at` starts (its opening quote), `at` if there is none: RFC
 * 5321 §4.1.2's quoted string, '"john doe"@example.com', left whole with its domain before (T28a).
 * Its content is at most 64 units with no line break and no unescaped quote (a quote after an odd
 * number of backslashes is a quoted pair's: '"a\"b"@example.com' goes whole), not blank, and is
 * read back no further than `floor` (the last address's end).
 */
function quotedStart(shadow: string, at: number, floor: number): number {
  if (shadow.charCodeAt(at - 1) !== 34) return at; // '"'
  const last = Math.max(floor, at - 2 - MAX_LOCAL);
  for (let q = at - 2; q >= last; q--) {
    const c = shadow.charCodeAt(q);
    if (c === 10 || c === 13) return at;
    if (c !== 34) continue;
    let b = q;
    while (b > last && shadow.charCodeAt(b - 1) === 92) b--;
    if ((q - b) % 2 === 0) return shadow.slice(q + 1, at - 1).trim() ? q : at;
    q = b;
  }
  return at;
}

// An address written to pass a filter or as it is spoken: "jane(at)example(dot)com", "jane [at]
// example [.] com", "jane @ example . com", "jane at example dot com", and the "@" and "." words
// of the desk's languages (Polish małpa/kropka, German Klammeraffe/Punkt, Spanish and Portuguese
// arroba/punto/ponto, French arobase/point) and the Korean 골뱅이 ("minji.kim 골뱅이 daum.net",
// the eighth audit, T30b), and India's "at the rate (of)" ("rahul at the rate gmail dot com", as
// the "@" is said there and in Bangladesh) and the Dutch apenstaartje (apestaartje, Onze Taal
// allows both; "jan apenstaartje ziggo.nl"; the tenth audit, T34e): its "@", then labels and its
// dots as written. The Italian chiocciola ("mario punto rossi chiocciola libero punto it"), the
// Dutch punt and the Turkish nokta and et (the "@" said as the English "at"; "ahmet nokta yilmaz
// et gmail nokta com"), and the German ät (said so, as "at" is) went whole (T35c).
const SPOKEN_AT =
  / ?[([{<] ?(?:at|@|małpa|arroba|arobase|chiocciola) ?[)\]}>] ?| @ |@ | at the rate(?: of)? | (?:at|ät|et|małpa|klammeraffe|arroba|arobase|chiocciola|apen?staartje|골뱅이) /giu;
const LABEL = /[\p{L}\p{N}-]+/uy;
const SPOKEN_DOT =
  / ?[([{<] ?(?:dot|\.|punkt|kropka|punto|ponto|point|punt|nokta) ?[)\]}>] ?| \. ?|\.| (?:dot|punkt|kropka|punto|ponto|point|punt|nokta) /iy;
// After the English word "at" only a spoken or bracketed dot: "we are at home. Com…", "find us
// at example.com", "it at amazon . com" name a place; "jane at example dot com" an address.
const AT_WORD_DOT = /dot|[([{<] ?\./i;
// An "@" said as "at" (or the German "ät", the Turkish "et": "et" is a word in Turkish and French)
// takes a dot of the desk's languages only in an address's whole shape: the same word in the
// local part and the domain, "max punkt mustermann at web punkt de" (German speakers say the
// English "at"; de-DE went whole, T35c). "Punkt", "point" and "punto" stand in prose, "at" in
// English beside them: "mustermann at web punkt de" stays. "ät" goes with "punkt" only, "et" with
// "nokta" only.
const AT_WORD_DOTS: Readonly<Record<string, RegExp>> = {
  at: /^(?:punkt|kropka|punto|ponto|point|punt|nokta)$/,
  ät: /^punkt$/,
  et: /^nokta$/,
};
// Half spoken (T36c): "max punkt mustermann at web.de" and "max.mustermann at web punkt de" went
// out whole, as did "john dot smith at gmail.com" and the it/nl/tr/pl/pt forms ("john.smith at
// gmail dot com" went already: "dot" after "at"). The line with prose: a dot word the "@" word
// takes is read in the domain when the local part shows an address's shape, a spoken dot ("max
// punkt mustermann") or a dot or "_" written between its characters ("max.mustermann", not "z.B."
// nor "uns"): "wir treffen uns at home punkt acht" stays. A domain written with plain dots after a
// spoken "@" goes only after a spoken dot that English prose does not put before "at": not
// "point" ("the point is at example.com"), and not before "is", "are", "was", "were" ("the dot is
// at …"). "find j.doe at example.com" and "jane at example.com" still name a place: neither dot is
// spoken; nor does "john.smith at gmail.com" go, a dot written in the local part being no spoken
// word: English desk text writes prices, versions and products so before "at" and a site ("it
// costs 12.99 at amazon.com", "v2.1 at github.com", "learn Node.js at nodejs.org", T37b).
const WRITTEN_LOCAL = /[\p{L}\p{N}][._][\p{L}\p{N}]/u;
const PLAIN_AFTER: Readonly<Record<string, RegExp>> = {
  at: /^(?:dot|punkt|kropka|punto|ponto|punt|nokta)$/,
  ät: /^punkt$/,
  et: /^nokta$/,
};
// In a French customer's text "point" is the dot said in French, and the English "at" the "@" as
// French speakers say it too: "jean point dupont at gmail.com" went out whole (T36c kept it for
// the English prose above; issue #14, T37b). English prose puts "point" there, French prose the
// English "at" hardly: the French locale (fr, fr-CA, fr-BE, fr-CH…) takes it; "the point is at
// example.com" stays there too ("is" names no one, COPULA).
const FRENCH_PLAIN_AFTER_AT = /^(?:dot|punkt|kropka|punto|ponto|point|punt|nokta)$/;

/** The dot words a plainly written domain may follow in the local part after the "@" word `word`. */
function plainAfter(word: string, locale: string): RegExp {
  return word === 'at' && (locale === 'fr' || locale.startsWith('fr-'))
    ? FRENCH_PLAIN_AFTER_AT
    : (PLAIN_AFTER[word] as RegExp);
}
const COPULA = /^(?:is|are|was|were)$/i;
// Nor before the word "at" a word that names no one: "I bought it at amazon dot com", "order
// them at shop dot com", "available at example dot com" name a shop, not an address.
const NOT_LOCAL =
  /^(?:it|them|this|that|one|ones|us|me|you|him|her|here|there|online|shop|order|buy|bought|sold|available|found|look)$/i;

// A spoken dot, underscore or dash in a local part, before its next word; the dot in the desk's
// languages as in the domain (SPOKEN_DOT): "joao ponto silva arroba gmail ponto com" went as
// "joao ponto [EMAIL]", the first name left (the tenth audit, T34e). The French dash and
// underscore words too, "tiret", "tiret bas" and the keys that type them on an AZERTY keyboard,
// "tiret du 6" and "tiret du 8" (sources differ on which is which; either joins the local part):
// "jean tiret dupont arobase gmail.com" went as "jean tiret [EMAIL]" (T37b).
const SPOKEN_SEP =
  / (?:dot|punkt|kropka|punto|ponto|point|punt|nokta|underscore|dash|hyphen|tiret(?: bas| du [68])?) $/i;

/**
 * Whether a text may hold an address written without its plain "@" (see SPOKEN_AT): a bracketed
 * "at", "dot" or ".", an "@" before a space or a bracket, a spoken "dot" or an "@" word (internal:
 * redact.ts reads a text that holds no digit, "@" or ":" only if this says so).
 *
 * The same alternatives as written one after another (dodge.prop.test.ts keeps that form as the
 * oracle), grouped by their first units: the four that start with a space under one space, the
 * "at" of " at the rate " and of " at … punkt" under one "at", "arroba" and "apenstaartje" under
 * one "a". A test asks only whether some alternative matches somewhere, which grouping leaves as
 * it was; the engine tries fewer alternatives at each unit: the email recognizer asks it of every
 * text, 17.0M instructions of a hot pass of the corpus (621.4M, session 52), 13% fewer so.
 */
export const DODGE =
  /[([{<] ?(?:at|dot|\.) ?[)\]}>]|@[ )\]}>]| (?:dot |at (?:the rate |\S+? ?[([{<]? ?(?:punkt|kropka|punto|ponto|point|punt|nokta)[ )\]}>])|(?:ät|et) \S+? ?[([{<]? ?(?:punkt|kropka|punto|ponto|point|punt|nokta)[ )\]}>]|(?:punkt|kropka|punto|ponto|point|punt|nokta) \S+ (?:at|ät|et) )|małpa|klammeraffe|a(?:r(?:roba|obase)|pen?staartje)|골뱅이|chiocciola/i;

/**
 * DODGE as a shadow's gate for {@link dodgedAddresses}: its "@" words (małpa, arroba, 골뱅이…)
 * asked only right after a space or a bracket, where SPOKEN_AT reads them (each of its
 * alternatives that holds one starts with " " or a bracket and an optional space), and its
 * alternatives after a space grouped by their second unit. Every alternative then starts with a
 * space, a bracket or an "@": the engine passes over a letter with one test, where DODGE's "@"
 * words had it try their alternatives at every "a", "c", "k" and "m" of a text (seed 1's 6,000
 * shadows: 15.5M instructions to 12.3M, callgrind, V64f). Narrower than DODGE, never wider: an
 * "@" word glued to the letters before it ("xmałpa") passes DODGE alone, and SPOKEN_AT reads no
 * address there. dodge.prop.test.ts holds it to DODGE, and dodgedAddresses to finding nothing
 * where DODGE alone passes. For a shadow only: in a text the unit before an "@" word may be one
 * the shadow reads as a space (a no-break space), and redact's gates ask DODGE of texts (internal).
 */
export const DODGE_LED =
  / (?:d(?:ot )|a(?:t (?:the rate |\S+? ?[([{<]? ?(?:punkt|kropka|punto|ponto|point|punt|nokta)[ )\]}>])|r(?:roba|obase)|pen?staartje)|[äe]t \S+? ?[([{<]? ?(?:punkt|kropka|punto|ponto|point|punt|nokta)[ )\]}>]|p(?:un(?:kt|to|t)|o(?:nto|int)) \S+ (?:at|ät|et) |k(?:ropka \S+ (?:at|ät|et) |lammeraffe)|nokta \S+ (?:at|ät|et) |małpa|chiocciola|골뱅이)|[([{<] ?(?:(?:at|dot|\.) ?[)\]}>]|małpa|klammeraffe|ar(?:roba|obase)|apen?staartje|골뱅이|chiocciola)|@[ )\]}>]/i;

/**
 * The addresses of `shadow` written without their plain "@" (see SPOKEN_AT), pushed onto `found`;
 * `locale` (BCP 47, the customer's) says which dot words the English "at" takes (internal: the
 * email recognizer's second reading, which email.prop.test.ts holds apart).
 */
export function dodgedAddresses(
  shadow: string,
  found: RecognizerMatch[],
  locale = '',
): RecognizerMatch[] {
  let lastEnd = 0;
  for (const m of shadow.matchAll(SPOKEN_AT)) {
    let s = localStart(shadow, m.index, lastEnd);
    if (s === m.index) continue;
    const word = m[0].trim().toLowerCase();
    const atDots = AT_WORD_DOTS[word];
    const wordAt = atDots !== undefined;
    // "sold it at the rate of …" names no one either: "at the rate" is a rate in English too.
    if ((wordAt || word.startsWith('at ')) && NOT_LOCAL.test(shadow.slice(s, m.index))) continue;
    const local = shadow.slice(s, m.index);
    const written = wordAt && WRITTEN_LOCAL.test(local) && !local.endsWith('.');
    // A local part's dots, "_" and "-" spoken as words ("jane dot doe at …"): at most 4 of them.
    let localDots = '';
    let plain = false;
    for (let k = 0; k < 4; k++) {
      const sep = SPOKEN_SEP.exec(shadow.slice(Math.max(lastEnd, s - 12), s))?.[0];
      if (!sep) break;
      const t = localStart(shadow, s - sep.length, lastEnd);
      if (t === s - sep.length) break;
      s = t;
      const said = sep.trim().toLowerCase();
      localDots += `${said} `;
      plain ||= wordAt && plainAfter(word, locale).test(said);
    }
    plain &&= !COPULA.test(local);
    // The domain as it would be written, up to its last label, for the same test as any other
    // address's: at most 8 labels (a bound, as an address's 253 units are).
    let domain = '';
    let name = '';
    let e = m.index + m[0].length;
    let end = -1;
    for (let k = 0; k < 8; k++) {
      LABEL.lastIndex = e;
      const label = LABEL.exec(shadow)?.[0];
      if (label === undefined) break;
      name = domain += label;
      end = e += label.length;
      SPOKEN_DOT.lastIndex = e;
      const dot = SPOKEN_DOT.exec(shadow)?.[0];
      if (dot === undefined) break;
      if (wordAt && !(word === 'at' && AT_WORD_DOT.test(dot))) {
        const said = dot.replace(/[\s()[\]{}<>]/g, '').toLowerCase();
        if (
          dot === '.' ? !plain : !atDots.test(said) || !(written || localDots.includes(`${said} `))
        )
          break;
      }
      domain += '.';
      e += dot.length;
    }
    // Glued to Japanese or Chinese words, as an address with its "@" (below).
    while (classOf(shadow.charCodeAt(end - 1)) & SPACELESS) {
      end--;
      name = name.slice(0, -1);
    }
    if (end > 0 && isEmailDomain(name)) {
      found.push({ start: s, end, confidence: 0.9 });
      lastEnd = end;
    }
  }
  return found;
}

// The longest address literal: "[IPv6:", an IPv6 address with a dotted IPv4 tail (45), a zone
// (below: "%25" and 15 characters) and "]".
const MAX_LITERAL = 70;

/**
 * Where the IPv6 address of a literal ends in `shadow[from, close)`: before its zone ("%eth0",
 * "%25eth0": "%", RFC 6874's "%25" as a URI writes it, and one to 15 of its unreserved
 * characters, the length of a Linux interface name), or at `close` when it has none.
 */
function zoneStart(shadow: string, from: number, close: number): number {
  // Looked for inside the brackets only: an indexOf read to the text's end at every literal.
  let pct = from;
  while (pct < close && shadow.charCodeAt(pct) !== 37) pct++; // '%'
  return pct < close && zoneEnd(shadow, pct, close) === close ? pct : close;
}

/**
 * Where the address literal after the "@" at `at` ends (past its "]"), -1 if none: RFC 5321
 * §4.1.3, an IPv4 address or "IPv6:" and an IPv6 address in brackets ("user@[192.168.0.1]",
 * "user@[IPv6:2001:db8::1]"; the tag may be missing). Without it the IPv4 one went as "user@[[IP]]", its local part left,
 * and the IPv6 one stayed whole (T28a). Read at most MAX_LITERAL units: linear on "a@[1." repeated.
 */
function literalEnd(shadow: string, at: number): number {
  if (shadow.charCodeAt(at + 1) !== 91) return -1; // '['
  const from = at + 2;
  // A bounded look for the "]" (an indexOf would read to the end of the text at every "@[").
  let close = from;
  const last = Math.min(shadow.length, at + 1 + MAX_LITERAL);
  while (close < last && shadow.charCodeAt(close) !== 93) close++;
  if (close === last) return -1;
  // An IPv6 address without its tag ("user@[2001:db8::1]") is what a customer means too: read
  // alone it went as "user@[[IP]]", the local part left.
  const tag = shadow.slice(from, from + 5).toLowerCase() === 'ipv6:' ? 5 : 0;
  // A link-local address with its zone ("user@[IPv6:fe80::1%eth0]", as "ip addr" prints one) went
  // out whole (T29d). RFC 5321's IPv6-addr has no zone, and RFC 6874 gives one to URIs only, for
  // fe80::/10: no mail goes there, but the address in it is a customer's all the same, and the
  // literal goes whole with its zone.
  const ok =
    ipv6(shadow, from + tag, zoneStart(shadow, from + tag, close)) ||
    (tag === 0 && ipv4(shadow, from, close));
  return ok ? close + 1 : -1;
}

// The UPI payment addresses of the last context the scan read, for the UPI recognizer run after the
// email one on that context (redact lets go of both when it returns, release.ts). A WeakMap of
// every context cost 0.5% of a transcript stream's instructions, most texts holding no "@".
const NONE: RecognizerMatch[] = [];
let scanned: RecognizerContext | undefined;
let scannedUpi = NONE;
releaseAfterCall(() => {
  scanned = undefined;
  scannedUpi = NONE;
});

/**
 * The addresses of a context, and its UPI payment addresses (upiHandles.ts): one scan of its "@"s
 * for both, the UPI recognizer reading what the email one's scan kept (internal).
 */
export function scanAddresses(context: RecognizerContext): RecognizerMatch[] {
  const { shadow, text } = context;
  let upi: RecognizerMatch[] | undefined;
  const found: RecognizerMatch[] = [];
  let at = shadow.indexOf('@');
  // (The shadow reads an invisible character as a space: a text that is its own shadow has none.
  // One whose shadow held no escape holds no soft line break: digits.ts shadowNotes.) Read only
  // where an "@" stands, the only reading of it: a text without one, most, searched itself for an
  // invisible character to find no address (T69c).
  const marks =
    at < 0 || shadow === text
      ? undefined
      : (shadowNotes(text, shadow) & 3) !== 1 && hasSoftBreak(text)
        ? softBreaksAsMarks(text, shadow)
        : INVISIBLE.test(text)
          ? text
          : undefined;
  let lastEnd = 0;
  for (; at >= 0; at = shadow.indexOf('@', at + 1)) {
    let s = localStart(shadow, at, lastEnd, marks, text);
    if (s === at) s = quotedStart(shadow, at, lastEnd);
    // "+" and digits before the "@" are a phone number in international form, a SIP or SMS
    // address's user ("sip:+12125550187@pbx.example.com"): the number goes as a phone and the
    // operator's host stays.
    if (s === at || (shadow.charCodeAt(s - 1) === 43 && DIGITS.test(shadow.slice(s, at)))) continue;
    const literal = literalEnd(shadow, at);
    if (literal > 0) {
      found.push({ start: s, end: literal, confidence: 0.97 });
      lastEnd = literal;
      continue;
    }
    let e = at + 1;
    const last = Math.min(shadow.length, at + 1 + MAX_DOMAIN);
    for (; e < last; e++) {
      if (classOf(shadow.charCodeAt(e)) & DOMAIN) continue;
      const t = marks === undefined ? e : joinedEnd(marks, e, last);
      if (t === e || !(classOf(shadow.charCodeAt(t)) & DOMAIN)) break;
      // A soft line break joins whatever scripts it stands between (it is no word break, as an
      // invisible character may be); after a domain already whole and a dot it ends it:
      // "jane=40example.com.=\nThanks" is read as a sentence's full stop and the next word
      // (mail.test.ts), not a longer host.
      if (softBreakAt(text, e)) {
        if (shadow.charCodeAt(e - 1) === 46 && domainWhole(shadow, at, e)) break;
      } else if (!invisibleJoins(shadow.charCodeAt(e - 1), shadow.charCodeAt(t))) break;
      e = t;
    }
    // A sentence's full stop after the address is not its last dot ("…@example.kr입니다.").
    while (e > at + 1 && shadow.charAt(e - 1) === '.') e--;
    // The last dot of the domain, looked for in the domain only: a lastIndexOf read back to the
    // text's start at every "@" of a text without dots ("a@b " over and over: 8 s for 160,000
    // characters, 10× the time of 40,000, T28a).
    e = tldEnd(shadow, at, e);
    // The host as the URL parser reads it: without the invisible characters inside it.
    const host = marks === undefined ? shadow.slice(at + 1, e) : visible(shadow, marks, at + 1, e);
    if (!isEmailDomain(host)) {
      const switched = switchedEnd(shadow, marks, at, e);
      if (switched > 0) {
        found.push({ start: s, end: switched, confidence: 0.97 });
        lastEnd = switched;
        continue;
      }
      // No top-level domain: a UPI payment address if its handle is one (upiHandles.ts).
      const sure = isUpiHandle(host) ? 0.97 : upiLabelBefore(shadow, s, host) ? 0.9 : 0;
      if (sure) {
        upi ??= [];
        upi.push({ start: s, end: e, confidence: sure });
      }
      continue;
    }
    found.push({ start: s, end: e, confidence: 0.97 });
    lastEnd = e;
  }
  if (DODGE_LED.test(shadow)) dodgedAddresses(shadow, found, context.locale);
  scanned = context;
  scannedUpi = upi ?? NONE;
  return found;
}

/**
 * Where the domain after the "@" at `at`, read to `e`, ends: its top-level label stops where the
 * script switches between spaced and spaceless ("…@example.jpです"), and no dot or dash ends it.
 */
function tldEnd(shadow: string, at: number, e: number): number {
  let lastDot = e - 1;
  while (lastDot > at && shadow.charCodeAt(lastDot) !== 46) lastDot--;
  if (lastDot > at) {
    const cjkTld = classOf(shadow.charCodeAt(lastDot + 1)) & SPACELESS;
    let t = lastDot + 1;
    while (t < e && (classOf(shadow.charCodeAt(t)) & SPACELESS) === cjkTld) t++;
    e = t;
  }
  while (e > at + 1 && (shadow.charAt(e - 1) === '.' || shadow.charAt(e - 1) === '-')) e--;
  return e;
}

// At most this many places where the script switches are tried as a domain's end (below).
const MAX_SWITCHES = 4;

/**
 * Where the domain after the "@" at `at` ends if it ends where the script switches before `e`,
 * the end as read having no top-level domain; -1 if no such end gives one. Glued to Japanese
 * words, an address's domain reads on into the next address's local part: in
 * "x@例え.jpで57.211.124.247x@例え.jp" the first domain read "例え.jpで57.211.124.247x", whose
 * last label "247x" is none, and the address went only once a later pass had replaced the IP
 * after it, one address of such a chain a pass: seven of them made redaction throw (it did not
 * settle). The latest switch that leaves a domain wins, as the longest domain did.
 */
function switchedEnd(shadow: string, marks: string | undefined, at: number, e: number): number {
  let tries = 0;
  for (let p = e - 1; p > at + 1 && tries < MAX_SWITCHES; p--) {
    const before = classOf(shadow.charCodeAt(p - 1));
    const after = classOf(shadow.charCodeAt(p));
    if (!(before & after & DOMAIN) || (before & SPACELESS) === (after & SPACELESS)) continue;
    tries++;
    const end = tldEnd(shadow, at, p);
    const host =
      marks === undefined ? shadow.slice(at + 1, end) : visible(shadow, marks, at + 1, end);
    if (isEmailDomain(host)) return end;
  }
  return -1;
}

/** The UPI payment addresses of a context: the email scan's if it read it, else a scan (internal). */
export function upiAddresses(context: RecognizerContext): RecognizerMatch[] {
  if (context !== scanned) scanAddresses(context);
  return scannedUpi;
}

/**
 * Email addresses, internationalised ones included (RFC 6531: Unicode local parts; IDNA domains
 * such as `müller.de` or `ایمیل.ایران`): a local part, `@`, and a domain whose labels are 1–63
 * characters, that the URL host parser accepts (UTS #46 mapping and punycode), with an alphabetic
 * top-level label; and an address written to pass a filter or as it was spoken ("jane(at)example
 * (dot)com", "jane at example dot com", "jan małpa example kropka pl").
 */
export const emailRecognizer = defineRecognizer({
  id: 'email',
  type: 'email',
  placeholder: '[EMAIL]',
  find: scanAddresses,
});
