import { lastEnd, letterAt } from './context.js';
import { REFERENCE_WORDS } from './keywords.js';
import { ownedNoun } from './ownedNoun.js';
import { POSTPOSITIONS, proseWords, wordFrom } from './prepositions.js';

// A label is a label where it reads as one: right before its value, with its ":", "Nr.", "#" or
// "n°", or alone. An order's word that ends a sentence's part on the value's own line ("Où est ma
// commande, 06 12 34 56 78", "Danke für Ihre Bestellung 0151 23456789", "Frage zu meiner
// Bestellung - 0151 23456789") is the sentence's, not the value's label: context.ts
// readPhoneLabels named the value the order's there, and the phone stayed (21 of the 29 leaks of
// V60b's second hunt). The words read as prose.ts reads a line above its value (prepositions.ts
// proseWords: an opener or a question word before the order's word, thanks anywhere, a Turkish
// postposition after it), or a comma after the order's word (no label takes one before its
// value). Read only where a trunk "0" leads the value (phone.ts readLabels): an order's number
// after the same words ("Frage zu meiner Bestellung 4711 2023", "Wo ist meine Bestellung, 4711
// 2023?") keeps its label, as "4711 2023" alone is a German landline without its trunk.

/**
 * Possessives that put an order's word in a sentence ("Ma commande 06 12 34 56 78", "Meine
 * Bestellung - 0151 23456789", "Mijn pakket 06 12345678"), folded: a form's label names its
 * field, not whose it is. Not Spanish and Portuguese "su"/"sua"/"seu" (your, their: "Su pedido"
 * labels a form's field), nor Turkish, which writes its possessive onto the noun. Internal
 * (the phone oracle reads it as data).
 *
 * @since 0.1.0
 */
export const POSSESSIVES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // en
  'my',
  'our',
  // de
  'mein',
  'meine',
  'meiner',
  'meinem',
  'meinen',
  'meines',
  'unsere',
  'unserer',
  'unserem',
  // fr
  'ma',
  'mon',
  'mes',
  'notre',
  'nos',
  // es, it, pt
  'mi',
  'mis',
  'mio',
  'mia',
  'miei',
  'mie',
  'meu',
  'minha',
  'meus',
  'minhas',
  // nl
  'mijn',
  'onze',
  // pl
  'moje',
  'moja',
  'moj',
  'mojej',
  'mojego',
  'moim',
  'moich',
  'nasze',
  'nasza',
  // sv, da, nb
  'min',
  'mitt',
  'mina',
  'mine',
]);

// A reference word that ends in a number's word or sign is a label in its own form ("Danke für
// Ihre Bestellnr 0151 …", "Merci pour votre numéro de commande"): no sentence's word.
const NUMBER_ENDING = /(?:nr|no|num|number|nummer|numer|numero)$/;

// The most units read back from the value for the line's words: a line of a sentence, not a text.
const LINE_REACH = 64;

/**
 * Whether the value at `start` follows an order's word (keywords.ts REFERENCE_WORDS) on its line
 * that a sentence holds: the word right before the value, a space, a ", " or a " - " between (a
 * word of letters: no "#", "Nr." or "n°" after it, no number's word at its end), and the line's
 * words before it read as prose (prepositions.ts proseWords), or a comma between ("Où est ma
 * commande, 06 12 34 56 78"). Internal (phone.ts readLabels reads it; the phone oracle holds its
 * own reading).
 *
 * @param shadow - The text read (its shadow).
 * @param start - Where the value starts.
 * @returns Whether the order's word before the value is a sentence's, no label of it.
 * @since 0.1.0
 */
export function sentenceLine(shadow: string, start: number): boolean {
  let k = start;
  while (k > 0 && shadow.charCodeAt(k - 1) === 32) k--;
  const sign = shadow.charCodeAt(k - 1);
  const comma = sign === 44; // ","
  // ", ", ": " (V62b: a sentence's words still decide it, as a form's label takes its colon:
  // "Frage zu meiner Bestellung: 0151 23456789" against "Bestellung: 0151 23456789") or " - " (a
  // hyphen or an en or em dash, spaced: "Bestellung-0151" is a code's).
  if (comma || sign === 58) k--;
  else if ((sign === 45 || sign === 0x2013 || sign === 0x2014) && k < start) {
    if (shadow.charCodeAt(k - 2) !== 32) return false;
    k -= 2;
  }
  while (k > 0 && shadow.charCodeAt(k - 1) === 32) k--;
  if (k === start || !letterAt(shadow, k - 1)) return false;
  let word = wordStart(shadow, k);
  // The line's words, from the last sentence's end before the order's word: "Hi, I paid with
  // card [CARD]. The item 062420-5 was damaged" is two sentences, and "with" opens the first.
  // (Read back from the word to the line's start within LINE_REACH, not with lastIndexOf: on a
  // line of many values after "MST: ", each read walked back to the text's start, V62b.)
  let from = Math.max(0, start - LINE_REACH);
  for (let at = word; at > from; at--) {
    const c = shadow.charCodeAt(at - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && shadow.charCodeAt(at) === 32)) from = at;
  }
  // A Turkish postposition after the order's word ("Siparişim nerede 0532 …"): the word before it.
  let sentence = comma;
  if (POSTPOSITIONS.has(wordFrom(shadow, word)[0])) {
    k = word;
    while (k > from && shadow.charCodeAt(k - 1) === 32) k--;
    if (k === word || !letterAt(shadow, k - 1)) return false;
    word = wordStart(shadow, k);
    sentence = true;
  }
  if (word < from || NUMBER_ENDING.test(wordFrom(shadow, word)[0])) return false;
  // The order's word ends the last word before the value (a stem's: "zamówieni" ends in "e").
  if (lastEnd(shadow, word, k, REFERENCE_WORDS) < 0) return false;
  // A Turkish noun with its possessive written onto it ("Kargom", my parcel: ownedNoun.ts).
  if (sentence || ownedNoun(wordFrom(shadow, word)[0])) return true;
  // A possessive right before it.
  let before = word;
  while (before > from && shadow.charCodeAt(before - 1) === 32) before--;
  if (before < word && letterAt(shadow, before - 1)) {
    if (POSSESSIVES.has(wordFrom(shadow, wordStart(shadow, before))[0])) return true;
  }
  // A count right before it: "2 items (201) 555-0123" counts the items, a unit after its number
  // (V62b; "2 items 4711 2023" keeps its label, as an order's number after a sentence does).
  else if (before < word && countEndsAt(shadow, before)) return true;
  return proseWords(shadow, from, word);
}

/**
 * Whether a count of one to three ASCII digits ends at `end`, at a line's start or after a space
 * that a letter, a "," or a ":" stands before: not a longer number's last group ("Kartennummer
 * 6260 - 8995 - 1075 - 8534 - 412 Artikel 048113-4" is a card's, then an article's number).
 */
function countEndsAt(shadow: string, end: number): boolean {
  let at = end;
  while (at > 0 && at > end - 4 && isAsciiDigit(shadow.charCodeAt(at - 1))) at--;
  if (at === end || end - at > 3) return false;
  if (at === 0 || shadow.charCodeAt(at - 1) === 10) return true;
  const c = shadow.charCodeAt(at - 2);
  return (
    shadow.charCodeAt(at - 1) === 32 &&
    (at === 1 || c === 10 || c === 44 || c === 58 || letterAt(shadow, at - 2))
  );
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where the word of letters that ends at `end` (a letter before it) starts. */
function wordStart(shadow: string, end: number): number {
  let at = end;
  while (at > 0 && letterAt(shadow, at - 1)) at--;
  return at;
}
