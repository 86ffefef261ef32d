// A label wrapped to the end of the line above its value, text before it there (V59f, issue #14).
// Mail clients wrap at 72-78 columns, and an order's, an invoice's or an article's label lands
// at the end of one line, its value opening the next: "27.9.2024 23:59 SKU\n9644-0450-31",
// "54446 Berlin, Rechnungsnr.\n414-4482145", "26 139,26 € Commande n°\n240 618 652". A phone
// reads its own line's labels, and a label alone on the line above (context.ts formLabel): the
// values went as national numbers. An order's word ending a longer line may end a sentence whose
// next line is a signature's phone ("Danke für Ihre Bestellung\n0151 23456789"): what tells them
// apart is the label's own form, which no sentence ends with. A number word's abbreviation
// ("Rechnungsnr.", "Commande n°", "Order No.", "Réf."), a colon or a "#" after the word
// ("Bestellung:", "Order#"), or the label written as a code in capitals ("SKU") names a value;
// a noun ("Bestellung", "order") may end a sentence, and is read as before.

import { cellKind, referenceWords } from '../context.js';
import { VERSION_WORDS } from '../keywords.js';
import { lineAboveEnd } from '../labelAbove.js';

// A number word's abbreviation, standing alone after the label's noun ("Commande n°", "Order
// No.", "Zamówienie nr", "Pedido n.º", "Ordine n.", "Pedido núm.", "Pedido nro.").
const NUMBER_ABBREVIATION = /^(?:n[°º.]|n\.º|no\.?|nr\.?|núm\.?|num\.?|nro\.?|#)$/;

// A lower-case "nr" glued to the noun, the German, Dutch and Nordic way ("Rechnungsnr.",
// "Auftragsnr", "Factuurnr.", "ordrenr.").
const GLUED_NR = /\p{Ll}nr\.?$/u;

// A reference word abbreviated with a full stop, two to four letters ("Réf.", "Ref.").
const SHORT_ABBREVIATION = /^\p{L}{2,4}\.$/u;

// A label written as a code in capitals ("SKU", "PO", "AWB"): two to five capital letters.
const CAPITALS = /^\p{Lu}{2,5}$/u;

/**
 * The last `count` words of the line of `shadow` that ends at `end` (before its trailing spaces),
 * split at spaces; fewer where the line holds fewer.
 */
function lastWords(shadow: string, end: number, count: number): string[] {
  const from = shadow.lastIndexOf('\n', end - 1) + 1;
  // (A line is read back 80 units at most: a label ends it, whatever stands before.)
  const line = shadow.slice(Math.max(from, end - 80), end).trimEnd();
  return line.split(/[ \t\u00a0]+/).slice(-count);
}

/**
 * Whether the line above the value at `start` of `shadow` ends with an order's, an invoice's or
 * an article's label in a label's own form, where the value opens its line: a number word's
 * abbreviation after the label's noun, glued to it or alone ("Rechnungsnr.", "Commande n°",
 * "Sipariş no:"), a colon or a "#" glued to the noun ("Bestellung:"), the noun abbreviated with
 * a full stop ("Réf."), or the label in capitals ("SKU"). A noun
 * alone ("Danke für Ihre Bestellung") may end a sentence and is no label here. The phone
 * recognizer reads such a line's end as the value's reference label (phone.ts labels).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the value starts.
 * @param locale - The text's locale (its language's reference words too).
 * @param signOnly - Only a number's sign read (its abbreviation, "#"): the line above reads as a
 *   sentence (prepositions.ts proseAbove), and a colon ends a subject's line there ("About my
 *   order:\n(212) 555-0187"), where "Danke für Ihre Bestellung Nr.\n4711 2023" names its value.
 *   Default false.
 * @returns True where a reference label in its own form ends the line above.
 * @example
 * referenceLabelWrapped('54446 Berlin, Rechnungsnr.\n414-4482145', 27, 'de-DE'); // true
 * referenceLabelWrapped('Danke für Ihre Bestellung\n0151 23456789', 26, 'de-DE'); // false
 * @since 0.1.0
 */
export function referenceLabelWrapped(
  shadow: string,
  start: number,
  locale: string,
  signOnly = false,
): boolean {
  const above = lineAboveEnd(shadow, start);
  if (above < 0) return false;
  const words = lastWords(shadow, above, 2);
  const last = words.at(-1) ?? '';
  // (A colon or a "#" glued to the label's last word: "Sipariş no:", "Bestellung:", "Order#".)
  const bare = last.length > 1 ? last.replace(/[:#]$/, '') : last;
  let label: string;
  if (NUMBER_ABBREVIATION.test(bare.toLowerCase()) && words.length === 2)
    label = `${words[0]} ${bare}`;
  else if (signOnly && !(last.endsWith('#') || GLUED_NR.test(last))) return false;
  else if (bare !== last) label = bare;
  else if (GLUED_NR.test(last) || CAPITALS.test(last) || SHORT_ABBREVIATION.test(last))
    label = last;
  else return false;
  // (The noun alone: a comma or a digit before it on its line is no part of the label.)
  return !/[0-9]/.test(label) && cellKind(label, referenceWords(locale)) === 'reference';
}

// The version words read whole, without the space or sign some carry to stand apart on a line
// ("app ", "ver.").
const VERSION_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  VERSION_WORDS.map((w) => w.replace(/[ :.]$/, '')),
);

/**
 * Whether the number `text` found at `start` of `shadow`, digits in four groups or more with a
 * "." between each, opens its line under a line that ends with a version's word ("App\n8.53.3154
 * .3296": the word wrapped from before the version; "App 8.53.3154.3296" on one line reads as a
 * version's already, keywords.ts VERSION_WORDS). No phone is printed in four dotted groups under
 * a version's word.
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the number starts.
 * @param text - The number as found.
 * @returns True where the number is the version the word above names.
 * @since 0.1.0
 */
export function versionWordAbove(shadow: string, start: number, text: string): boolean {
  if (!/^\d+(?:\.\d+){3,}$/.test(text)) return false;
  const above = lineAboveEnd(shadow, start);
  if (above < 0) return false;
  const last = (lastWords(shadow, above, 1)[0] ?? '').toLowerCase();
  return VERSION_NOUNS.has(last.replace(/[:.]$/, ''));
}
