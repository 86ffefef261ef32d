// Measured, not asserted: recall, precision and F1 of redact() on a generated, labelled corpus in
// 13 locales. The floors only go up. Seed 2026 is the one the recognizers were tuned on. Seed
// 90210 was held out until 2026-12-01, when its one missed NIE was read and fixed (the "NIE"
// label); seed 31337, drawn that day, was held out until 2026-12-02, when its leaked phone (after
// an order number: a digit now ends a reference label's reach) and its touched postcode (the
// "کد پستی" label) were read and fixed. Seed 4242424, drawn that day, was held out until later
// that day, when its one leaked phone (a sentence after "注文しました。": a full stop "。" now ends a
// reference label's reach) was read and fixed. Seed 5151515, drawn then and not read, is held out
// in their place: only its figures are printed. Each is reported apart. On 2026-12-03 the
// generator learned forms people write today (corpus/forms.ts, from a second stream: 218 of the
// 720 messages of seed 2026 changed) and every seed's corpus with it; seed 985726285, drawn that
// day from the clock after the generator was final and measured once, is held out beside 5151515.
// Later that day (T29a) it learned a reference word in the sentence before a value ("Bestellung
// ist da. {v} ist meine Nummer.") and an order's number after an abbreviation ("Bestellnr. {v}"),
// from a third stream (27-57 of the 720 messages of each seed changed): the code before it leaked
// 2-18 values a seed there, and every seed's figures after it are those it had before or better.
// Then (T29e) bare PESELs there too ("Faktura przyszła! {v} to mój numer."): 0-85 of the 720
// messages of each seed changed (the third stream draws once more); the code before T29e leaked one
// PESEL on seeds 1, 6, 10 and 4242424 (after a phone label; born in 2000, read as a phone), the
// code after has every seed's former figures. Seed 985726285's misses, all of one kind (a phone
// wrapped after a national first part, one long group below), were then read and fixed (a group
// the national print ends with goes), so it is read now; seed 687027526, drawn from the clock after
// that and measured once, is held out in its place beside 5151515.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type Message } from './corpus/index.js';
import { evaluate, formatReport } from './metrics.js';

const TUNING_SEED = 2026;
const HELD_OUT_SEED = 90_210;
const ONCE_FRESH_SEED = 31_337;
const LATELY_FRESH_SEED = 4_242_424;
const FRESH_SEED = 5_151_515;
// Drawn on 2026-12-03 from `date +%s%N` (1796272175985726285, its last nine digits) after the
// generator learned forms.ts, and measured once: its eight leaked phones were all wrapped at a line
// end (a lone group of five digits or more on the next line, or a phone word after the number).
const HELD_OUT_2026_12_03 = 985_726_285;
// Drawn on 2026-12-03 at 09:00 UTC from `date +%s%N` (1796288192687027526, its last nine digits),
// after the corpus and the recognizers of that day, and measured once.
const FRESH_2026_12_03 = 687_027_526;
const MESSAGES = 720;

const run = (m: Message) => redact(m.text, { locale: m.locale }).findings;

describe('the labelled corpus', () => {
  const tuning = generateCorpus(TUNING_SEED, MESSAGES);

  it('is big and varied enough to measure on', () => {
    const locales = new Set(tuning.map((m) => m.locale.split('-')[0]));
    expect(tuning.length).toBeGreaterThanOrEqual(600);
    expect(locales.size).toBeGreaterThanOrEqual(10);
    for (const lang of ['fa', 'ar', 'ja', 'hi']) expect(locales).toContain(lang);
    const lookalikes = tuning.flatMap((m) => m.labels.filter((l) => !l.mustGo));
    expect(lookalikes.length).toBeGreaterThanOrEqual(500);
  });

  /** Reads a seed's corpus: prints its report and touched look-alikes, asserts the floors. */
  const measured = (name: string, messages: readonly Message[]) => {
    const report = evaluate(messages, run);
    console.log(formatReport(`redact, ${name}`, report));
    if (report.touched.length > 0) console.log(report.touched.join('\n'));
    // 0.95 until 2026-12-03; the seeds read so far measure 0.996-1.000 and 1.000 since.
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.99);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.99);
    return report;
  };

  it(`finds what must go and keeps what must stay (tuning seed ${TUNING_SEED})`, () => {
    expect(measured(`tuning seed ${TUNING_SEED}`, tuning).touched).toEqual([]);
  });

  it(`holds on a seed once held out (seed ${HELD_OUT_SEED})`, () => {
    const report = measured(
      `held-out seed ${HELD_OUT_SEED}`,
      generateCorpus(HELD_OUT_SEED, MESSAGES),
    );
    // Its last two touched look-alikes were 22-digit tracking numbers printed in fours (2026-12-01).
    expect(report.touched).toEqual([]);
  });

  it(`holds on a seed once held out (seed ${ONCE_FRESH_SEED})`, () => {
    const corpus = generateCorpus(ONCE_FRESH_SEED, MESSAGES);
    const report = measured(`held-out seed ${ONCE_FRESH_SEED}`, corpus);
    // Its touched look-alike was a Persian postcode after a phone label (2026-12-02).
    expect(report.touched).toEqual([]);
  });

  it(`holds on a seed once held out (seed ${LATELY_FRESH_SEED})`, () => {
    const corpus = generateCorpus(LATELY_FRESH_SEED, MESSAGES);
    const report = measured(`held-out seed ${LATELY_FRESH_SEED}`, corpus);
    // It touched none while held out; its one leak was a phone after "注文しました。" (2026-12-02).
    expect(report.touched).toEqual([]);
    expect(report.leaked).toBe(0);
  });

  it(`holds on a seed nobody tuned on (held-out seed ${FRESH_SEED})`, () => {
    const report = evaluate(generateCorpus(FRESH_SEED, MESSAGES), run);
    // Its figures only: a message read is a message tuned on.
    console.log(formatReport(`redact, held-out seed ${FRESH_SEED}`, report));
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
  });

  it(`holds on a seed once held out (seed ${HELD_OUT_2026_12_03})`, () => {
    const corpus = generateCorpus(HELD_OUT_2026_12_03, MESSAGES);
    const report = measured(`held-out seed ${HELD_OUT_2026_12_03}`, corpus);
    // Recall 0.992, precision 1.000 when drawn; its eight leaks were phones wrapped after a national
    // first part (read 2026-12-03).
    expect(report.touched).toEqual([]);
  });

  it(`holds on a seed nobody tuned on (held-out seed ${FRESH_2026_12_03})`, () => {
    const report = evaluate(generateCorpus(FRESH_2026_12_03, MESSAGES), run);
    // Its figures only: recall 1.000, precision 1.000 when drawn (1,003 entities; none of its 1,151
    // look-alikes touched).
    console.log(formatReport(`redact, held-out seed ${FRESH_2026_12_03}`, report));
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
