import { RUN_UNITS } from './budget.js';
import { charInfo, isLetterOf, SCRIPT, scriptOf, unigramCost } from './charClass.js';
import { FIELD_MAX, STANDARD_GAIN } from './cjkField.js';
import { standardFit } from './cjkStandards.js';
import { encodeWith, type PageEncoder } from './codePages.js';
import { windowCost } from './cost.js';
import type { MemoEntry, PageReading } from './engine.js';
import { chainOf } from './readRun.js';
import { fromCps, toCps } from './runParts.js';

// Armenian through GBK: UTF-8's two-byte Armenian letters (D4 B1 to D6 87) are GBK's pairs of
// common Han ("համար" is "瞻铡沾铡謤"), which the cost model reads as likelier than Armenian, whose
// letters cost 1 each (charClass.ts: a script no page's mojibake writes, so that clean Chinese is
// not read as Armenian). A message's long words came back (their rare Han outweigh the letters),
// its short ones stayed Han beside them: half a message repaired. Once the message's repairs have
// written such a script, a run that the message's page reads whole as that script and nothing
// else is that script too; clean Chinese is left alone, since nothing it holds repairs to Armenian
// or Georgian.

/** Scripts whose letters cost 1 as a script of their own (charClass.ts), as bits. */
const OWN = (1 << SCRIPT.armenian) | (1 << SCRIPT.georgian);

// UTF-8 only (the platform's single-byte decoders are the ones not trusted: codePages.ts); a
// leading U+FEFF is a character of the run, kept (and no script's: the reading is refused).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Scripts of their own (as bits) that repairs wrote, and the page of the first such repair. */
export type Wrote = { readonly bits: number; readonly page: PageEncoder | undefined };

/**
 * The scripts of {@link OWN} whose letters the message's repairs write, over `runs`: a run's best
 * reading where it has no rival, and its reading through its own page (`owns`, else `dominant`)
 * where that loses nowhere (the engine's script consistency).
 */
export function scriptsRepaired(
  runs: readonly MemoEntry[],
  owns: readonly (PageEncoder | undefined)[] | undefined,
  dominant: PageEncoder | undefined,
): Wrote {
  let bits = 0;
  let page: PageEncoder | undefined;
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n] as MemoEntry;
    for (let q = 0; q < run.readings.length; q++) {
      const r = run.readings[q] as PageReading;
      const sure = r === run.best && r.gain > 0 && run.rivals.length === 0;
      if (sure || (r.page === (owns?.[n] ?? dominant) && !losesSomewhere(r)))
        for (let k = 0; k < r.proposals.length; k++) {
          const p = r.proposals[k] as PageReading['proposals'][number];
          const wrote = p.applied || !sure ? scriptsOf(p.after) & OWN : 0;
          if (wrote) page ??= r.page;
          bits |= wrote;
        }
    }
  }
  return { bits, page };
}

/** Whether some proposal of `r` loses (a gain below 0). */
function losesSomewhere(r: PageReading): boolean {
  for (let k = 0; k < r.proposals.length; k++)
    if ((r.proposals[k] as PageReading['proposals'][number]).gain < 0) return true;
  return false;
}

/** The scripts (as bits) of the characters of `text`, bit 31 for any of none (ASCII, signs). */
function scriptsOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    // A surrogate pair is one character, of its high half's script (charInfo's of the half).
    if ((cp & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    // Armenian's own punctuation (։ ՝ ՞) is of no script to charClass.ts.
    const script = cp > 0x530 && cp < 0x590 ? SCRIPT.armenian : scriptOf(charInfo(cp));
    bits |= script ? 1 << script : 1 << 31;
  }
  return bits;
}

/**
 * `cps[start, end)` read through `page` as UTF-8, if its bytes are valid UTF-8 and spell the
 * scripts in `scripts` (letters, their punctuation) and nothing else.
 */
