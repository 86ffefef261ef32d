// A word opened by "Ã–" (Ö, C3 96, read through Windows-1252) and glued to a small letter: the en
// dash costs nothing beside letters ("A–Z", "Paris–Berlin"), so the pair alone gained 1 where a
// repair needs 3, and "Ã–lfilter_Rechnung.pdf" stayed as it came (a known gap until T45b).
import { describe, expect, it } from 'vitest';
import { segmentCost } from './cost.js';
import { repairText } from './repairText.js';

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

describe('"Ã–" opening a word', () => {
  it('costs as a sign glued between two letters, and only there', () => {
    // The segment "Ã–" between its context: 1 for "Ã", 2 for the dash glued into "Ã–l".
    expect(segmentCost(cps('Ã–'), [], cps('lf'))).toBe(3);
    expect(segmentCost(cps('Ã–'), cps('t_'), cps('st'))).toBe(3);
    // After a letter ("SÃ–hne" could be anything), before a capital or a space: the dash is free.
    expect(segmentCost(cps('Ã–'), cps('tS'), cps('hn'))).toBe(1);
    expect(segmentCost(cps('Ã–'), [], cps('Ã–'))).toBe(1);
    expect(segmentCost(cps('Ã–'), [], cps(' b'))).toBe(1);
    expect(segmentCost(cps('Ö'), cps('t_'), cps('st'))).toBe(0);
  });

  it('is read as "Ö" in a file name, a word or a path, and nowhere else', () => {
    const cases = [
      ['Ã–lfilter_Rechnung.pdf', 'Ölfilter_Rechnung.pdf'],
      ['Bericht_Ã–sterreich.docx', 'Bericht_Österreich.docx'],
      ['Ã–deme_Dekontu.png', 'Ödeme_Dekontu.png'],
      ['2026-03_Ã–zet.xlsx', '2026-03_Özet.xlsx'],
      ['Anhang: Ã–lwechsel.pdf', 'Anhang: Ölwechsel.pdf'],
      ['/home/ayse/Ã–devler/', '/home/ayse/Ödevler/'],
      ['Vielen Dank, Ihr Team aus Ã–sterreich', 'Vielen Dank, Ihr Team aus Österreich'],
    ];
    for (const [broken, original] of cases) {
      const r = repairText(broken as string);
      expect(r.text).toBe(original);
      expect(r.repairs).toMatchObject([{ before: 'Ã–', after: 'Ö', chain: ['windows-1252'] }]);
    }
    // Where "Ã–" may be meant it stays: spaced, drawn, after a letter, before a capital.
    for (const text of [
      'Ã – b',
      'Ã – Ã',
      'Ã–',
      'Ã– ',
      'x = Ã–B',
      'SÃ–hne',
      'a lot of Ã’s in mojibake text',
      'A–Z, Paris–Berlin, 1–2 días',
      'Ölfilter – Österreich',
    ])
      expect(repairText(text).changed).toBe(false);
  });
});
