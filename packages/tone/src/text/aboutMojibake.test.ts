import { describe, expect, it } from 'vitest';
import { withoutMojibakeAbout } from './aboutMojibake.js';
import type { Proposal } from './engine.js';
import { repairText } from './repairText.js';

const cpsOf = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
/** Applied repairs of every occurrence of `before` in `text`, each to `after`. */
const repairs = (text: string, before: string, after: string, applied = true): Proposal[] => {
  const cps = [...text];
  const out: Proposal[] = [];
  for (let i = 0; i + before.length <= cps.length; i++)
    if (cps.slice(i, i + [...before].length).join('') === before)
      out.push({
        start: i,
        end: i + [...before].length,
        after,
        chain: ['windows-1252'],
        gain: 6,
        applied,
      });
  return out;
};
const appliedOf = (text: string, ps: Proposal[]) =>
  withoutMojibakeAbout(cpsOf(text), ps).map((p) => p.applied);

describe('withoutMojibakeAbout', () => {
  it('leaves a quoted broken word whose repair its line quotes as it stands', () => {
    const t = 'In the export “é” shows as “Ã©”.';
    expect(appliedOf(t, repairs(t, 'Ã©', 'é'))).toEqual([false]);
    const de = 'Statt „Größe“ steht bei uns „GrÃ¶ÃŸe“ im Betreff.';
    expect(appliedOf(de, repairs(de, 'Ã¶ÃŸ', 'öß'))).toEqual([false]);
    // Every repair of the word: "ZamÃ³wienie" of two, "Ã©tÃ©" in guillemets with spaces.
    const fr = '« Ã©tÃ© » au lieu de « été »';
    expect(appliedOf(fr, repairs(fr, 'Ã©', 'é'))).toEqual([false, false]);
  });

  it('repairs the word where its twin is not quoted, not on its line, or not whole', () => {
    for (const t of [
      "the subject shows 'ZamÃ³wienie'",
      "'ZamÃ³wienie' instead of Zamówienie",
      "Zamówienie\n'ZamÃ³wienie'",
      "'ZamÃ³wienie' and 'Zamówienie2'",
      'ZamÃ³wienie, not “Zamówienie”',
    ])
      expect(appliedOf(t, repairs(t, 'Ã³', 'ó'))).toEqual([true]);
    // A twin that is itself repaired is no clean twin.
    const both = "'ZamÃ³wienie' or 'ZamÃ³wienie'";
    expect(appliedOf(both, repairs(both, 'Ã³', 'ó'))).toEqual([true, true]);
  });

  it('gives the same array back where nothing is left', () => {
    const t = "'ZamÃ³wienie' 'Zamowienie'";
    const ps = repairs(t, 'Ã³', 'ó');
    expect(withoutMojibakeAbout(cpsOf(t), ps)).toBe(ps);
  });

  it('leaves the desk audit’s texts about mojibake as written, reported at low confidence', () => {
    const r = repairText('Statt „Größe“ steht bei uns „GrÃ¶ÃŸe“ im Betreff.');
    expect(r.text).toBe('Statt „Größe“ steht bei uns „GrÃ¶ÃŸe“ im Betreff.');
    expect(r.repairs.map((x) => [x.before, x.after, x.applied])).toEqual([['Ã¶ÃŸ', 'öß', false]]);
    expect(r.repairs[0]?.confidence).toBeLessThanOrEqual(0.5);
    // The same word broken in a field beside its clean form, unquoted, is a broken copy.
    expect(repairText('Šťastný a syn: ﾅ\uf8f0ﾅ･astný').text).toBe('Šťastný a syn: Šťastný');
  });
});
