// Decimal digits outside the Basic Multilingual Plane: the Mathematical bold, double-struck,
// sans-serif and monospace digits U+1D7CE-1D7FF (the "fancy text" fonts pasted from social media
// to slip a number past a filter), the segmented digits U+1FBF0-1FBF9, and the digits of living
// and historic scripts (Adlam, Osmanya, Brahmi, Chakma, Wancho…). Each is two UTF-16 units, so the
// shadow (digits.ts), one unit for one, cannot read it as a digit: redact reads such a text
// through a copy with each of them as its ASCII digit, and maps what it finds back. The letters of
// the same fonts (U+1D400-1D7FF: "𝐣𝐚𝐧@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦", "𝐃𝐍𝐈 𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝐙", Greek too) are folded in that
// copy as well, each to the one BMP unit its NFKC is, so a value or a label word written in them
// reads as in ASCII. So are the generators' other alphabets, each one ASCII unit in NFKC: the
// circled letters "ⓙⓐⓝ" (U+24B6-24E9), the squared capitals "🄳🄴" (U+1F130-1F149), the circled
// digits ①-⑨, ⓪ where they stand beside another or glued to an ASCII digit ("④111 1111…"), and
// the superscript and subscript digits "⁴¹¹¹", "₀₇₉" where two or more stand together. A circled
// digit alone is a list's marker ("① 090-1234-5678 ② 注文番号 12345678") and stays as written,
// apart from the value after it; one glued before a number ("①090-1234-5678", "①⓪⑨⓪…") may be
// either, and redact asks its recognizers which (see `starts`). A superscript alone is an exponent
// or a footnote ("10²", "m²", "20 €¹", "4711²"): it stays as written and joins no number.

/**
 * The first code point of every run of ten decimal digits (\p{Nd}) past the BMP, as of Unicode 16.
 * A test checks this list against the platform's \p{Nd}.
 *
 * @since 0.1.0
 */
