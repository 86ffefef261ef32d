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
  // With the letters and marks whose Script is Common or Inherited and whose Script_Extensions
  // are exactly Hiragana and Katakana (Unicode's ScriptExtensions.txt, 17.0.0, rows "Hira Kana":
  // https://www.unicode.org/Public/17.0.0/ucd/ScriptExtensions.txt, asOf 2026-12-05): the
  // prolonged sound mark ー and its halfwidth ｰ, the halfwidth (semi-)voiced sound marks ﾞ ﾟ and
  // the combining ones, the vertical kana repeat marks 〱-〵. In "ﾃﾞｰﾀ" and "ラーメン" they are
  // the word's own letters, not a script switch. As one, "ﾞｰ" made a Shift-JIS reading as Thaana's U+07B0
  // cheaper (T57a), and "毽ー琳" (Han, ー, Han: two switches, 6) read through GBK as "릩`琳" (2).
  kana: /^[\p{Script=Hiragana}\p{Script=Katakana}\u3031-\u3035\u3099\u309a\u30fc\uff70\uff9e\uff9f]$/u,
  hangul: /^\p{Script=Hangul}$/u,
  thai: /^\p{Script=Thai}$/u,
  devanagari: /^\p{Script=Devanagari}$/u,
  indic:
    /^[\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]$/u,
  georgian: /^\p{Script=Georgian}$/u,
  /** Arabic-script letters (Persian and Arabic words are runs of these, ZWNJ and marks). */
  arabicWordChar: /^[\p{Script=Arabic}\u200c]$/u,
} as const;
