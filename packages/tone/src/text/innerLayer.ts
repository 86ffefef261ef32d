import { CHECK_UNITS } from './budget.js';
import { charInfo, isLetterOf, SCRIPT } from './charClass.js';
import { encoderOfLabel, type PageEncoder } from './codePages.js';
import { type EngineOptions, type MemoEntry, repairCodePoints } from './engine.js';
import { tally } from './readRun.js';
import { contextTo, fromCps, readFrom, toCps } from './runParts.js';

/**
 * What an outer reading takes of the layer under one of its groups: the text the inner reading
 * makes, its chain, and the work (units of {@link tally}) it did, inner layers and memo hits
 * included.
 */
export type Inner = {
  readonly text: string;
  readonly chain: readonly string[];
  readonly units: number;
};

// Inner readings already made, by the memo of the calls that made them (one list of pages and
// options): the same decoded text between the same neighbours reads the same, and a word met again
// in a stream of messages (a fresh outer run: its neighbours changed) mostly decodes to a text
// read before. Replayed, it costs a key and a look-up instead of a call of the engine (its code
// points, context, memo key, votes and proposals), and it is charged the units it did when made,
// as a memo hit is (budget.ts). Bounded as the memo is.
const READ = new WeakMap<Map<string, MemoEntry>, Map<string, Inner>>();
const LIMIT = 20_000;

/**
 * Test-only: false charges every inner-layer hit what its reading did, as until session 53 (the
 * oracle of innerOnce.prop.test.ts). A word of a long thread broken twice is read between new
 * neighbours (a fresh outer run) and its inner layer found in the memo again and again: charged
 * what it did each time, those hits were 9% of what 64,000 code units of issue #11's thread
 * spent (26,600 of 296,000 units), for a key built and looked up (8,700 characters). Once a
 * reading the call charged has paid for it, a hit costs its key (budget.ts): the thread spends
 * 7.8% less (four seeds, 7.8-9.2%), and 115,000 code units of it are read to their end.
 */
export const INNER_ONCE = { on: true };

// A word of one alphabet read one layer further through a page made for that alphabet: "Кї", a
// two-letter Cyrillic word that GBK broke ("袣褩"), is also "ʿ" (U+02BF) broken through
// Windows-1251 (CA BF), and the cost model charges the lone modifier letter less than the rare
// pair of letters, so the chain GBK > Windows-1251 won over GBK's own reading. A text mis-decoded
// twice through a page of an alphabet other than Latin is, in practice, text of the languages the
// page was made for read so ("в" through Windows-1251 is "РІ", read through it again "в"): a word
// wholly of the page's alphabet is read through the page only into letters of that alphabet that
// the page writes itself (KOI8-U writes no "Ҷ", Abkhaz and Tajik's, which "рІ" reads as). Of the 5,776
// two-letter words of the Russian, Ukrainian and Belarusian alphabets that GBK writes losslessly,
// 54 came back as a third text on main, every one through such a chain (Windows-1251, KOI8-R,
// KOI8-U: "ʿ", "¯", "ï", "Ҷ", Armenian and Arabic letters; session 47, T67c), 2 after this rule:
// "РЇ" and "Рї" read as "Я" and "п", which is what those two Russian letters are when broken
// twice through Windows-1251 and GBK, a likelier text than the pairs of capitals. Latin pages are not
// among these: every script's UTF-8 reads as Latin letters through them ("К" is "Ðš" through
// Windows-1252).

/** The pages made for one alphabet other than Latin, and that alphabet (charClass.ts SCRIPT). */
const ALPHABET_OF: Readonly<Record<string, number>> = {
  'windows-1251': SCRIPT.cyrillic,
  'iso-8859-5': SCRIPT.cyrillic,
  'koi8-r': SCRIPT.cyrillic,
  'koi8-u': SCRIPT.cyrillic,
  'windows-1253': SCRIPT.greek,
  'iso-8859-7': SCRIPT.greek,
  'windows-1255': SCRIPT.hebrew,
  'windows-1256': SCRIPT.arabic,
  'windows-874': SCRIPT.thai,
};

/** Whether `cp` is a letter (charClass.ts KIND.letter) of `script`, or of any script with -1. */
const letterOf = (cp: number, script: number): boolean => isLetterOf(charInfo(cp), script);

/** Whether `cp` is a letter of `script` that `page` writes as one byte. */
const ownLetter = (cp: number, script: number, page: PageEncoder): boolean =>
  letterOf(cp, script) && page.encode(cp)?.length === 1;

