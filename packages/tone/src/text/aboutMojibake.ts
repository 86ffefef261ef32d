import type { Proposal } from './engine.js';
import { isBreak } from './runParts.js';

// A text about mojibake (T59f): a customer reports what their screen shows and quotes it beside
// what they expected ("In the export “é” shows as “Ã©”", "Statt „Größe“ steht bei uns „GrÃ¶ÃŸe“
// im Betreff"). Byte for byte it is a clean message with one broken field, the shape repairText
// exists to repair; repaired, it reads "“é” shows as “é”", and the one thing the customer came to
// say is gone. The broken word is their evidence. What tells such a text apart is the line
// itself: the word the repair would write is quoted there already, as it stands, and the broken
// word is quoted too. Such a repair is reported (applied: false, at half its confidence at most,
// as every repair left is) and the text left as it was: the rule for anything uncertain.
// Quotation marks alone do not tell a quote of a screen from a broken field in quotes (a CSV cell,
// a JSON string, a subject line: "the subject shows 'ZamÃ³wienie'" is repaired, a known gap), and
// a clean twin alone does not either: a name in a form field broken beside the same name clean in
// a signature ("Šťastný a syn: ﾅ\uf8f0ﾅ･astný"), or a link's query beside the word searched for
// ("ara?q=Åapka — “şapka” aradım", the attachments audit), are broken copies and are repaired.
// Unquoted ("I see Ã© instead of é") the lone "Ã©" gains too little to be applied anyway.

/** How far along its line a word's clean twin is looked for, either side (code points). */
const REACH = 256;

/** A letter, mark or digit: what a word is made of (outside the repairs' spans). */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const isWordCp = (cp: number): boolean =>
  cp < 0x80
    ? (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    : WORD.test(String.fromCodePoint(cp));

/**
 * `proposals` with the applied repairs of a word that its line also writes as the repair would
 * (this file's header) no longer applied.
 *
 * @param cps - The text's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @returns The proposals, with such repairs unapplied; the same array when there is none.
 * @example
 * // "“é” shows as “Ã©”": "Ã©" → "é" is written on its line as it stands → left, reported.
 * // "Kunde: MÃ¼ller" alone on its line → "Müller", as before.
 * @since 0.1.0
 */
export function withoutMojibakeAbout(
  cps: readonly number[],
  proposals: readonly Proposal[],
): readonly Proposal[] {
  // Nothing applied, nothing to leave (most calls that get here).
  let any = false;
  for (let n = 0; n < proposals.length && !any; n++) any = (proposals[n] as Proposal).applied;
  if (!any) return proposals;
  // The non-ASCII code points outside every applied repair: a twin needs one of them (most broken
  // texts have none left, and most repaired words no twin: one sweep, then nothing).
  let clean: Set<number> | undefined;
  let k = 0;
  for (let i = 0; i < cps.length; i++) {
    while (k < proposals.length && (proposals[k] as Proposal).end <= i) k++;
    const cp = cps[i] as number;
    if (cp < 0x80) continue;
    const p = proposals[k];
    if (p?.applied && p.start <= i) continue;
    clean ??= new Set();
    clean.add(cp);
  }
  if (clean === undefined) return proposals;
  let out: Proposal[] | undefined;
  for (let n = 0; n < proposals.length; n++) {
    const p = proposals[n] as Proposal;
    if (!p.applied || !sharesClean(p.after, clean)) continue;
    // The word around the repair: letters, marks, digits and the spans of applied repairs.
    let from = p.start;
    while (from > 0) {
      const q = appliedAt(proposals, from - 1);
      if (q) from = q.start;
      else if (isWordCp(cps[from - 1] as number)) from--;
      else break;
    }
    let to = p.end;
    while (to < cps.length) {
      const q = appliedAt(proposals, to);
      if (q) to = q.end;
      else if (isWordCp(cps[to] as number)) to++;
      else break;
    }
    // A word set in quotation marks, as one quotes what a screen shows.
    if (!quoted(cps, from, to)) continue;
    // Its repairs (n's neighbours inside [from, to)), and the word they write.
    let first = n;
    while (first > 0 && (proposals[first - 1] as Proposal).start >= from) first--;
    let last = n;
    while (last + 1 < proposals.length && (proposals[last + 1] as Proposal).end <= to) last++;
    let word = '';
    let at = from;
    for (let m = first; m <= last; m++) {
      const q = proposals[m] as Proposal;
      if (!q.applied) continue;
      word += String.fromCodePoint(...cps.slice(at, q.start)) + q.after;
      at = q.end;
    }
    word += String.fromCodePoint(...cps.slice(at, to));
    if (twinOnLine(cps, proposals, from, to, word.normalize('NFC'))) {
      out ??= [...proposals];
      for (let m = first; m <= last; m++)
        if ((out[m] as Proposal).applied) out[m] = { ...(out[m] as Proposal), applied: false };
    }
    n = last;
  }
  return out ?? proposals;
}

/** The applied proposal over cps[i], if any (a search: the proposals are in order). */
function appliedAt(proposals: readonly Proposal[], i: number): Proposal | undefined {
  let lo = 0;
  let hi = proposals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((proposals[mid] as Proposal).end <= i) lo = mid + 1;
    else hi = mid;
  }
  const q = proposals[lo];
  return q?.applied === true && q.start <= i ? q : undefined;
}

