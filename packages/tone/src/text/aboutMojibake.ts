import { charInfo, KIND, kindOf } from './charClass.js';
import { type Proposal, proposalOver } from './engine.js';
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

/** A letter, mark or digit by the cost model's classes: what a word is made of. */
const isWordCp = (cp: number): boolean => {
  const kind = kindOf(charInfo(cp));
  return kind === KIND.letter || kind === KIND.mark || kind === KIND.digit;
};

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
  let out: Proposal[] | undefined;
  for (let n = 0; n < proposals.length; n++) {
    const p = proposals[n] as Proposal;
    if (!p.applied) continue;
    // The word's end: letters, marks, digits and the applied repairs glued after it (the next
    // proposals looked up in order; an unapplied one is text as it stands).
    let to = p.end;
    let m = n + 1;
    while (to < cps.length) {
      while (m < proposals.length && (proposals[m] as Proposal).end <= to) m++;
      const q = m < proposals.length ? (proposals[m] as Proposal) : undefined;
      if (q?.applied && q.start === to) to = q.end;
      else if (isWordCp(cps[to] as number)) to++;
      else break;
    }
    // Most repaired words stand in no quotation marks: nothing more to ask of them.
    if (!quoteAt(cps, gapAt(cps, to) ? to + 1 : to)) {
      n = m - 1;
      continue;
    }
    let from = p.start;
    while (from > 0) {
      const q = appliedAt(proposals, from - 1);
      if (q) from = q.start;
      else if (isWordCp(cps[from - 1] as number)) from--;
      else break;
    }
    if (!quoteAt(cps, gapAt(cps, from - 1) ? from - 2 : from - 1)) {
      n = m - 1;
      continue;
    }
    // Its repairs (the proposals inside [from, to)), and the word they write.
    let first = n;
    while (first > 0 && (proposals[first - 1] as Proposal).start >= from) first--;
    const last = m - 1;
    let word = '';
    let at = from;
    for (let k = first; k <= last; k++) {
      const q = proposals[k] as Proposal;
      if (!q.applied) continue;
      word += String.fromCodePoint(...cps.slice(at, q.start)) + q.after;
      at = q.end;
    }
    word += String.fromCodePoint(...cps.slice(at, to));
    if (twinOnLine(cps, proposals, from, to, word.normalize('NFC'))) {
      out ??= [...proposals];
      for (let k = first; k <= last; k++)
        if ((out[k] as Proposal).applied) out[k] = { ...(out[k] as Proposal), applied: false };
    }
    n = last;
  }
  return out ?? proposals;
}

/** The applied proposal over cps[i], if any. */
const appliedAt = (proposals: readonly Proposal[], i: number): Proposal | undefined => {
  const q = proposalOver(proposals, i);
  return q?.applied ? q : undefined;
};

/** Quotation marks and brackets (Unicode's Ps, Pe, Pi, Pf, and the ASCII quotes). */
const QUOTE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`]/u;
/** A space French typography sets inside guillemets ("« été »"): a space, no-break or narrow. */
const isGap = (cp: number): boolean => cp === 0x20 || cp === 0xa0 || cp === 0x202f;
/** Whether cps[i] is such a space (false outside the array, which is not read there). */
const gapAt = (cps: readonly number[], i: number): boolean =>
  i >= 0 && i < cps.length && isGap(cps[i] as number);

/** Whether cps[i] is a quotation mark or a bracket (ASCII compared, the rest by category). */
function quoteAt(cps: readonly number[], i: number): boolean {
  // Read inside the array only: a read past its ends deoptimises the caller ('out of bounds').
  if (i < 0 || i >= cps.length) return false;
  const cp = cps[i] as number;
  if (cp < 0x80)
    return (
      cp === 0x22 ||
      cp === 0x27 ||
      cp === 0x60 ||
      cp === 0x28 ||
      cp === 0x29 ||
      cp === 0x5b ||
      cp === 0x5d ||
      cp === 0x7b ||
      cp === 0x7d
    );
  // A letter (the next word's, past a space: most repairs end so) is no quote: no string made.
  return kindOf(charInfo(cp)) === KIND.punct && QUOTE.test(String.fromCodePoint(cp));
}

/**
 * Whether cps[from, to) stands between quotation marks or brackets ("“Ã©”", "„Größe“", "'x'"),
 * a space inside each allowed ("« Ã©tÃ© »").
 */
const quoted = (cps: readonly number[], from: number, to: number): boolean =>
  quoteAt(cps, gapAt(cps, from - 1) ? from - 2 : from - 1) &&
  quoteAt(cps, gapAt(cps, to) ? to + 1 : to);

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
