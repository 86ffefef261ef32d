import { describe, expect, it } from 'vitest';
import type { Proposal } from './engine.js';
import { withoutHopeless } from './hopeless.js';
import { repairText } from './repairText.js';

const cpsOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);
const repair = (start: number, end: number, after: string): Proposal => ({
  start,
  end,
  after,
  chain: ['windows-1252'],
  gain: 6,
  applied: true,
});

describe('withoutHopeless', () => {
  it('withdraws a repair that leaves its run garbled', () => {
    const garble = 'ã¢â‚¬â„¢ãƒæ’ã‚â¢';
    const [p] = withoutHopeless(cpsOf(garble), [repair(2, 5, '€')]);
    expect(p?.applied).toBe(false);
    // Lowercased triple mojibake: nothing of it can be read back.
    const r = repairText(`${garble} ok`);
    expect(r.text).toBe(`${garble} ok`);
    expect(r.repairs.every((x) => !x.applied)).toBe(true);
  });

  it('keeps repairs that leave their run clean, and runs with few leftovers', () => {
    const text = 'NaÃ¯ve cafÃ© Ã©tÃ©';
    const proposals = [repair(2, 4, 'ï'), repair(10, 12, 'é'), repair(13, 15, 'é')];
    expect(withoutHopeless(cpsOf(text), proposals)).toEqual(proposals);
    expect(repairText('Itâ€™s done, cafÃ©').text).toBe('It’s done, café');
  });
});
