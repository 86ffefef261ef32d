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

/**
 * The characters of the Dingbats block (U+2700-U+27BF) that are emoji: "❤", "✅", "✨", "❌", "➡".
 * Source: Unicode's emoji-data.txt (UTS #51), property Emoji, the block's lines
 * (https://www.unicode.org/Public/emoji/2.0/emoji-data.txt, read 2026-12-05 as quoted by a public
 * repository; version 14.0 lists the same lines for this block).
 */
const DINGBAT_EMOJI: readonly (readonly [number, number])[] = [
  [0x2702, 0x2702],
  [0x2705, 0x2705],
  [0x2708, 0x270d],
  [0x270f, 0x270f],
  [0x2712, 0x2712],
  [0x2714, 0x2714],
  [0x2716, 0x2716],
  [0x271d, 0x271d],
  [0x2721, 0x2721],
  [0x2728, 0x2728],
  [0x2733, 0x2734],
  [0x2744, 0x2744],
  [0x2747, 0x2747],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2763, 0x2764],
  [0x2795, 0x2797],
  [0x27a1, 0x27a1],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
];

/**
 * How many characters of `text` are dingbats that are no emoji ("❀", "✿", "➔"): what people type
 * beside their words from the block is its emoji ("❤", "✅"). On a true tie between two pages
 * ("❤" through ISO-8859-15 is "â\u009d€", which Windows-1252's browser variant reads as "❀"), a
 * reading that writes one fits worse (T63g).
 *
 * @param text - Any text.
 * @returns The count of such characters.
 * @example
 * rareDingbats('Danke ❀'); // 1
 * rareDingbats('Danke ❤'); // 0
 * @since 0.1.0
 */
export function rareDingbats(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x2700 || cp > 0x27bf) continue;
    if (!DINGBAT_EMOJI.some(([a, b]) => cp >= a && cp <= b)) n++;
  }
  return n;
}
