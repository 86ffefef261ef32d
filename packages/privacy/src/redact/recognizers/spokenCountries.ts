// The languages a country's customers say numbers in beside its locale's own (T59c, issue #14):
// T56c's audit found a Moroccan call said in French ("zéro six, douze, trente-quatre…") kept under
// "ar-MA", read under "fr-MA". A desk in Morocco, Algeria, Tunisia or Mauritania answers in Arabic
// and French: French is those states' language of administration and commerce, though official
// in none ("French language in the Maghreb", hawaiilibrary.net/articles/eng/Maghreb_French, the
// encyclopedia's article: "French serves as Morocco's primary language of commerce and
// economics"; onlyfrenchtranslation.com/languages/maghreb-french); about 40% of Lebanon is
// francophone and a law says where its government uses French (Wikipedia, "French language in
// Lebanon", as quoted by sparkthread.net). Each reads the other's words there: French under
// "ar-MA", Arabic under "fr-MA". Only these: every language read in every locale would make
// everyday words digits ("six", "neuf", "نه").

/**
 * A country's languages of the desk, and where that is stated.
 *
 * @since 0.1.0
 */
export type DeskLanguages = {
  readonly languages: readonly string[];
  readonly source: string;
  readonly asOf: string;
};

const MAGHREB: DeskLanguages = {
  languages: ['ar', 'fr'],
  source: 'https://www.hawaiilibrary.net/articles/eng/Maghreb_French',
  asOf: '2026-12-05',
};

/**
 * The languages, beside a locale's own, that the spoken recognizers read in a country, by ISO
 * 3166-1 code.
 *
 * @since 0.1.0
 */
export const SPOKEN_COUNTRY_LANGUAGES: Readonly<Record<string, DeskLanguages>> = {
  MA: MAGHREB,
  DZ: MAGHREB,
  TN: MAGHREB,
  MR: MAGHREB,
  LB: {
    languages: ['ar', 'fr'],
    source: 'https://sparkthread.net/en/French%20language%20in%20Lebanon',
    asOf: '2026-12-05',
  },
};

/**
 * The languages the spoken recognizers read for `lang` (a locale's language subtag) in `country`:
 * `lang` first, then the country's others ({@link SPOKEN_COUNTRY_LANGUAGES}).
 *
 * @since 0.1.0
 */
export function spokenLanguages(lang: string, country: string | undefined): readonly string[] {
  // Own keys only: a country read from a caller's value must not find the object's prototype.
  if (country === undefined || !Object.hasOwn(SPOKEN_COUNTRY_LANGUAGES, country)) return [lang];
  const desk = SPOKEN_COUNTRY_LANGUAGES[country] as DeskLanguages;
  return [lang, ...desk.languages.filter((l) => l !== lang)];
}
