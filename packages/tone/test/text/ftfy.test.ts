// ftfy's own test cases, read from ../shared/corpora/ftfy at test time (Apache-2.0, never copied
// here). We keep typography, so a case is judged against `fixed-encoding` where present.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/text/repairText.js';
import { FTFY_DIR, loadFtfyCases, matches, target } from './ftfyCorpus.js';

const cases = loadFtfyCases();

describe.skipIf(cases === undefined)('ftfy corpus', () => {
  it('passes ftfy’s pass cases and fixes some of its known failures', () => {
    const all = cases ?? [];
    const pass = all.filter((c) => c.expect === 'pass');
    const known = all.filter((c) => c.expect === 'fail');
    const passed = pass.filter((c) => matches(c, repairText(c.original).text));
    const negatives = pass.filter((c) => c.file === 'negative.json');
    const untouched = negatives.filter((c) => repairText(c.original).text === target(c));
    const fixed = known.filter((c) => matches(c, repairText(c.original).text));
    const missed = pass.filter((c) => !passed.includes(c)).map((c) => c.label);
    console.log(
      `ftfy corpus: ${passed.length}/${pass.length} pass cases (${untouched.length}/${negatives.length} negatives untouched); ` +
        `known failures fixed ${fixed.length}/${known.length}: ${fixed.map((c) => c.label).join(' | ')}\n` +
        `missed: ${missed.join(' | ')}`,
    );
    expect(passed.length).toBeGreaterThanOrEqual(151);
    expect(untouched.length).toBe(negatives.length);
    // Known failures fixed: 'à' through Windows-1251, Mac Roman "pi√π", the incomplete Arabic digits,
    // the DOS page's "┬┐que diferencia hay?", Vietnamese "hĂ i" through Windows-1250, and the
    // "Misleading mix-up in Spanish" (its Windows-1252 quotes kept curly: see `matches`).
    expect(fixed.length).toBeGreaterThanOrEqual(6);
  }, 120_000);
});

if (cases === undefined) console.log(`ftfy corpus not found at ${FTFY_DIR}: skipped`);
