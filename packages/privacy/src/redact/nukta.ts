// Letters with a nukta that normalisation never composes (T64c, issue #14). Unicode's
// CompositionExclusions.txt lists, among its script-specific exclusions, Devanagari U+0958-U+095F
// (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़), Bengali U+09DC, U+09DD, U+09DF (ড় ঢ় য়), Gurmukhi U+0A33, U+0A36,
// U+0A59-U+0A5B, U+0A5E (ਲ਼ ਸ਼ ਖ਼ ਗ਼ ਜ਼ ਫ਼) and Oriya U+0B5C, U+0B5D (ଡ଼ ଢ଼): each decomposes to its
// letter and the nukta, and NFC leaves it decomposed (unicode.org/Public/UCD/latest/ucd/
// CompositionExclusions.txt, read 2026-12-05; sidero's generated table of it agrees). Keyboards
// and fonts still type the precomposed letter, so both spellings reach redact: "ইনভ\u09dfেস"
// (U+09DF) and "ইনভয\u09bcেস" (as NFC writes it) are one word, "invoice"; "\u095eोन" and "फ़ोन"
// are "phone". A label's list holds one spelling; its readers read both (context.ts folded,
// foldedEnd.ts foldedList).

// The excluded letters; each one's decomposition is read from the platform (NFD).
const EXCLUDED =
  '\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d';
// The nukta of each script: a word without one has no such letter decomposed.
const NUKTA = /[\u093c\u09bc\u0a3c\u0b3c]/;

let byPair: Map<string, string> | undefined;

/**
 * `word` with each letter and nukta that a composition exclusion stands for written as that
 * precomposed letter ("ইনভয\u09bcেস" as "ইনভ\u09dfেস"); `word` itself where it holds none. A
 * label's list reads both spellings through it: NFC never composes them (see the notes above).
 *
 * @param word - A label word as a list holds it.
 * @returns Its precomposed twin, or `word`.
 * @example
 * precomposedTwin('ইনভয়েস') === 'ইনভ\u09dfেস'; // true
 * @since 0.1.0
 */
export function precomposedTwin(word: string): string {
  if (!NUKTA.test(word)) return word;
  if (byPair === undefined) {
    byPair = new Map();
    for (const c of EXCLUDED) byPair.set(c.normalize('NFD'), c);
  }
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const letter = byPair.get(word.slice(k, k + 2));
    if (letter === undefined) out += word.charAt(k);
    else {
      out += letter;
      k++;
    }
  }
  return out;
}
