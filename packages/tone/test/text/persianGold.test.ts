import { describe, expect, it } from 'vitest';
import { normalizePersian } from '../../src/text/persian/normalizePersian.js';
import { ARABIC, GOLD, TRAPS } from './persianGold.js';

describe('Persian gold set', () => {
  it('restores the standard orthography on at least 95% of the pairs and never touches a trap', () => {
    const kinds = new Map<string, [number, number]>();
    let ok = 0;
    for (const g of GOLD) {
      const hit = normalizePersian(g.input, { language: 'fa' }).text === g.expected;
      const k = kinds.get(g.kind) ?? [0, 0];
      kinds.set(g.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
      if (hit) ok++;
    }
    const traps = GOLD.filter((g) => g.kind === 'trap');
    console.log(
      `Persian gold set: ${ok}/${GOLD.length} pairs (${traps.length} traps)\n` +
        [...kinds].map(([k, [a, b]]) => `  ${k}: ${a}/${b}`).join('\n'),
    );
    expect(GOLD.length).toBeGreaterThanOrEqual(250);
    expect(TRAPS.length).toBeGreaterThanOrEqual(60);
    expect(ok / GOLD.length).toBeGreaterThanOrEqual(0.95);
    for (const t of TRAPS) expect(normalizePersian(t, { language: 'fa' }).text).toBe(t);
  });

  it('detects Arabic and keeps its ي and ك', () => {
    for (const a of ARABIC)
      expect(normalizePersian(a)).toMatchObject({ text: a, language: 'ar', changes: [] });
  });
});
