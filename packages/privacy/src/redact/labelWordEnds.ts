// Where a phone's label word that is the start of longer words ends (V63d, issue #14). The label
// scan reads its words from a word's start (context.ts startsAt) but not to the word's end, so a
// word a label starts read as the label: Greek "τηλ" (tel., the stem of "τηλέφωνο") in
// "τηλεπικοινωνίες" (telecommunications) and "τηλεόραση" (a television), "κινητό" (mobile) in
// "κινητοποίηση" (mobilisation) and "κινητότητα" (mobility), Russian "мобильн" (mobile) in
// "мобильность" (mobility); Persian "همراه" (mobile, as in
// "تلفن همراه") in "همراهی" (company, accompaniment) and "همراهان" (companions); Hindi "कॉल"
// (call) in "कॉलेज" (college), "कॉलोनी" (colony), "कॉलम" (column); and an order's word, Russian
// "заказ" in "заказчик" (a customer: his phone was kept as an order's number). Each word's letters
// after it must be one of its listed endings; a Hindi "कॉल" starts a word too ("प्रोटोकॉल",
// protocol).

/**
 * The letters a label word may have after it (folded: lower case, accents dropped, as the label
 * scan reads a word), per word of keywords.ts PHONE_WORDS (and one of REFERENCE_WORDS): '' (none: "τηλ.", "τηλ:", "همراه"),
 * a whole ending, or a stem's ending with a "-" after it, any letters after that. Any other
 * letters make a longer word that is no label. Greek: "τηλεφ-" (τηλέφωνο, τηλεφώνου,
 * τηλεφωνήστε, τηλεφωνικώς, the abbreviation "τηλεφ."), "τηλεομοιοτυπ-" (τηλεομοιοτυπία, a fax);
 * "κινητού" (of the mobile), "κινητός" (mobile, the adjective); Triantafyllides' dictionary
 * (greek-language.gr, "τηλε-", "κινητός"). Persian: "همراهم" (my mobile), "همراهت", "همراهتان"
 * (yours), "همراهمان" (ours); "همراهی", "همراهان" are company and companions (Dehkhoda, Moein:
 * "همراه"). Hindi "कॉलिंग" (calling), "कॉल्स" (calls). Russian "мобильн-": the adjective
 * "мобильный" in its forms and "мобильник" (a mobile, spoken), not "мобильность" (mobility;
 * Ozhegov's "мобильный", "мобильность"). Russian "заказ" in its cases, singular and
 * plural, and "заказн-" ("заказное", registered mail, whose number is its tracking number); not
 * "заказчик" (a customer), nor the verb ("заказал", I ordered: the number after it is no order's,
 * as English "ordered" names none). Turkish "kargo" (a parcel, the reference word) with any
 * ending ("kargoya", "kargoyu", "kargoda", "kargonun", "kargosu", "kargolar", "kargom", a typed
 * "kargoiniz"; folded, "ç" is "c") but the agent's "-cu", "-çu" ("kargocu", the courier, whose
 * phone a customer gives: easyturkishgrammar.com's "Turkish Suffix -ci", sublearn.com's "kargo":
 * "they are the kargocu"; V64d). Hungarian "számom" (my
 * number), its accusative "számomat" and superessive "számomon" (on my number), not "számomra"
 * (for me, the commonest word it starts: "a számomra érthetetlen"; V64d). Internal (a property
 * test reads it as data).
 *
 * @since 0.1.0
 */
export const LABEL_WORD_ENDS: Readonly<Record<string, readonly string[]>> = {
  τηλ: ['', 'εφ-', 'εομοιοτυπ-'],
  κινητο: ['', 'υ', 'ς', 'σ'],
  همراه: ['', 'م', 'ت', 'تان', 'مان'],
  कॉल: ['', 'िंग', '्स'],
  мобильн: ['', 'ый', 'ая', 'ое', 'ого', 'ому', 'ым', 'ом', 'ые', 'ых', 'ыми', 'ой', 'ую', 'ик-'],
  заказ: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'н-'],
  kargo: ['', ...'abdefghijklmnopqrstuvwxyz'.split('').map((l) => `${l}-`)],
  szamom: ['', 'at', 'on'],
};

// A letter or any combining mark: Devanagari writes its vowels after a consonant as marks
// ("कॉलेज" is "कॉल", "े", "ज"), which context.ts letterAt does not read as a word's.
const WORD_UNIT = /[\p{L}\p{M}]/u;

// Persian "با" (with) as the next word after "همراه": spaces or a ZWNJ, then "با" and no letter.
const ALONG_WITH = /^[ \u200c]+با(?![\p{L}\p{M}])/u;

/**
 * Whether the label word `word` (folded, a key of {@link LABEL_WORD_ENDS}) found at [at, end) of
 * `s` is the start of a longer word no ending of its list makes, or (Hindi) the end of one: no
 * label there. False for any word that is no key. Internal (context.ts besideRead asks it).
 *
 * @param s - The text read (its shadow).
 * @param at - Where the word starts.
 * @param end - Where the word ends.
 * @param word - The word, folded.
 * @returns Whether the word runs on into another.
 * @since 0.1.0
 */
export function runsOn(s: string, at: number, end: number, word: string): boolean {
  // (Its own keys only: "valueOf" is no label word.)
  const ends = Object.hasOwn(LABEL_WORD_ENDS, word) ? LABEL_WORD_ENDS[word] : undefined;
  if (ends === undefined) return false;
  if (at > 0 && WORD_UNIT.test(s.charAt(at - 1))) {
    // Russian "заказ" glued after a part ("спецзаказ") is read by its own endings there
    // (keywords.ts GLUED_REFERENCE_ENDINGS, REFERENCE_WORD_PREFIXES).
    if (word === 'заказ') return false;
    if (word === 'कॉल') return true;
  }
  let to = end;
  while (to < s.length && WORD_UNIT.test(s.charAt(to))) to++;
  // Persian "همراه با" (along with: "همراه با 2 عدد") is the word alone, no mobile (V64d).
  // (A letter glued after it fails the pattern: "همراهم با" is read by its endings.)
  if (word === 'همراه' && ALONG_WITH.test(s.slice(end, end + 8))) return true;
  const rest = folded(s.slice(end, to));
  for (const e of ends)
    if (e.endsWith('-') ? rest.startsWith(folded(e.slice(0, -1))) : rest === folded(e))
      return false;
  return true;
}

/**
 * `s` folded a unit at a time as the label scan folds a word (context.ts lowerCodeAt): a letter's
 * accent dropped ("ώ" as "ω", "й" as "и"), lower case; the marks typed apart that the fold drops
 * (Greek's, Arabic's) dropped, Devanagari's vowel signs kept.
 */
function folded(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i).normalize('NFD').charAt(0).toLowerCase();
    if (c >= '\u0900' || !/\p{Mn}/u.test(c)) out += c;
  }
  return out;
}