export function readAsScript(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  scripts: number,
): PageReading | undefined {
  let after: string;
  try {
    // A character the page cannot encode comes back as "?", which no script holds.
    after = UTF8.decode(encodeWith(fromCps(cps, start, end), page.page));
  } catch {
    return undefined;
  }
  if (scriptsOf(after) & ~scripts) return undefined;
  const chain = chainOf(page.page);
  // Every field, in engine.ts moved's order (one object shape for V8).
  const proposal = { start: 0, end: end - start, after, chain, gain: 0, applied: true, tie: true };
  return { page, proposals: [{ ...proposal, seqs: undefined }], gain: 0 };
}

// A message of a script of its own broken whole through GBK, whose words are all short
// ("ձեր է։ պատվերն" is "毡榨謤 乍謮 蘸铡湛站榨謤斩"): no repair writes the script first, since no
// word's rare Han outweigh its letters (each costs 1), so the script is never followed and the
// message stays Han (the never-seen stream: 12 of 13 lossless messages GBK left in text 11, 15 of
// 15 in text 12). Such a message is read whole when every run of it past ASCII is, through the
// call's first page of the GBK family, the UTF-8 of letters of one script of its own and nothing
// else, and the runs hold at least OWN_RARE characters that GBK writes with its additions outside
// GB 2312 (a second byte below A1: "謤" is "ր", "謧" "ւ", "謮" "։", "謬" "և"; every Armenian
// word holding "ր", "ու", "օ" or a capital from "Հ" writes one; the cost model counts "謬" as
// common, a traditional form Big5 holds). Clean Chinese is safe: only 46 hanzi of GB 2312 (GBK
// D4B1-D4BF, D5A1-D5BF) read as Armenian letters at all, 44 of GBK's additions besides (the
// traditional "談", "請", "論", "謬" among them), and the message must be text no national standard
// writes whole: one of the 17 simplified forms Big5 lacks beside those additions. The clean texts
// of the corpora, the audits, the never-seen streams of text 11 and 12 and bench/tools/
// cjkFieldClean.ts's 1.2 million fields stay as they were.

/**
 * The hanzi of GB 2312 that read as Armenian letters through GBK (D4B1-D4BF, D5A1-D5BF) and that
 * Big5 lacks: simplified forms (ownScript.test.ts holds the list to iconv-lite's tables).
 */
export const SIMPLIFIED_ONLY = '员圆缘远约钥铡闸栅诈债盏斩辗崭栈战';

/** The characters of GBK's additions a message read whole as a script of its own must hold. */
export const OWN_RARE = 2;

/** A run of a message read whole as a script of its own: its UTF-16 span and its reading. */
export type OwnRun = { readonly at: number; readonly end: number; readonly after: string };

/**
 * The runs past ASCII of `text`, when the whole message is a script of its own (Armenian,
 * Georgian) broken through a page of the GBK family (this comment block), each with its reading
 * and the index of that page in `encoders`; undefined when it is not.
 *
 * @param text - The message, with no repair applied in it.
 * @param encoders - The call's pages.
 * @param budget - The call's work budget (budget.ts), charged for each run read through the page
 *   its characters and 2 × RUN_UNITS (the run's use and its span): once spent, the message is not
 *   read whole (undefined) and `short` is set (the run that spends it is read). A megabyte of
 *   "铡 " read 500,000 runs uncharged, 1.5-2 s, until session 51.
 * @returns The runs and the page, or undefined.
 * @example
 * wholeOwnScript('毡榨謤 乍謮', encoders); // { page: 4, runs: [{ at: 0, end: 3, after: 'ձեր' }, …] }
 * wholeOwnScript('瞻铡沾铡 站 展', encoders); // undefined (GB 2312's hanzi only)
 * @since 0.1.0
 */
