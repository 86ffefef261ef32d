// Precision and recall of lintReply on labelled drafts written for this purpose, in nine
// languages: correct drafts in both registers and drafts with the slips a reviewer would mark
// (including slips the linter is not built to see). Two sets:
// - test/corpus: the tuning set, which the word lists were written and adjusted against;
// - test/corpus-heldout: written before the recall work of 0.2.0 and never used to choose a rule,
//   so its figures say how the rules generalise. Both are printed in the test output.
// The floors are on the draft level (per draft and code): the tuning labels count one finding per
// slip even where the slip has two marked words ("Hast du"), so the finding level reads a second,
// correct finding on the same slip as a false positive. Both levels are printed.
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus/index.js';
import { describeTally, precision, recall, scoreCorpus } from './corpus/score.js';
import { HELD_OUT } from './corpus-heldout/index.js';

describe('lintReply on the labelled corpus', () => {
  it('tuning set: keeps precision high and recall useful, in every language', () => {
    const { perLocale, total } = scoreCorpus(CORPUS);
    const lines = Object.entries(perLocale).map(([l, s]) => describeTally(l, s.drafts));
    lines.push(describeTally('all (draft level)', total.drafts));
    lines.push(describeTally('all (finding level)', total.findings));
    console.log(`lintReply tuning corpus\n${lines.join('\n')}`);
    for (const [locale, s] of Object.entries(perLocale)) {
      expect(precision(s.drafts), `${locale} precision`).toBeGreaterThanOrEqual(0.95);
      expect(recall(s.drafts), `${locale} recall`).toBeGreaterThanOrEqual(0.8);
    }
    expect(total.drafts.drafts).toBeGreaterThanOrEqual(300);
    expect(precision(total.drafts)).toBeGreaterThanOrEqual(0.98);
    expect(recall(total.drafts)).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out set: figures on drafts never used for tuning', () => {
    const { perLocale, total } = scoreCorpus(HELD_OUT);
    const lines = Object.entries(perLocale).map(([l, s]) => describeTally(l, s.drafts));
    lines.push(describeTally('all (draft level)', total.drafts));
    lines.push(describeTally('all (finding level)', total.findings));
    console.log(`lintReply held-out corpus\n${lines.join('\n')}`);
    expect(total.drafts.drafts).toBeGreaterThanOrEqual(180);
    // Measured once after the 0.2.0 rules were fixed: precision 96.5%, recall 92.2% (95.3% and
    // 67.8% before). Floors below those, so a change that loses ground here fails.
    expect(precision(total.drafts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.drafts)).toBeGreaterThanOrEqual(0.9);
  });
});