/** Quotation marks and brackets (Unicode's Ps, Pe, Pi, Pf, and the ASCII quotes). */
const QUOTE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`]/u;
/** A space French typography sets inside guillemets ("« été »"): a space, no-break or narrow. */
const isGap = (cp: number | undefined): boolean => cp === 0x20 || cp === 0xa0 || cp === 0x202f;

/**
 * Whether cps[from, to) stands between quotation marks or brackets ("“Ã©”", "„Größe“", "'x'"),
 * a space inside each allowed ("« Ã©tÃ© »").
 */
function quoted(cps: readonly number[], from: number, to: number): boolean {
  const open = isGap(cps[from - 1]) ? from - 2 : from - 1;
  const close = isGap(cps[to]) ? to + 1 : to;
  return (
    open >= 0 &&
    close < cps.length &&
    QUOTE.test(String.fromCodePoint(cps[open] as number)) &&
    QUOTE.test(String.fromCodePoint(cps[close] as number))
  );
}

/** Whether `after` holds a code point of `clean`. */
function sharesClean(after: string, clean: ReadonlySet<number>): boolean {
  for (const ch of after) if (clean.has(ch.codePointAt(0) as number)) return true;
  return false;
}

/**
 * Whether the line of cps[from, to) writes `word` (NFC) as a whole word elsewhere, within REACH
 * either side, outside every applied repair: as it stands or in another normal form.
 */
function twinOnLine(
  cps: readonly number[],
  proposals: readonly Proposal[],
  from: number,
  to: number,
  word: string,
): boolean {
  let lo = from;
  while (lo > 0 && from - lo < REACH && !isBreak(cps[lo - 1])) lo--;
  let hi = to;
  while (hi < cps.length && hi - to < REACH && !isBreak(cps[hi])) hi++;
  for (let i = lo; i < hi; i++) {
    if (!isWordCp(cps[i] as number) || (i > lo && isWordCp(cps[i - 1] as number))) continue;
    // The word starting here, to its end (or the window's).
    let j = i;
    while (j < hi && isWordCp(cps[j] as number)) j++;
    if ((j <= from || i >= to) && quoted(cps, i, j)) {
      const text = String.fromCodePoint(...cps.slice(i, j));
      if ((text === word || text.normalize('NFC') === word) && !touchesApplied(proposals, i, j))
        return true;
    }
    i = j;
  }
  return false;
}

/** Whether an applied proposal lies over part of cps[i, j). */
function touchesApplied(proposals: readonly Proposal[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (appliedAt(proposals, k)) return true;
  return false;
}
