import { describe, expect, it } from 'vitest';
import type { Proposal } from './engine.js';
import { withoutLoneSpace } from './loneSpace.js';
import { repairText } from './repairText.js';

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);
const space = (start: number, after = 'Š'): Proposal => ({
  start,
  end: start + 2,
  after,
  chain: ['windows-1252'],
  gain: 3,
  applied: true,
});

describe('withoutLoneSpace', () => {
  it('leaves "Å " unapplied when the message has accents of its own', () => {
    const [p] = withoutLoneSpace(cps('Å ä ö'), [space(0)]);
    expect(p?.applied).toBe(false);
  });

  it('leaves a capital that stands as a word unapplied', () => {
    expect(withoutLoneSpace(cps('Cena Å koda'), [space(5)])[0]?.applied).toBe(false);
  });

  it('keeps the repair inside a word of plain ASCII ("xÅ y")', () => {
    expect(withoutLoneSpace(cps('xÅ yz'), [space(1)])[0]?.applied).toBe(true);
  });

  it('keeps "Ã " (à) and repairs beside other repairs', () => {
    expect(withoutLoneSpace(cps('Ã  ä'), [space(0, 'à')])[0]?.applied).toBe(true);
    const other: Proposal = { ...space(4), end: 6, after: 'é' };
    const two = withoutLoneSpace(cps('Å kÃ©'), [space(0), other]);
    expect(two.every((p) => p.applied)).toBe(true);
  });

  it('keeps Nordic, Baltic and Central European letter lists as they are', () => {
    for (const s of ['Å ä ö', 'Å Ä Ö', 'Æ Ø Å', 'Š Ž Č', 'Å och Ä', 'Ą Č Ę Ė Į Š Ų Ū Ž']) {
      expect(repairText(s)).toMatchObject({ text: s, changed: false });
    }
  });

  it('still repairs "Å " in a message that is mojibake elsewhere', () => {
    expect(repairText('Å veices baÅ†Ä·ieri gaida').text).toBe('Šveices baņķieri gaida');
  });
});