export function wholeOwnScript(
  text: string,
  encoders: readonly PageEncoder[],
  budget?: { left: number; short?: boolean },
): { readonly page: number; readonly runs: readonly OwnRun[] } | undefined {
  const page = encoders.findIndex((e) => e.page === 'gbk' || e.page === 'gb18030');
  if (page < 0) return undefined;
  const enc = encoders[page] as PageEncoder;
  // The first character past ASCII decides for most messages: one of GBK's rows D4-D6 (Armenian's
  // two bytes) or E1 (Georgian's first), with a continuation byte after.
  let first = 0;
  while (first < text.length && text.charCodeAt(first) < 0x80) first++;
  const b = first < text.length ? enc.encode(text.charCodeAt(first)) : undefined;
  if (b?.length !== 2) return undefined;
  const lead = b[0] as number;
  const trail = b[1] as number;
  if (trail < 0x80 || trail > 0xbf) return undefined;
  if (!((lead >= 0xd4 && lead <= 0xd6) || lead === 0xe1))
    return ALPHABET_LEAD(lead) && text.length <= FIELD_MAX
      ? alphabetField(text, page, enc, first)
      : undefined;
  const runs: OwnRun[] = [];
  let bits = 0;
  let rare = 0;
  for (let i = first; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    if (budget && budget.left <= 0) {
      budget.short = true;
      return undefined;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x80) {
      const bytes = enc.encode(text.charCodeAt(j));
      if (bytes !== undefined && bytes.length === 2 && (bytes[1] as number) < 0xa1) rare++;
      j++;
    }
    if (budget) budget.left -= j - i + 2 * RUN_UNITS;
    let after: string;
    try {
      // A character the page cannot encode comes back as "?", which no script holds.
      after = UTF8.decode(encodeWith(text.slice(i, j), enc.page));
    } catch {
      return undefined;
    }
    const s = scriptsOf(after);
    if (s & ~OWN || (bits !== 0 && s !== bits)) return undefined;
    bits = s;
    runs.push({ at: i, end: j, after });
    i = j;
  }
  if (rare < OWN_RARE) return undefined;
  // Traditional Chinese writes some of GBK's additions in a row ("談論", "謬 3諒" are Big5's
  // hanzi, "ՄՓ" and "և 3Տ" through GBK): the message must be no standard's text, a simplified form
  // Big5 lacks beside GBK's additions GB 2312 lacks, as Armenian writes them ("铡" is "ա", "斩"
  // "ն", "崭" "ո"). Asked of GBK alone: the other pages' codecs, built to ask them, cost a process
  // that never needed them 230 million instructions (text 11, T64g).
  for (const r of runs)
    for (let i = r.at; i < r.end; i++)
      if (SIMPLIFIED_ONLY.includes(text.charAt(i))) return { page, runs };
  return undefined;
}

// A short field of Greek, Cyrillic, Hebrew or Arabic broken whole through GBK ("دبي" is
// "丿亘賷", T66f): UTF-8 writes these letters as two bytes, CE-D3 (Greek, Cyrillic), D7 (Hebrew)
// or D8-DB (Arabic) and a continuation 80-BF, which GBK reads as GB 2312's hanzi of those rows
// (A1-BF: its first level up to D7, its second from D8) or as its additions (80-A0). A message's
// worth of such text gains enough for the engine; a name or a city of three letters does not
// ("賷" is no standard's and costs 2, "丿" and "亘" are GB 2312's second level and Big5's: the
// engine sees 2). The field is read whole, each run through GBK, when every run is CJK whose bytes
// are the UTF-8 of letters of one of those alphabets and nothing else, and when no national
// standard writes the field whole and the one that suits it best charges it STANDARD_GAIN
// (cjkStandards.ts: "丿亘賷" costs 3 in GB 2312 and "賷" is in none), as cjkField.ts asks of a
// field it reads by the standards, when it holds two characters at least (one is an initial: a
// lone "賷" stays) and one the cost model charges (a field of common characters is a Chinese
// field's own, whatever forms it mixes: "荧褲" is no "ӫѝ"), and when the reading costs no more. "Ниш" through GBK, "袧懈褕", stays: Big5 writes it whole (懈 and 褕 its
// frequent hanzi, 袧 its less frequent), a Traditional Chinese field's as far as the standards can
// tell. A clean field is read only when all of it is of the few rows an alphabet's letters take,
// with a character that no standard holds or forms that no one standard writes together.
// The price: such a field ("丿亘賷" itself, were a Chinese writer to type it) is read.