export const ASTRAL_DIGIT_ZEROS: readonly number[] = [
  0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
  0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0,
  0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
  0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/**
 * Whether a text holds a digit of {@link ASTRAL_DIGIT_ZEROS}, a Mathematical Alphanumeric symbol
 * of U+1D400-1D7FF whose NFKC is one BMP unit (every assigned one: the holes of the block are
 * left out), a squared capital 🄰-🅉 (U+1F130-1F149), a circled letter Ⓐ-ⓩ (U+24B6-24E9), a
 * circled digit ①-⑨, ⓪ beside another or beside an ASCII digit, or two superscript or subscript
 * digits (⁰¹²³⁴-⁹, ₀-₉) side by side: the pairs of UTF-16 units by their high surrogate, the
 * others by their unit (tests hold this to the list and to NFKC). Without the `u` flag, an
 * alternation: a class of code points (`u`) read an emoji chat or a Polish text up to twice as
 * slowly, a class of their high surrogates alone passed every emoji of U+1F900-1F9FF ("🤣", "🥰").
 */
export const ASTRAL_FOLDED =
  /[\u24b6-\u24e9]|[\u2460-\u2468\u24ea][0-9\u2460-\u2468\u24ea]|[0-9][\u2460-\u2468\u24ea]|[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089][\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089]|\ud801[\udca0-\udca9]|\ud803[\udd30-\udd39\udd40-\udd49]|\ud804[\udc66-\udc6f\udcf0-\udcf9\udd36-\udd3f\uddd0-\uddd9\udef0-\udef9]|\ud805[\udc50-\udc59\udcd0-\udcd9\ude50-\ude59\udec0-\udec9\uded0-\udee3\udf30-\udf39]|\ud806[\udce0-\udce9\udd50-\udd59\udff0-\udff9]|\ud807[\udc50-\udc59\udd50-\udd59\udda0-\udda9\udde0-\udde9\udf50-\udf59]|\ud818[\udd30-\udd39]|\ud81a[\ude60-\ude69\udec0-\udec9\udf50-\udf59]|\ud81b[\udd70-\udd79]|\ud833[\udcf0-\udcf9]|\ud835[\udc00-\udc54\udc56-\udc9c\udc9e-\udc9f\udca2\udca5-\udca6\udca9-\udcac\udcae-\udcb9\udcbb\udcbd-\udcc3\udcc5-\udd05\udd07-\udd0a\udd0d-\udd14\udd16-\udd1c\udd1e-\udd39\udd3b-\udd3e\udd40-\udd44\udd46\udd4a-\udd50\udd52-\udea5\udea8-\udfcb\udfce-\udfff]|\ud838[\udd40-\udd49\udef0-\udef9]|\ud839[\udcf0-\udcf9\uddf1-\uddfa]|\ud83a[\udd50-\udd59]|\ud83c[\udd30-\udd49]|\ud83e[\udff0-\udff9]/;

/** A text read with its astral digits and letters folded: the copy, and where each unit starts. */
export type AstralFold = {
  /**
   * The text, each digit past the BMP (two units) as its ASCII digit (one), each Mathematical
   * letter or squared capital (two) as its NFKC (one), each circled letter, each circled digit
   * beside another or beside an ASCII digit, and each superscript or subscript digit beside
   * another (one) as its ASCII one.
   */
  readonly text: string;
  /**
   * For each unit of `text`, the offset in the original text where it starts; one entry more,
   * the original's length, for an offset at the copy's end. A span of the copy [s, e) is the
   * original's [at[s], at[e]): never half a surrogate pair.
   */
  readonly at: Int32Array;
  /**
   * The offsets, in the original text, of the circled digits folded with no digit before them and
   * one after them ("①090-1234-5678", "①⓪⑨⓪…", "④111 1111…"): each is a number's first digit or a
   * list's marker glued to the number, which the text alone cannot tell (redact asks its
   * recognizers). In order; empty in most folds.
   */
  readonly starts: readonly number[];
};

// The unit each folded pair reads as, by code point, made on the first text that holds one.
let values: Map<number, number> | undefined;

// The Mathematical Alphanumeric Symbols: the block of the "fancy text" fonts' letters and digits.
const MATH_FIRST = 0x1d400;
const MATH_LAST = 0x1d7ff;
// The squared capitals 🄰-🅉: one ASCII letter each in NFKC.
const SQUARED_FIRST = 0x1f130;
const SQUARED_LAST = 0x1f149;

function foldedUnits(): Map<number, number> {
  const m = new Map<number, number>();
  for (const zero of ASTRAL_DIGIT_ZEROS) for (let d = 0; d < 10; d++) m.set(zero + d, 0x30 + d);
  for (let c = MATH_FIRST; c <= MATH_LAST; c++) {
    const pair = String.fromCodePoint(c);
    // Stable since Unicode 3.1 (NFKC never changes for an assigned code point): one BMP letter.
    const nfkc = pair.normalize('NFKC');
    if (ASTRAL_FOLDED.test(pair) && nfkc.length === 1) m.set(c, nfkc.charCodeAt(0));
  }
  for (let c = SQUARED_FIRST; c <= SQUARED_LAST; c++)
    m.set(c, String.fromCodePoint(c).normalize('NFKC').charCodeAt(0));
  return m;
}

// The BMP units a copy folds, one for one: the superscript digits ¹²³ of Latin-1 and ⁰⁴-⁹ and the
// subscript digits ₀-₉ (U+2070-2089; its "ⁱ", "ⁿ" and signs are not digits: 0); the Letterlike
// Symbols the fonts take for the holes of their alphabets (script "ℯ", "ℬ", double-struck "ℤ",
// "ℕ", fraktur "ℭ", italic "ℎ"…), each that is one ASCII letter in NFKC, so "𝔻ℕ𝕀 𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠ℤ" is
// one font throughout; and the circled letters Ⓐ-ⓩ and digits ①-⑨, ⓪ of Enclosed Alphanumerics,
// one ASCII letter or digit each. Between them (U+208A-20FF, U+2150-245F: currency signs, Roman
// numerals, arrows, operators), in Latin-1 (the ordinals "ª", "º") and in the rest of the block
// (⑩ "10", ⑴ "(1)", ⒈ "1.", ⒜ "(a)", ⓫ and ⓵ none) nothing folds: 0.
const BMP_FIRST = 0xb2;
const BMP_LAST = 0x24ea;
const LATIN1_LAST = 0xff;
const SCRIPT_FIRST = 0x2070;
const SCRIPT_LAST = 0x2089;
const LETTERLIKE_FIRST = 0x2100;
const LETTERLIKE_LAST = 0x214f;
const ENCLOSED_FIRST = 0x2460;
let bmp: Uint8Array | undefined;

function bmpUnits(): Uint8Array {
  const a = new Uint8Array(BMP_LAST - BMP_FIRST + 1);
  for (let c = BMP_FIRST; c <= BMP_LAST; c++) {
    const script = c <= LATIN1_LAST || (c >= SCRIPT_FIRST && c <= SCRIPT_LAST);
    const letterlike = c >= LETTERLIKE_FIRST && c <= LETTERLIKE_LAST;
    if (!script && !letterlike && c < ENCLOSED_FIRST) continue;
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    const digit = /^[0-9]$/.test(nfkc);
    if ((digit && !letterlike) || (/^[A-Za-z]$/.test(nfkc) && !script))
      a[c - BMP_FIRST] = nfkc.charCodeAt(0);
  }
  return a;
}

/** Whether the unit `c` (NaN past either end) is a circled digit ①-⑨, ⓪. */
function circledDigit(c: number, b: Uint8Array): boolean {
  const u = c >= ENCLOSED_FIRST ? b[c - BMP_FIRST] : undefined;
  return u !== undefined && u >= 0x30 && u <= 0x39;
}

/** Whether the unit `c` (NaN past either end) is a superscript or subscript digit. */
function scriptDigit(c: number, b: Uint8Array): boolean {
  const u = c >= BMP_FIRST && c <= SCRIPT_LAST ? (b[c - BMP_FIRST] as number) : 0;
  return u !== 0;
}

/** Whether the unit `c` (NaN past either end) is an ASCII digit or a circled one. */
function digitOrCircled(c: number, b: Uint8Array): boolean {
  return (c >= 0x30 && c <= 0x39) || circledDigit(c, b);
}

// The superscript and subscript plus signs (NFKC "+"): the table folds no sign (bmpUnits).
const SUPER_PLUS = 0x207a;
const SUB_PLUS = 0x208a;

/**
 * Whether the superscript or subscript "+" at `i` of `text` stands before a run of its digits the
 * fold reads (two or more together: "⁺⁴⁸ ⁶⁰¹ ²³⁴ ⁵⁶⁷" is NFKC's "+48 601 234 567", a number with
 * its country's code, whose "⁺" stayed before "[PHONE]", T54a): it reads as "+" there. Anywhere
 * else it is a charge or an exponent's sign ("Ca²⁺", "10⁺³") and stays as written.
 */
function signsRun(text: string, i: number, b: Uint8Array): boolean {
  return scriptDigit(text.charCodeAt(i + 1), b) && scriptDigit(text.charCodeAt(i + 2), b);
}

/**
 * Whether the circled, superscript or subscript digit `c` at `i` of `text` reads as its digit.
 * A superscript or subscript does beside another one ("⁴¹¹¹"); alone it is an exponent or a
 * footnote ("10²", "m²", "4711²") and joins no number. A circled digit does beside another or
 * beside an ASCII digit; alone it is a list's marker. One with no digit before it and one after
 * it (nor a digit and "-", "." or "/" before it) is a number's first digit or a marker glued to
 * the number: it reads as its digit unless its offset is `kept`, and its offset goes to `starts`.
 */
function foldsDigit(
  text: string,
  i: number,
  c: number,
  b: Uint8Array,
  kept: ReadonlySet<number> | undefined,
  starts: number[],
): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (c < ENCLOSED_FIRST) return scriptDigit(before, b) || scriptDigit(after, b);
  if (digitOrCircled(before, b)) return true;
  if (!digitOrCircled(after, b)) return false;
  // After a digit and "-", "." or "/", inside a number ("①⑧⓪-⑦⑧⑨⑨⑤⑧③-…"): no marker stands there
  // (asked, the rest of an order number after one read as a card).
  if (before >= 0x2d && before <= 0x2f && digitOrCircled(text.charCodeAt(i - 2), b)) return true;
  if (kept?.has(i) === true) return false;
  starts.push(i);
  return true;
}

