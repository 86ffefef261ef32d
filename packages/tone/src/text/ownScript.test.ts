import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RUN_UNITS } from './budget.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { SIMPLIFIED_ONLY, wholeOwnScript } from './ownScript.js';
import { repairText } from './repairText.js';

describe('SIMPLIFIED_ONLY', () => {
  it("is every hanzi of GBK's Armenian rows of GB 2312 that Big5 cannot write", () => {
    const rows: string[] = [];
    for (const [lead, from, to] of [
      [0xd4, 0xb1, 0xbf],
      [0xd5, 0xa1, 0xbf],
    ] as const)
      for (let t = from; t <= to; t++) rows.push(iconv.decode(Buffer.from([lead, t]), 'gbk'));
    const big5Lacks = rows.filter((c) => iconv.decode(iconv.encode(c, 'big5'), 'big5') !== c);
    expect(big5Lacks.join('')).toBe(SIMPLIFIED_ONLY);
    // Each reads as an Armenian letter through GBK.
    for (const c of SIMPLIFIED_ONLY)
      expect(new TextDecoder().decode(iconv.encode(c, 'gbk'))).toMatch(/^\p{Script=Armenian}$/u);
  });
});

describe('a short field of an alphabet broken whole through GBK (T66f)', () => {
  it('reads "丿亘賷" as "دبي": no standard writes it whole, and the best one charges it 3', () => {
    // Kept on main: "賷" (D9 8A, "ي") is no standard's and costs 2, "丿" and "亘" are GB 2312's
    // second level (D8 AF "د", D8 A8 "ب"), so the engine saw 2.
    for (const page of ['gbk', 'gb18030']) {
      expect(iconv.decode(Buffer.from('دبي', 'utf8'), page)).toBe('丿亘賷');
      const r = repairText('丿亘賷');
      expect(r.text).toBe('دبي');
      expect(r.repairs.map((x) => [x.before, x.after, x.chain, x.confidence, x.applied])).toEqual([
        ['丿亘賷', 'دبي', ['gbk'], 0.53, true],
      ]);
    }
    expect(repairText('Dubai 丿亘賷 12').text).toBe('Dubai دبي 12');
  });

  it('leaves a field some standard writes whole, one character, and what reads as no alphabet', () => {
    for (const t of [
      '袧懈褕', // "Ниш": Big5 writes it (懈 褕 frequent, 袧 less frequent)
      '丿亘', // "دب": JIS X 0208 writes it whole (丿 level 2, 亘 level 1)
      '賷', // "ي" alone: an initial at most
      '写芯屑', // "дом": GB 2312's first level, all of it
      '荧褲', // "ӫѝ": a simplified and a traditional form, both common (cjkField.prop's seed 20261130)
      '为了', // "为" is CE AA (Greek's rows), "了" is not
      '丿亘賷\n', // two lines: no field
    ])
      expect([t, repairText(t).text]).toEqual([t, t]);
    // Past FIELD_MAX a message is the engine's to read (ten words of it gain enough), not this.
    const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
    expect(wholeOwnScript('丿亘賷 '.repeat(11), encoders)).toBeUndefined();
    expect(wholeOwnScript('丿亘賷', encoders)?.runs).toEqual([{ at: 0, end: 3, after: 'دبي' }]);
  });
});

describe('wholeOwnScript on the work budget (session 51)', () => {
  // The GBK page with a count of the characters it is asked to encode: the pass's work, counted
  // (each character past ASCII of a run read is encoded once, then the run is decoded whole).
  const counting = () => {
    const base = encoderFor('gbk');
    const counter = { encoded: 0 };
    const enc = {
      ...base,
      encode: (cp: number) => {
        counter.encoded++;
        return base.encode(cp);
      },
    };
    return { encoders: [enc], counter };
  };
  // "ա" through GBK ("铡", GB 2312: no evidence of GBK's additions, so never read whole) between
  // spaces, and a message of short Armenian words broken whole ("毡榨謤 乍謮": read whole when it
  // holds a simplified form, "铡"): both are read to their end when the budget allows.
  const SHAPES = { '铡 ': '铡 ', 'Armenian words': '毡榨謤 乍謮 蘸铡湛站榨謤斩 ' };

  it.each(Object.entries(SHAPES))('%s: the work grows with the text, no faster', (_, shape) => {
    const work = [3_000, 6_000, 12_000].map((n) => {
      const { encoders, counter } = counting();
      const budget = { left: Number.POSITIVE_INFINITY };
      wholeOwnScript(shape.repeat(n / shape.length), encoders, budget);
      return counter.encoded;
    });
    expect(work[0]).toBeGreaterThan(0);
    expect((work[1] as number) / (work[0] as number)).toBeLessThan(2.2);
    expect((work[2] as number) / (work[1] as number)).toBeLessThan(2.2);
  });

  it.each(Object.entries(SHAPES))(
    '%s: once the budget is spent, no run more is read, and the call says so',
    (_, shape) => {
      for (const n of [20_000, 200_000]) {
        const { encoders, counter } = counting();
        const budget = { left: 5_000, short: false };
        expect(wholeOwnScript(shape.repeat(n / shape.length), encoders, budget)).toBeUndefined();
        expect(budget.short).toBe(true);
        // Characters charged one unit each and runs 2 × RUN_UNITS more: the run that spends it is read whole.
        expect(counter.encoded).toBeLessThanOrEqual(5_000 + shape.length);
      }
      // Within the budget the message is read as before.
      const budget = { left: 5_000, short: false };
      const whole = wholeOwnScript('毡榨謤 乍謮 蘸铡湛站榨謤斩', counting().encoders, budget);
      expect(whole?.runs.map((r) => r.after)).toEqual(['ձեր', 'է։', 'պատվերն']);
      expect(budget.short).toBe(false);
      const use = 2 * RUN_UNITS;
      expect(budget.left).toBe(5_000 - (3 + use) - (2 + use) - (7 + use));
    },
  );
});
