// T57c: French typography broken once through Windows-1252 and its neighbours came back as other
// wrong text, a no-break space read one layer further as a byte of a Han character or an
// Arabic-Indic digit: worse than no repair.
import { describe, expect, it } from 'vitest';
import type { CodePage } from './codePageList.js';
import { holdsFrenchSpace } from './frenchSpace.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

describe('French typography under a repair', () => {
  const cases: [CodePage, string, string][] = [
    ['windows-1252', '«\u00a0été\u00a0»', '« ét頻'],
    ['windows-1252', 'été\u00a0»', 'ét頻'],
    ['windows-1252', 'OÙ\u00a0?', 'O٠?'],
    ['iso-8859-1', '«\u00a0été\u00a0»', '« ét頻'],
    ['iso-8859-1', 'OÙ\u00a0?', 'O٠?'],
    ['iso-8859-15', 'été\u00a0»', 'ét頻'],
    ['iso-8859-15', 'OÙ\u00a0?', 'O٠?'],
    ['windows-1250', 'OÙ\u00a0?', 'O٠?'],
    ['macintosh', 'OÙ\u00a0?', 'O٠?'],
  ];
  it.each(cases)('through %s, %j comes back (it read as %j)', (page, text) => {
    expect(repairText(mojibake(text, page)).text).toBe(text);
  });

  it('comes back inside a sentence, both spaces of the guillemets and one before "?"', () => {
    const text = 'Le colis «\u00a0payé\u00a0» est arrivé\u00a0? OÙ\u00a0? Merci\u00a0!';
    for (const page of ['windows-1252', 'iso-8859-15', 'windows-1250', 'macintosh'] as const)
      expect(repairText(mojibake(text, page)).text, page).toBe(text);
  });
});

describe('holdsFrenchSpace', () => {
  it('finds a no-break space after a French letter ending a word, before » ; : ! ?', () => {
    expect(holdsFrenchSpace(cps('été\u00a0»'), 2, 4)).toBe(true);
    expect(holdsFrenchSpace(cps('OÙ\u00a0?'), 1, 3)).toBe(true);
    // The letter's space outside the span: no reading of the span takes it.
    expect(holdsFrenchSpace(cps('OÙ\u00a0?'), 1, 2)).toBe(false);
  });

  it('leaves "à" and a no-break space broken ("Ã\u00a0", "Â\u00a0"), a lone letter and a sign', () => {
    expect(holdsFrenchSpace(cps('voilÃ\u00a0!'), 4, 6)).toBe(false);
    expect(holdsFrenchSpace(cps('xÂ\u00a0»'), 1, 3)).toBe(false);
    // A letter with no letter before it: "٠" of Arabic broken twice ("Ù¡Ù\u00a0:" for "١٠:").
    expect(holdsFrenchSpace(cps('¡Ù\u00a0:'), 1, 3)).toBe(false);
    expect(holdsFrenchSpace(cps('šé\u00a0»'), 1, 4)).toBe(false);
    expect(holdsFrenchSpace(cps('té\u00a0x'), 1, 3)).toBe(false);
  });
});