/**
 * `text` with every decimal digit past the BMP as its ASCII digit, every Mathematical letter
 * (U+1D400-1D7FF) and squared capital (U+1F130-1F149) as its NFKC, one BMP unit, each circled
 * letter as its ASCII letter, each circled digit that has another or an ASCII digit beside it as
 * its ASCII digit (one alone is a list's marker: kept), each superscript or subscript digit that
 * has another beside it as its ASCII digit (one alone is an exponent or a footnote: kept), and
 * each Letterlike Symbol that is one ASCII letter in NFKC (the fonts' "ℯ", "ℤ"…) as that letter;
 * and the offsets that map the copy back (see {@link AstralFold}). Other pairs (emoji) and lone
 * surrogates are kept as they are. Linear in the text's length.
 *
 * @param text - Any text.
 * @param kept - Offsets of circled digits to keep as written (list markers), among the `starts`
 *   of a fold without them. Default: none.
 * @returns The copy, its offsets into `text`, and the circled digits that may be markers.
 * @example
 * foldAstral('card ④111 ⁴¹¹¹').text; // 'card 4111 4111'
 * foldAstral('①090', new Set([0])).text; // '①090'
 * @since 0.1.0
 */
export function foldAstral(text: string, kept?: ReadonlySet<number>): AstralFold {
  values ??= foldedUnits();
  bmp ??= bmpUnits();
  const v = values;
  const b = bmp;
  const n = text.length;
  const codes = new Uint16Array(n);
  const at = new Int32Array(n + 1);
  const starts: number[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    at[j] = i;
    // A high surrogate of a folded block (U+D801-D83E) and its low one: one unit.
    const u = c >= 0xd801 && c <= 0xd83e ? v.get(text.codePointAt(i) as number) : undefined;
    if (u === undefined) {
      let f = c >= BMP_FIRST && c <= BMP_LAST ? (b[c - BMP_FIRST] as number) : 0;
      if (f !== 0 && f <= 0x39 && !foldsDigit(text, i, c, b, kept, starts)) f = 0;
      else if (f === 0 && (c === SUPER_PLUS || c === SUB_PLUS) && signsRun(text, i, b)) f = 0x2b;
      codes[j++] = f || c;
    } else {
      codes[j++] = u;
      i++;
    }
  }
  at[j] = n;
  const parts: string[] = [];
  // By chunks: a spread of a whole long text's units would pass the engine's argument limit.
  for (let k = 0; k < j; k += 8192)
    parts.push(String.fromCharCode(...codes.subarray(k, Math.min(j, k + 8192))));
  return { text: parts.join(''), at: at.subarray(0, j + 1), starts };
}

