import { describe, expect, it } from 'vitest';
import { misdecode } from '../../test/text/mojibakeCorpus.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { EngineOptions } from './engine.js';
import { piecesCeiling, readRun, tally, wholeRun } from './readRun.js';
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
    expect(readings.map((r) => r.page.page)).not.toContain('iso-8859-1');
    // (Windows-1252 reads the run whole and ISO-8859-1 reads pieces of its reading: both readings
    // leave it out, below. Each page its own reading, it is far behind.)
    readRun(cps, 0, cps.length, { ...options, readAll: true }, 0, 0);
    expect(tally.behind?.map((p) => p.page)).toContain('iso-8859-1');
  });
});

describe('readRun: a long run one page reads whole', () => {
  const twice = (text: string): number[] =>
    toCps(misdecode(misdecode(text, 'windows-1252', true).text, 'windows-1252', true).text);
  const pages = (cps: number[], readAll: boolean): string[] =>
    readRun(cps, 0, cps.length, { ...options, readAll }, 0).map((r) => r.page.page);

  it('reads the pages that write its characters as that page does as if not asked', () => {
    // Windows-1252 reads the run whole (497) and its inner layer explains it: ISO-8859-1 and
    // Windows-1254 write each character they have as it does, so each reads pieces of its reading
    // (244 and 425, between the "€" and "ž" they lack). Counted, Windows-1254 would be a rival
    // (within 15%) and the run would cast no vote; it is not a reading of its own, and both
    // readings leave such pages out: the full one reads them, then the run again without them;
    // the lazy one does not read them (their ceilings). Pages that write one of its characters
    // otherwise (ISO-8859-15's "ž") are still read.
    const cps = twice('お問い合わせいただきありがとうございます');
    const every = readRun(cps, 0, cps.length, { ...options, readAll: true }, 0, 0);
    expect(every.map((r) => r.page.page)).toEqual(
      expect.arrayContaining(['windows-1252', 'iso-8859-1', 'windows-1254']),
    );
    const full = readRun(cps, 0, cps.length, { ...options, readAll: true }, 0);
    const behind = tally.behind;
    const lazy = readRun(cps, 0, cps.length, options, 0);
    expect(tally.behind).toEqual(behind);
    expect(lazy).toEqual(full.filter((r) => !behind?.includes(r.page)));
    for (const page of ['iso-8859-1', 'windows-1254']) {
      expect(pages(cps, true)).not.toContain(page);
      expect(pages(cps, false)).not.toContain(page);
    }
  });

  it('reads a page that writes its characters alike when its pieces may gain more (bytes lost inside)', () => {
    // Each run is broken twice with bytes lost upstream (U+FFFD): the page that reads it whole
    // keeps what its inner layer cannot explain ("蠘é™" for the lost bytes; the Russian letters
    // whose second byte was lost, read one layer down), while a page that writes each character
    // it has alike reads only pieces, each gaining its cost in place beside the mojibake it leaves
    // (ISO-8859-1: 120 to Windows-1252's 118), or its bonus for sequences beyond the third
    // (Windows-1254 lacks "ž": 458 to 456). Left unread, that page cannot take the run.
    const lost = toCps('Ã¯Â¿Â½Ã¯Â¿Â½Ã¨Â\u00a0ËœÃ©â„¢ï¿½Ã¯Â¿Â½Ã¯Â¿Â½Ã¯Â¿Â½ DziÃ¯Â¿Â½Ã¨â‚¬Â®ujemy');
    const through = (text: string): string => misdecode(text, 'windows-1252').text;
    const cut = toCps(
      through(through(`${'задержка'.repeat(2)}的訂單已於今天出貨${'감사합니다'.repeat(2)}`)),
    );
    for (const [cps, end, page] of [
      [lost, 44, 'iso-8859-1'],
      [cut, cut.length, 'windows-1254'],
    ] as const) {
      const full = readRun(cps, 0, end, { ...options, readAll: true }, 0);
      const lazy = readRun(cps, 0, end, options, 0);
      expect(full[0]?.page.page).toBe(page);
      expect(lazy[0]).toEqual(full[0]);
    }
  });

  it('knows without reading them that the pages alike gain less in pieces', () => {
    // Windows-1252 reads the run whole (497); ISO-8859-1 and Windows-1254 lack characters that
    // end sequences of its reading ("€", "ž") and gain less in the pieces between them (244, 425).
    // Their ceiling counts only the groups they can form, found from the whole reading's UTF-8
    // sequences (not the "ã" before a "€" it lacks, which no group holds), and floors what their
    // decoded text costs: 439 and 482, so neither is read. Counting the stretches between the
    // characters they lack, each with its bonus, left pages such as these to be read.
    const cps = twice('お問い合わせいただきありがとうございます');
    const whole = encoderFor('windows-1252');
    const run = wholeRun(cps, 0, cps.length, whole);
    const best = readRun(cps, 0, cps.length, { ...options, readAll: true }, 0)[0];
    expect(best?.page).toBe(whole);
    for (const page of ['iso-8859-1', 'windows-1254'] as const) {
      const ceiling = piecesCeiling(
        cps,
        0,
        cps.length,
        encoderFor(page),
        whole,
        () => run,
        new Map(),
      );
      expect(ceiling).toBeGreaterThan(0);
      expect(ceiling).toBeLessThanOrEqual(best?.gain ?? 0);
    }
  });

  it("floors a piece's decoded text by the pairs its characters make, not by their unigrams alone", () => {
    // Chinese and Thai broken twice: Windows-1254 lacks the "ž" that ends some of Windows-1252's
    // sequences, ISO-8859-1 the "€"; their pieces decode to text broken once ("çš„", "à¸‚"),
    // whose characters cost nothing alone, and pairs such as "çš" cost 3 each. Floored by the
    // unigrams alone, their bonus for lead bytes put their ceilings above the whole reading's
    // gain (Windows-1254 422 against 380, 307 against 301; 545 and 505 against 485 on Thai), and
    // they were read to be dropped (T52d: 600 of the 730 runs Windows-1254 read on text broken
    // twice).
    for (const original of [
      '的訂單已於今天出貨。退款將在十四個工作天內',
      '感谢您的耐心等待我们会尽快处理',
      'ขอบคุณครับสำหรับการสั่งซื้อ',
    ]) {
      const cps = twice(original);
      const whole = encoderFor('windows-1252');
      const run = wholeRun(cps, 0, cps.length, whole);
      const best = readRun(cps, 0, cps.length, { ...options, readAll: true }, 0)[0];
      expect(best?.page).toBe(whole);
      for (const page of ['iso-8859-1', 'windows-1254'] as const) {
        const ceiling = piecesCeiling(
          cps,
          0,
          cps.length,
          encoderFor(page),
          whole,
          () => run,
          new Map(),
        );
        expect(ceiling, `${page} on ${original}`).toBeLessThanOrEqual(best?.gain ?? 0);
      }
    }
  });

  it('reads every page when that page explains too little of it', () => {
    // "â€" broken twice and repeated: Windows-1252 reads it whole as "â€â€…", itself mojibake
    // that no layer under it repairs; Windows-1250 reads each "â‚¬" as "€" and is the better one.
    const cps = toCps('Ã¢â‚¬'.repeat(8));
    expect(pages(cps, false)).toEqual(pages(cps, true));
    expect(pages(cps, false)).toContain('windows-1250');
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
