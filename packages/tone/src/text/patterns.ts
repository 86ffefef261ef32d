// Every regular expression of the text-hygiene code lives here, so that one test can run a ReDoS
// checker (recheck) over all of them. Each one matches a single character or a fixed, bounded
// shape: none can backtrack.

/** Unicode general categories, one character at a time. */
export const PATTERNS = {
  upper: /^\p{Lu}$/u,
  lower: /^\p{Ll}$/u,
  letter: /^\p{L}$/u,
  mark: /^\p{M}$/u,
  digit: /^\p{Nd}$/u,
  number: /^\p{N}$/u,
  space: /^\p{Zs}$/u,
  punct: /^\p{P}$/u,
  symbol: /^\p{S}$/u,
  control: /^\p{Cc}$/u,
  format: /^\p{Cf}$/u,
  unassigned: /^\p{Cn}$/u,
  privateUse: /^\p{Co}$/u,
  latin: /^\p{Script=Latin}$/u,
  greek: /^\p{Script=Greek}$/u,
  cyrillic: /^\p{Script=Cyrillic}$/u,
  armenian: /^\p{Script=Armenian}$/u,
  hebrew: /^\p{Script=Hebrew}$/u,
  arabic: /^\p{Script=Arabic}$/u,
  han: /^\p{Script=Han}$/u,
  // With the halfwidth prolonged sound mark and (semi-)voiced sound marks (ｰ ﾞ ﾟ, Script=Common,
  // Script_Extensions Hiragana and Katakana): in "ﾃﾞｰﾀ" they are the word's own letters, not a
  // script switch that made a Shift-JIS reading of "ﾞｰ" as Thaana's U+07B0 cheaper (T57a).
  kana: /^[\p{Script=Hiragana}\p{Script=Katakana}\uff70\uff9e\uff9f]$/u,
  hangul: /^\p{Script=Hangul}$/u,
  thai: /^\p{Script=Thai}$/u,
  devanagari: /^\p{Script=Devanagari}$/u,
  indic:
    /^[\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]$/u,
  georgian: /^\p{Script=Georgian}$/u,
  /** Arabic-script letters (Persian and Arabic words are runs of these, ZWNJ and marks). */
  arabicWordChar: /^[\p{Script=Arabic}\u200c]$/u,
} as const;

/**
 * A character that cannot stand in a short CJK field (cjkField.ts): a control, or past ASCII
 * anything but Hangul jamo, CJK and its punctuation, kana, Hangul syllables, compatibility
 * ideographs and half and full widths (UTF-16 units: a surrogate half is not CJK here). One
 * character, no quantifier: it cannot backtrack, and its scan runs as native code where a loop
 * over the field ran in the interpreter for every short text the engine read (T63f).
 */
export const NOT_CJK_FIELD =
  /[^\x20-\x7e\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff9f]/;