// Where a unit the fold takes may start: a superscript or subscript digit, a circled letter or
// digit, a high surrogate of a folded block but the emoji's (U+D83D, and U+D83C and U+D83E but
// for their squared capitals and segmented digits, read here in full). ASTRAL_FOLDED alone with
// the circled ranges in it read a text without one 0.4% more expensively (instructions on the
// corpus; its first units, 62 of them beside ASCII letters' codes mod 128, no longer let the
// engine skip ahead): this class passes ASCII at once, and ASTRAL_FOLDED then reads the unit
// before each it finds and the two from it (a match there is one in the text: a circled digit
// needs a digit beside it, a superscript another; one before it was found first).
// Latin-1's superscripts ("¹²³") are not in it: with a unit under U+0100 in the class, the engine
// can no longer answer at once that a one-byte string (most English and Western turns) holds none,
// and plain English turns cost 1.10-1.12x (T53a, bench/tools/ab.ts); they are looked for with
// indexOf, and by redact only in a text that may hold data (latin1FoldOf).
const FOLD_START =
  /[\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24b6-\u24ea\ud801-\ud835\ud838-\ud83a]|\ud83c[\udd30-\udd49]|\ud83e[\udff0-\udff9]/g;
const LATIN1_SCRIPT = /[\u00b2\u00b3\u00b9]/g;
/** @internal The lowest unit FOLD_START holds ("⁰", U+2070): a text below it starts no fold. */
export const FOLD_START_LOW = 0x2070;
/** @internal The lowest unit LATIN1_SCRIPT holds ("²", U+00B2). */
export const LATIN1_FOLD_LOW = 0xb2;

