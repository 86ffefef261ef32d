// Turkish writes "my" onto the noun, not before it (V63d, issue #14): "Kargom 0501 234 56 78" (my
// parcel) is a customer's sentence as "Mein Paket 0151 23456789" is, and the trunk-led phone after
// it no parcel's number (sentenceLine.ts; "Kargo 0501 …" stays a label). The possessive suffixes
// of the first person (iyelik ekleri: "-m, -ım, -im, -um, -üm" my, "-mız, -ımız, …" our:
// turkcenindirilisi.com "İyelik Ekleri", kompozisyonornekleri.net 2014/03 "İyelik Ekleri") and the
// case suffixes that may follow them (hâl ekleri: "Kitabımı", "Abi-m-e": z-turkce.com 2020/07
// "İyelik Ekleri"), folded ("ı" as "i", "ü" as "u"), applied to the few Turkish reference stems.

/**
 * The Turkish reference words (keywords.ts REFERENCE_WORDS) a first person's possessive is read on,
 * folded: none softens its last consonant before a vowel ("paketim", "siparişim"). Internal (the
 * phone oracle reads it as data).
 *
 * @since 0.1.0
 */
export const OWNED_STEMS: readonly string[] = ['siparis', 'kargo', 'paket', 'fatura'];

/**
 * The first person's possessive suffixes, folded: "-m" after a vowel ("kargom"), "-ım/-im/-um/-üm"
 * after a consonant ("siparişim"), and the plural's ("kargomuz", "siparişimiz"). Internal.
 *
 * @since 0.1.0
 */
export const POSSESSIVE_SUFFIXES: readonly string[] = [
  'm',
  'im',
  'um',
  'miz',
  'muz',
  'imiz',
  'umuz',
];

/**
 * The case suffixes read after a possessive, folded: none, the accusative ("-ı/-i/-u/-ü"), dative
 * ("-a/-e"), locative ("-da/-de"), ablative ("-dan/-den"), genitive ("-ın/-in/-un/-ün") and
 * instrumental ("-la/-le"). Internal.
 *
 * @since 0.1.0
 */
export const CASE_SUFFIXES: readonly string[] = [
  '',
  'i',
  'u',
  'a',
  'e',
  'da',
  'de',
  'dan',
  'den',
  'in',
  'un',
  'la',
  'le',
];

// Every possessive with every case after it: a word's rest after its stem is looked up once.
const ENDINGS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  POSSESSIVE_SUFFIXES.flatMap((p) => CASE_SUFFIXES.map((c) => p + c)),
);

/**
 * Whether the folded word `word` is a Turkish reference stem ({@link OWNED_STEMS}) with a first
 * person's possessive and a case suffix after it ("kargom", "siparişimiz", "paketimi"): the noun
 * is the customer's, a sentence's, as "my parcel" is. Internal (sentenceLine.ts reads it).
 *
 * @param word - A word, folded (prepositions.ts wordFrom).
 * @returns Whether it is a stem owned by "my" or "our".
 * @since 0.1.0
 */
export function ownedNoun(word: string): boolean {
  for (const stem of OWNED_STEMS)
    if (word.length > stem.length && word.startsWith(stem) && ENDINGS.has(word.slice(stem.length)))
      return true;
  return false;
}
