// Precision and recall of lintReply on a labelled set of drafts written for this purpose: nine
// languages, correct drafts in both registers and drafts with the slips a reviewer would mark
// (including slips the linter is not built to see, such as a bare informal imperative).
import { type FindingCode, lintReply } from '@meridian-cx/tone';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus/index.js';

type Tally = { tp: number; fp: number; fn: number; drafts: number };

function score(
  locale: string,
  text: string,
  register: 'formal' | 'informal',
  expected: readonly FindingCode[],
  t: Tally,
) {
  const got = lintReply(text, { locale, register }).map((f) => f.code);
  const left = [...expected];
  for (const code of got) {
    const i = left.indexOf(code);
    if (i >= 0) {
      left.splice(i, 1);
      t.tp++;
    } else t.fp++;
  }
  t.fn += left.length;
  t.drafts++;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('lintReply on the labelled corpus', () => {
  it('keeps precision high and recall useful, in every language', () => {
    const total: Tally = { tp: 0, fp: 0, fn: 0, drafts: 0 };
    const lines: string[] = [];
    for (const [locale, drafts] of Object.entries(CORPUS)) {
      const t: Tally = { tp: 0, fp: 0, fn: 0, drafts: 0 };
      for (const [text, register, expected = []] of drafts) {
        score(locale, text, register, expected, t);
      }
      total.tp += t.tp;
      total.fp += t.fp;
      total.fn += t.fn;
      total.drafts += t.drafts;
      const p = t.tp / (t.tp + t.fp);
      const r = t.tp / (t.tp + t.fn);
      lines.push(
        `${locale}: ${t.drafts} drafts, precision ${pct(p)}, recall ${pct(r)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      );
      expect(p, `${locale} precision`).toBeGreaterThanOrEqual(0.9);
      expect(r, `${locale} recall`).toBeGreaterThanOrEqual(0.7);
    }
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    lines.push(
      `all: ${total.drafts} drafts, precision ${pct(precision)}, recall ${pct(recall)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
    );
    console.log(`lintReply corpus\n${lines.join('\n')}`);
    expect(total.drafts).toBeGreaterThanOrEqual(300);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
