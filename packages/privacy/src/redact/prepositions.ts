import { foldWord, lastEnd, letterAt, withoutMarks } from './context.js';
import { REFERENCE_WORDS } from './keywords.js';

// A form's label names its field: a noun phrase whose head is the label word ("Order number",
// "Tracking number for your order", "Your order #:"). A line that puts its reference word after a
// preposition is about the order, not the order's field: a message's first line or a mail's
// subject ("About my order", "Re: my order", "Question regarding the invoice", "Help with my
// order"), and the value under it is no order's number. "of" is not one, it builds a noun phrase
// ("Number of your order"), nor its kin in the desk's other languages ("de", "di", "do", "da",
// "van", "von"). "re", "fw", "fwd" open a mail's subject (a reply, a forward), and German's
// "aw", "wg", "betreff" too. Since V60b the desk's languages' prepositions, question words and
// thanks too: "Danke für Ihre Bestellung\n0151 23456789", "Merci pour votre commande\n06 12 34 56
// 78", "Wo ist meine Bestellung\n…" are sentences over a signature's phone, and kept it. Folded
// (marks dropped, lower case: "für" is "fur", "på" "pa", "dziękujemy" "dziekujemy"). Not Spanish
// "su" (your: "Su pedido" is a label), nor Italian "su" for it.
/**
 * Prepositions, mail-subject openers and question words that put a reference word after them in
 * a sentence, folded. Internal (the phone oracle reads them as data).
 *
 * @since 0.1.0
 */
export const OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // en
  'about',
  'regarding',
  'concerning',
  'for',
  'with',
  'on',
  'from',
  'in',
  'to',
  're',
  'fw',
  'fwd',
  'where',
  'when',
  'why',
  // de
  'fur',
  'uber',
  'zu',
  'zur',
  'zum',
  'mit',
  'bei',
  'wegen',
  'auf',
  'aw',
  'wg',
  'betreff',
  'wo',
  'wann',
  'warum',
  // fr
  'pour',
  'sur',
  'avec',
  'concernant',
  'propos',
  'ou',
  'quand',
  // es, pt
  'por',
  'para',
  'sobre',
  'con',
  'acerca',
  'pelo',
  'pela',
  'com',
  'donde',
  'onde',
  'cuando',
  'quando',
  // it
  'per',
  'sul',
  'sulla',
  'sullo',
  'sull',
  'riguardo',
  'dove',
  // nl
  'voor',
  'over',
  'met',
  'bij',
  'betreffende',
  'waar',
  'wanneer',
  // pl
  'za',
  'dla',
  'o',
  'sprawie',
  'dotyczy',
  'gdzie',
  'kiedy',
  // sv, da, nb
  'om',
  'med',
  'pa',
  'till',
  'til',
  'angaende',
  'vedrørende',
  'var',
  'hvor',
  'nar',
]);

// Thanks, anywhere on the line: no label thanks ("Vielen Dank, Ihre Bestellung" had its ", "
// already, which no label holds). Turkish puts its postpositions after the noun ("Siparişiniz
// için teşekkürler", thanks for your order; "Faturam hakkında", about my invoice; "Siparişim
// nerede", where is my order): after the line's first reference word they make it a sentence.
/**
 * Thanks, anywhere on a line, that make it a sentence, folded. Internal (the phone oracle reads
 * them as data).
 *
 * @since 0.1.0
 */
export const THANKS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'thanks',
  'thank',
  'danke',
  'dank',
  'merci',
  'gracias',
  'grazie',
  'obrigado',
  'obrigada',
  'bedankt',
  'dziekujemy',
  'dziekuje',
  'tack',
  'tak',
  'tesekkurler',
  'tesekkur',
]);
/**
 * Turkish postpositions that make a line holding a reference word before them a sentence
 * ("Faturam hakkında", "Siparişim nerede"), folded. Internal (sentenceLine.ts reads them; the
 * phone oracle reads them as data).
 *
 * @since 0.1.0
 */
export const POSTPOSITIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'icin',
  'hakkinda',
  'ile',
  'nerede',
]);

