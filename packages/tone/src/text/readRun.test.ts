import { describe, expect, it } from 'vitest';
import { misdecode } from '../../test/text/mojibakeCorpus.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { EngineOptions } from './engine.js';
import { readRun, tally } from './readRun.js';
import { toCps } from './runParts.js';

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const options: EngineOptions = { encoders, maxChain: 3, minGain: 3, preferCommon: true };

describe('readRun: pages far behind the best reading', () => {
  it('measures a run broken twice by what its best page gains through the inner layer', () => {
    const original = '的訂單已於今天出貨。退款將在十四個工作天內';
    const once = misdecode(original, 'windows-1252', true).text;
    const cps = toCps(misdecode(once, 'windows-1252', true).text);
    const readings = readRun(cps, 0, cps.length, options, 0);
    expect(readings[0]?.page.page).toBe('windows-1252');
    expect(readings[0]?.proposals.map((p) => p.after).join('')).toBe(original);
    // ISO-8859-1 reads only the stretches between the characters it lacks (€, “, ‡): its ceiling
    // is within 85% of what Windows-1252 gains without its inner layer, not of what it gains with
    // it. Far behind, it is not read one and two layers down.
    expect(tally.behind?.map((p) => p.page)).toContain('iso-8859-1');
    expect(readings.map((r) => r.page.page)).not.toContain('iso-8859-1');
  });
});

describe('readRun: inner layers that cannot repair anything', () => {
  it('does not read a layer under a decoded text in which no page finds a group', () => {
    // Through ISO-8859-1, which lacks "‚", "доставка" through Windows-1252 reads as "дос" and
    // "авка" beside the mojibake left between them: clean words that cost something in place, so
    // they may go a layer deeper, where no page finds a group in them.
    const cps = toCps(` ${misdecode('доставка', 'windows-1252', true).text} x`);
    const end = cps.length - 2;
    const units = (maxChain: number): number => {
      const before = tally.units;
      readRun(cps, 1, end, { ...options, maxChain }, 0);
      return tally.units - before;
    };
    expect(units(3)).toBe(units(1));
  });
});
