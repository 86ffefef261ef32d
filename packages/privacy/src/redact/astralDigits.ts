// Decimal digits outside the Basic Multilingual Plane: the Mathematical bold, double-struck,
// sans-serif and monospace digits U+1D7CE-1D7FF (the "fancy text" fonts pasted from social media
// to slip a number past a filter), the segmented digits U+1FBF0-1FBF9, and the digits of living
// and historic scripts (Adlam, Osmanya, Brahmi, Chakma, Wancho…). Each is two UTF-16 units, so the
// shadow (digits.ts), one unit for one, cannot read it as a digit: redact reads such a text
// through a copy with each of them as its ASCII digit, and maps what it finds back.

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
 * Whether a text holds a digit of {@link ASTRAL_DIGIT_ZEROS}: the pairs of UTF-16 units, by their
 * high surrogate (a test holds the two to one another). Without the `u` flag, an alternation: a
 * class of code points (`u`) read an emoji chat or a Polish text up to twice as slowly, a class of
 * their high surrogates alone passed every emoji of U+1F900-1F9FF ("🤣", "🥰").
 */
export const ASTRAL_DIGIT =
  /\ud801[\udca0-\udca9]|\ud803[\udd30-\udd39\udd40-\udd49]|\ud804[\udc66-\udc6f\udcf0-\udcf9\udd36-\udd3f\uddd0-\uddd9\udef0-\udef9]|\ud805[\udc50-\udc59\udcd0-\udcd9\ude50-\ude59\udec0-\udec9\uded0-\udee3\udf30-\udf39]|\ud806[\udce0-\udce9\udd50-\udd59\udff0-\udff9]|\ud807[\udc50-\udc59\udd50-\udd59\udda0-\udda9\udde0-\udde9\udf50-\udf59]|\ud818[\udd30-\udd39]|\ud81a[\ude60-\ude69\udec0-\udec9\udf50-\udf59]|\ud81b[\udd70-\udd79]|\ud833[\udcf0-\udcf9]|\ud835[\udfce-\udfff]|\ud838[\udd40-\udd49\udef0-\udef9]|\ud839[\udcf0-\udcf9\uddf1-\uddfa]|\ud83a[\udd50-\udd59]|\ud83e[\udff0-\udff9]/;

/** A text read with its astral digits folded: the copy, and where each of its units starts. */
export type AstralFold = {
  /** The text, each digit past the BMP (two units) as its ASCII digit (one). */
  readonly text: string;
  /**
   * For each unit of `text`, the offset in the original text where it starts; one entry more,
   * the original's length, for an offset at the copy's end. A span of the copy [s, e) is the
   * original's [at[s], at[e]): never half a surrogate pair.
   */
  readonly at: Int32Array;
};

// Each astral digit's value by code point, made on the first text that holds one.
let values: Map<number, number> | undefined;

function digitValues(): Map<number, number> {
  const m = new Map<number, number>();
  for (const zero of ASTRAL_DIGIT_ZEROS) for (let d = 0; d < 10; d++) m.set(zero + d, d);
  return m;
}

/**
 * `text` with every decimal digit past the BMP as its ASCII digit, and the offsets that map the
 * copy back (see {@link AstralFold}). Other pairs (emoji, Mathematical letters) and lone
 * surrogates are kept as they are. Linear in the text's length.
 *
 * @since 0.1.0
 */
export function foldAstralDigits(text: string): AstralFold {
  values ??= digitValues();
  const v = values;
  const n = text.length;
  const codes = new Uint16Array(n);
  const at = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    at[j] = i;
    // A high surrogate of a digit's block (U+D801-D83E) and its low one: one digit.
    const d = c >= 0xd801 && c <= 0xd83e ? v.get(text.codePointAt(i) as number) : undefined;
    if (d === undefined) codes[j++] = c;
    else {
      codes[j++] = 0x30 + d;
      i++;
    }
  }
  at[j] = n;
  const parts: string[] = [];
  // By chunks: a spread of a whole long text's units would pass the engine's argument limit.
  for (let k = 0; k < j; k += 8192)
    parts.push(String.fromCharCode(...codes.subarray(k, Math.min(j, k + 8192))));
  return { text: parts.join(''), at: at.subarray(0, j + 1) };
}