/** Whether GBK lead byte `lead` is Greek's, Cyrillic's, Hebrew's or Arabic's UTF-8 lead. */
const ALPHABET_LEAD = (lead: number): boolean =>
  (lead >= 0xce && lead <= 0xd3) || (lead >= 0xd7 && lead <= 0xdb);

/**
 * Which alphabet's rows GBK page `enc` writes `cp` in as a UTF-8 lead byte and a continuation
 * byte: 1 Greek (CE-CF), 2 Cyrillic (D0-D3), 3 Hebrew (D7), 4 Arabic (D8-DB); 0 for none.
 */
function rowsOf(cp: number, enc: PageEncoder): number {
  const b = enc.encode(cp);
  if (b?.length !== 2) return 0;
  const lead = b[0] as number;
  const trail = b[1] as number;
  if (trail < 0x80 || trail > 0xbf) return 0;
  return lead < 0xce || lead > 0xdb
    ? 0
    : lead < 0xd0
      ? 1
      : lead < 0xd4
        ? 2
        : lead === 0xd7
          ? 3
          : lead >= 0xd8
            ? 4
            : 0;
}

/** The alphabets a field broken whole through GBK is read as (alphabetField), as bits. */
const ALPHABETS =
  (1 << SCRIPT.greek) | (1 << SCRIPT.cyrillic) | (1 << SCRIPT.hebrew) | (1 << SCRIPT.arabic);

/**
 * The runs past ASCII of short field `text` read through GBK page `enc` (index `page`) as letters
 * of one of ALPHABETS, from its first character past ASCII at `first`, when the standards say no
 * Chinese field is it (the comment above); undefined otherwise.
 */
function alphabetField(
  text: string,
  page: number,
  enc: PageEncoder,
  first: number,
): { readonly page: number; readonly runs: readonly OwnRun[] } | undefined {
  // Each character past ASCII first, by its two bytes alone: the lead byte of one alphabet's rows
  // (rowsOf) and a continuation byte, else the field is no such text (most Chinese ones leave at
  // their first or second character, before anything is decoded or a standard asked).
  const rows = rowsOf(text.charCodeAt(first), enc);
  if (rows === 0) return undefined;
  let field = '';
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) return undefined;
      continue;
    }
    if (rowsOf(c, enc) !== rows) return undefined;
    field += text.charAt(i);
  }
  // One character is an initial at most, two bytes of evidence: a lone "賷" stays.
  if (field.length < 2) return undefined;
  const runs: OwnRun[] = [];
  for (let i = first; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x80) j++;
    // Two bytes a character, a lead C2-DF and a continuation: valid UTF-8 by construction.
    const after = UTF8.decode(encodeWith(text.slice(i, j), enc.page));
    for (let k = 0; k < after.length; k++) {
      const info = charInfo(after.charCodeAt(k));
      if (!isLetterOf(info, -1) || ((1 << scriptOf(info)) & ALPHABETS) === 0) return undefined;
    }
    runs.push({ at: i, end: j, after });
    i = j;
  }
  // A field of characters the cost model counts as common is a Chinese field's own, whatever
  // standards its forms mix ("荧褲", a simplified and a traditional form, is no "ӫѝ"): one at least
  // must cost (a GBK addition no standard's frequent level holds: "賷").
  let rare = 0;
  for (let i = 0; i < field.length; i++) rare += unigramCost(charInfo(field.charCodeAt(i)));
  if (rare < 1) return undefined;
  const fit = standardFit(field);
  if (fit.whole || fit.cost < STANDARD_GAIN) return undefined;
  // And the reading costs no more than the field in the cost model.
  let read = '';
  let last = 0;
  for (const r of runs) {
    read += text.slice(last, r.at) + r.after;
    last = r.end;
  }
  read += text.slice(last);
  const before = toCps(text);
  const after = toCps(read);
  return windowCost(before, 0, before.length) < windowCost(after, 0, after.length)
    ? undefined
    : { page, runs };
}
