import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { GOLD, TRAPS } from '../../../test/text/persianGold.js';
import { normalizePersian } from './normalizePersian.js';

const words = fc.constantFrom(...GOLD.map((g) => g.input));
const sep = fc.constantFrom(' ', '، ', '. ', ' و ');
const text = fc
  .array(fc.tuple(words, sep), { minLength: 1, maxLength: 12 })
  .map((xs) => xs.map(([w, s]) => w + s).join(''));

describe('normalizePersian properties', () => {
  test.prop([text], { numRuns: 200 })('is idempotent', (t) => {
    const once = normalizePersian(t, { language: 'fa' }).text;
    expect(normalizePersian(once, { language: 'fa' }).text).toBe(once);
  });

  test.prop([fc.array(fc.constantFrom(...TRAPS), { minLength: 1, maxLength: 10 }), sep], {
    numRuns: 200,
  })('never touches a lexicon trap', (traps, s) => {
    const t = traps.join(s);
    expect(normalizePersian(t, { language: 'fa' }).text).toBe(t);
  });

  test.prop([text], { numRuns: 100 })('its changes describe the output exactly', (t) => {
    const r = normalizePersian(t, { language: 'fa' });
    let out = '';
    let at = 0;
    for (const c of r.changes) {
      expect(t.slice(c.start, c.end)).toBe(c.before);
      out += t.slice(at, c.start) + c.after;
      at = c.end;
    }
    expect(out + t.slice(at)).toBe(r.text);
  });
});