/**
 * The source of the class of units where a fold may start (see the notes above; internal: redact
 * joins it with the searches a plain turn answers, redact.ts PLAIN_TURN).
 */
export const FOLD_START_SOURCE = FOLD_START.source;

/** Whether a unit `start` finds in `text` begins (or follows) a match of ASTRAL_FOLDED. */
function foldsAt(start: RegExp, text: string): boolean {
  start.lastIndex = 0;
  for (let m = start.exec(text); m !== null; m = start.exec(text))
    if (ASTRAL_FOLDED.test(text.slice(m.index === 0 ? 0 : m.index - 1, m.index + 2))) return true;
  return false;
}

/**
 * {@link foldAstral} of `text` where it holds a unit or pair the fold takes
 * ({@link ASTRAL_FOLDED}), else undefined: the text is read as it is. The one test both redact and
 * the token map's value key make before folding.
 *
 * @param text - Any text.
 * @returns The fold, no unit kept, or undefined where it would change nothing.
 * @example
 * astralFoldOf('m² 10²'); // undefined
 * astralFoldOf('tel ⁰⁷⁹¹¹')?.text; // 'tel 07911'
 * @since 0.1.0
 */
export function astralFoldOf(text: string): AstralFold | undefined {
  return wideFoldOf(text) ?? latin1FoldOf(text);
}

/**
 * {@link astralFoldOf} for every unit the fold takes but Latin-1's superscripts "¹²³": a one-byte
 * text is answered at once. redact asks {@link latin1FoldOf} only of a text that may hold data.
 *
 * @param text - Any text.
 * @returns The fold, or undefined where no unit past U+00FF would change.
 * @example
 * wideFoldOf('tel ¹²³ ¹²³'); // undefined
 * wideFoldOf('𝟏𝟐')?.text; // '12'
 * @since 0.1.0
 */
export function wideFoldOf(text: string): AstralFold | undefined {
  // A text with none of its units is answered here (~1,100 texts a pass of redact 1, all of
  // them), small enough for redact to inline: foldsAt, called out of line for each, ticked cold
  // and compiled alone in the measured pass (V62e). One that holds one is searched again there.
  FOLD_START.lastIndex = 0;
  return FOLD_START.test(text) && foldsAt(FOLD_START, text) ? foldAstral(text) : undefined;
}

/**
 * {@link astralFoldOf} where the text holds a fold's unit under U+0100 (Latin-1's superscripts
 * "¹²³" beside another), found with indexOf; three such searches on every plain turn cost plain
 * English turns 1.12x (bench/tools/ab.ts), so redact makes them only where MAY_HOLD_DATA passes.
 *
 * @param text - Any text.
 * @returns The fold, or undefined.
 * @example
 * latin1FoldOf('tel ¹²³ ¹²³')?.text; // 'tel 123 123'
 * @since 0.1.0
 */
export function latin1FoldOf(text: string): AstralFold | undefined {
  const latin1 =
    text.indexOf('\u00b2') !== -1 || text.indexOf('\u00b3') !== -1 || text.indexOf('\u00b9') !== -1;
  return latin1 && foldsAt(LATIN1_SCRIPT, text) ? foldAstral(text) : undefined;
}