// Prepositions that join a reference to the label before them, as its qualifier: "the ESN for my
// order is …", "the ESN of my order was …" (a device's id, named by the order it came with).
const QUALIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'for',
  'of',
  'on',
  'from',
  'in',
  'with',
]);

/**
 * The word of `s` from `at` to its end, folded (marks dropped), and its end: its letters and the
 * combining diacritical marks after them (context.ts letterAt, isMark, the label fold's one rule).
 * Internal (sentenceLine.ts reads its words with it too).
 *
 * @since 0.1.0
 */
export function wordFrom(s: string, at: number): [string, number] {
  let e = at;
  while (letterAt(s, e)) e++;
  return [foldWord(withoutMarks(s.slice(at, e))), e];
}

/**
 * Whether the line above the value at `start` (which starts its line, a quote aside: context.ts
 * formLabel read that line as an order's label) reads as a sentence, no form's label: it puts a
 * word of {@link OPENERS} before its first reference word ("About my order\n(212) 555-0187",
 * "Danke für Ihre Bestellung\n0151 23456789"), thanks anywhere ({@link THANKS}), a Turkish
 * postposition after its first reference word ({@link POSTPOSITIONS}), or it ends with a "?" or a
 * "!" ("Wo bleibt meine Bestellung?"): the value under it is no order's number. A form's label
 * goes on naming its value ("Order number\n…", "Tracking number for your order\n…").
 */
export function proseAbove(shadow: string, start: number): boolean {
  let at = start;
  if (shadow.charCodeAt(at - 1) === 34) at--; // '"'
  if (shadow.charCodeAt(at - 1) !== 10) return false;
  // formLabel read the line above only where it holds 40 units at most: this search is as short.
  const from = shadow.lastIndexOf('\n', at - 2) + 1;
  let end = at - 1;
  if (shadow.charCodeAt(end - 1) === 13) end--; // "\r"
  while (end > from && shadow.charCodeAt(end - 1) === 32) end--;
  const last = shadow.charCodeAt(end - 1);
  if (last === 63 || last === 33) return true; // "?", "!"
  return proseWords(shadow, from, end);
}

/**
 * Whether the words of `shadow` from `from` to `end` (a line, or a line's part before its value)
 * read as a sentence's: a word of {@link OPENERS} before their first reference word, thanks
 * anywhere ({@link THANKS}), a Turkish postposition after their first reference word
 * ({@link POSTPOSITIONS}). {@link proseAbove} reads the line above a value with it; since V61b
 * sentenceLine.ts reads the words before a value on its own line with it.
 */
export function proseWords(shadow: string, from: number, end: number): boolean {
  for (let k = from; k < end; ) {
    if (!letterAt(shadow, k)) {
      k++;
      continue;
    }
    const [word, e] = wordFrom(shadow, k);
    if (THANKS.has(word)) return true;
    // No reference word before it: the phrase it opens holds the line's first.
    if (OPENERS.has(word) || POSTPOSITIONS.has(word)) {
      const referenced = lastEnd(shadow, from, k, REFERENCE_WORDS) >= 0;
      if (referenced === POSTPOSITIONS.has(word)) return true;
    }
    k = e;
  }
  return false;
}

/**
 * Whether the words between a label ending at `after` and its value at `start` (words of letters
 * and spaces only: card.ts WORDS_BETWEEN) qualify the label with a reference rather than name
 * another value: a preposition of {@link QUALIFIERS} first, and a word that is no reference word
 * last, right before the value ("ESN for my order is 8A3F2B1C": the order's word is the ESN's
 * qualifier, "is" names the value the ESN's). A reference word last names the value its own
 * ("ESN for order 8A3F2B1C" stays).
 */
export function qualifiedLabel(shadow: string, after: number, start: number): boolean {
  let k = after;
  while (k < start && !letterAt(shadow, k)) k++;
  if (!QUALIFIERS.has(wordFrom(shadow, k)[0])) return false;
  let last = start;
  while (last > k && !letterAt(shadow, last - 1)) last--;
  while (last > k && letterAt(shadow, last - 1)) last--;
  return lastEnd(shadow, last, start, REFERENCE_WORDS) < 0;
}