/**
 * Whether a reading through `page` of cps[start, end) as `after` leaves the alphabet of the word
 * that span lies in: the word (its letters and the letters next to it) is wholly letters of the
 * alphabet `page` is made for (ALPHABET_OF) and `after` holds a character that is no letter of it
 * that the page writes.
 *
 * @param cps - The code points read (an inner layer's text between its neighbours).
 * @param start - The reading's first code point.
 * @param end - Past its last.
 * @param after - What the reading makes of them.
 * @param page - The page it reads them through (the first of its chain), if one of the call's.
 * @returns True when the reading is no reading of that word (the comment above).
 * @example
 * leavesAlphabet(toCps('Кї'), 0, 2, 'ʿ', encoderFor('windows-1251')); // true
 * leavesAlphabet(toCps('РІ'), 0, 2, 'в', encoderFor('windows-1251')); // false
 * @since 0.1.0
 */
export function leavesAlphabet(
  cps: readonly number[],
  start: number,
  end: number,
  after: string,
  page: PageEncoder | undefined,
): boolean {
  const script = page === undefined ? undefined : ALPHABET_OF[page.page];
  if (script === undefined || start >= end) return false;
  let from = start;
  while (from > 0 && letterOf(cps[from - 1] as number, -1)) from--;
  let to = end;
  while (to < cps.length && letterOf(cps[to] as number, -1)) to++;
  for (let k = from; k < to; k++) if (!letterOf(cps[k] as number, script)) return false;
  for (let i = 0; i < after.length; i++) {
    const cp = after.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (!ownLetter(cp, script, page as PageEncoder)) return true;
  }
  return false;
}

/**
 * The reading one layer down of `decoded`, the text a page makes of cps[start, end), judged
 * between the characters around that span at `depth` (what repairString with that context makes
 * of it: innerLayer.prop.test.ts), from the memo's inner readings when it was made before.
 */
export function innerLayer(
  cps: readonly number[],
  start: number,
  end: number,
  decoded: string,
  options: EngineOptions,
  depth: number,
): Inner {
  const from = readFrom(cps, start);
  const to = contextTo(cps, end);
  const memo = options.memo;
  let read = memo && READ.get(memo);
  if (memo && !read) {
    read = new Map();
    READ.set(memo, read);
  }
  // The context's lengths make the key unambiguous (the decoded text may hold any character).
  const key = `${depth}|${start - from}|${to - end}|${fromCps(cps, from, start)}${decoded}${fromCps(cps, end, to)}`;
  let inner = read?.get(key);
  // The inner keys this call paid for (budget.ts): kept for a text with a memo of its own.
  const once = INNER_ONCE.on ? options.budget?.inner : undefined;
  if (inner) {
    tally.units += inner.units;
    tally.trace?.push([key, inner.units, true]);
    if (once !== undefined) {
      // Met again in the call: a key built and looked up, not a reading (its units stay the
      // entry's, which a memo keeps; the call is spared the rest).
      if (once.has(key)) tally.saved += Math.max(0, inner.units - key.length * CHECK_UNITS);
      else tally.paid.push(key);
    }
    return inner;
  }
  const before = tally.units;
  // Read between its neighbours (as repairString reads with context, its oracle): the applied
  // proposals inside the text make the inner text; the first of them gives the chain.
  const own = toCps(decoded);
  const at = start - from;
  let text = '';
  let k = 0;
  let chain: readonly string[] = [];
  // Whether `chain` is still empty, kept apart from it: the empty literal and the engine's frozen
  // chains are arrays of two maps, and a length read that met only the literal's until a layer
  // held a second repair (the 14,500th message of the stream) threw away innerLayer's compiled code.
  let open = true;
  const all = [...cps.slice(from, start), ...own, ...cps.slice(end, to)];
  for (const p of repairCodePoints(all, options, depth))
    if (
      p.applied &&
      p.start >= at &&
      p.end <= at + own.length &&
      !leavesAlphabet(all, p.start, p.end, p.after, encoderOfLabel(p.chain[0], options.encoders))
    ) {
      text += fromCps(own, k, p.start - at) + p.after;
      k = p.end - at;
      if (open) {
        chain = p.chain;
        open = chain.length === 0;
      }
    }
  inner = { text: k === 0 ? decoded : text + fromCps(own, k), chain, units: tally.units - before };
  tally.trace?.push([key, inner.units, false]);
  if (read) {
    if (read.size >= LIMIT) read.clear();
    read.set(key, inner);
  }
  // Read and charged: a hit later in the call is spared (a key read again after the clear above
  // is charged again, as the engine's memo's are: each clear follows LIMIT readings charged).
  if (once !== undefined && !once.has(key)) tally.paid.push(key);
  return inner;
}
