// Scores lintReply on labelled drafts, two ways:
// - finding level (the measure since 0.1.0): each expected code is matched by one finding, so a
//   draft with two informal words labelled once counts one false positive;
// - draft level: per draft and code, "did the reviewer expect it" against "did the linter raise it",
//   which does not depend on how many words of a slip a label counts.
import { type FindingCode, lintReply } from '@meridian-cx/tone';
import type { Draft } from './types.js';

export type Tally = { tp: number; fp: number; fn: number; drafts: number };
export type Score = { findings: Tally; drafts: Tally };

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, drafts: 0 });

function add(into: Tally, from: Tally): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  into.drafts += from.drafts;
}

function scoreDraft(locale: string, [text, register, expected = []]: Draft, s: Score): void {
  const got = lintReply(text, { locale, register }).map((f) => f.code);
  const left: FindingCode[] = [...expected];
  for (const code of got) {
    const i = left.indexOf(code);
    if (i >= 0) {
      left.splice(i, 1);
      s.findings.tp++;
    } else s.findings.fp++;
  }
  s.findings.fn += left.length;
  s.findings.drafts++;
  const want = new Set(expected);
  const have = new Set(got);
  for (const code of have) if (want.has(code)) s.drafts.tp++;
  for (const code of have) if (!want.has(code)) s.drafts.fp++;
  for (const code of want) if (!have.has(code)) s.drafts.fn++;
  s.drafts.drafts++;
}

/** Score every draft of a corpus; returns per-locale and total scores. */
export function scoreCorpus(corpus: Readonly<Record<string, readonly Draft[]>>): {
  perLocale: Record<string, Score>;
  total: Score;
} {
  const total: Score = { findings: empty(), drafts: empty() };
  const perLocale: Record<string, Score> = {};
  for (const [locale, drafts] of Object.entries(corpus)) {
    const s: Score = { findings: empty(), drafts: empty() };
    for (const d of drafts) scoreDraft(locale, d, s);
    perLocale[locale] = s;
    add(total.findings, s.findings);
    add(total.drafts, s.drafts);
  }
  return { perLocale, total };
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line: drafts, precision, recall and the counts behind them. */
export function describeTally(label: string, t: Tally): string {
  return `${label}: ${t.drafts} drafts, precision ${pct(precision(t))}, recall ${pct(recall(t))} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}
