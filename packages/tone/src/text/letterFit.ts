// Two pages can read the same mojibake as two valid texts: ISO-8859-2's "Ăź" is "ü", Windows-1250's
// is "ß"; ISO-8859-7's "ΓΆ" is "ö", Windows-1253's "â"; Windows-1257's "Ä¨" is "č", Windows-1252's
// "Ĩ". The cost model cannot tell them apart (each is a letter where a letter belongs), nor can the
// votes (every other run of the message reads alike through both pages), and the more common page
// won such a tie whichever page the text went through. What still tells them apart is the
// language: a Turkish message has "ş", "ı" and "ç" beside the disputed "ö" or "â", and Turkish
// writes "ö"; a Latvian one whose every run is disputed reads "ī ū" through one page, a language,
// and "č ō" through the other, none.

/**
 * The letters beyond ASCII that each language writes (lowercase; letterFit.test.ts holds the
 * readable lists), one language after the other, a space between: cs, sk, pl, hu, hr (and sl), ro,
 * tr (its rare loan letters â î û left out), de, fr, es, pt, it, fi (and sv), da (and no), is, et,
 * lv, lt, mi. Each letter is written as the one character {@link slot} gives it: the table is ASCII, a
 * third of what its letters cost as escapes in the bundle.
 *
 * Source: the main exemplar characters of Unicode CLDR (unicode-org/cldr-json,
 * cldr-misc-full/main/LANG/characters.json; it, ro and da checked against it on 2026-12-02), with
 * a few of CLDR's auxiliary letters that customers write (it í î ó ú; da and no é), Romanian's
 * ş ţ with a cedilla (CLDR's auxiliary forms: ISO-8859-2 and Windows-1250 have no comma-below
 * letters, so mojibake can only restore these), and without Turkish â î û (loan letters). It
 * decides ties only: a letter missing here costs a tie, never a repair.
 *
 * Māori (mi, since T63g): CLDR's exemplars "[a ā e ē h i ī k m n {ng} o ō p r t u ū w {wh}]", as ICU
 * ships them (unicode-org/icu, icu4c/source/data/locales/mi.txt; read 2026-12-05). Its vowels with
 * a macron are Latvian's but "ō": without it "Ōtautahi" through Windows-1252 ("ÅŒtautahi") went to
 * ISO-8859-15's Polish "żtautahi", and "Taupō" through 1250 ("TaupĹŤ") to ISO-8859-2's "Taupū".
 */
export const LANGUAGES =
  '#HI+O/f5nrt<y?\x81 #&HI+/_af56lrt<?\x81 DENcd5o\x7f\x80 #+/58j<>z HEJr\x81 C$0qs )QZ8q> &8>! "$()+*,-016k;=>A #+/35<> #$%")+,/567< "*+./045;< \'&8r\x81 (:\'+ #(2+/58<?@ &87>r\x81 BHKSW]`erw\x81 DHNMYr{w\x81 BKWhw'.split(
    ' ',
  );

/**
 * One character per lowercase letter from ß to ſ: ß–ÿ are "!"–"A", and each pair of U+0100–U+017F
 * (a capital and its small letter, or the reverse) is one character from "B" on.
 */
export const slot = (cp: number): string =>
  String.fromCharCode(cp < 0x100 ? cp - 0xbe : (cp >> 1) - 0x3e);

/**
 * How many of the distinct letters beyond ASCII in `text` (ß–ÿ and Latin Extended-A, lowercased)
 * the language that writes most of them does not write: 0 when one language writes them all (or
 * there are none). Fewer is a more likely text.
 *
 * @param text - Any text; only those letters count.
 * @returns The count of letters left over by the best-fitting language.
 * @example
 * misfits('pöntunin þín'); // 0 (Icelandic)
 * misfits('pântunin þín'); // 1
 * @since 0.1.0
 */
export function misfits(text: string): number {
  const seen = new Set<string>();
  for (const c of text.toLowerCase()) {
    const cp = c.charCodeAt(0);
    if (cp >= 0xdf && cp < 0x180 && cp !== 0xf7) seen.add(slot(cp));
  }
  let most = 0;
  for (const language of LANGUAGES) {
    let n = 0;
    for (const c of language) if (seen.has(c)) n++;
    if (n > most) most = n;
  }
  return seen.size - most;
}
