import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PERSIAN_AUDIT_2 } from '../../../test/text/persianAudit2.js';
import { GOLD, TRAPS } from '../../../test/text/persianGold.js';
import { ADJECTIVES, COMPOUNDS, HE_NOUNS, HE_NOUNS_BUT_AI } from './lexicon.js';
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

// The second audit (T61g): shop messages, the clitics after a noun in silent ه, the compounds and
// the comparatives, each typed joined or apart.
const Z = '\u200c';
const shop = PERSIAN_AUDIT_2.filter((p) => !p.kind.startsWith('trap-'));
// Arabic traps are left out: glued to Persian text they are part of a Persian message.
const shopTraps = PERSIAN_AUDIT_2.filter(
  (p) => p.kind.startsWith('trap-') && p.kind !== 'trap-arabic',
).map((p) => p.input);
const shopText = fc
  .array(fc.tuple(fc.constantFrom(...shop.map((p) => p.input)), sep), {
    minLength: 1,
    maxLength: 8,
  })
  .map((xs) => xs.map(([w, s]) => w + s).join(''));
const context = fc.constantFrom('', 'من ', 'لطفاً ', 'دیروز ', 'این ');
const after = fc.constantFrom('', ' را', ' کجاست؟', ' است.', ' و بعد');
const fa = (t: string) => normalizePersian(t, { language: 'fa' }).text;

describe('normalizePersian properties on shop messages', () => {
  test.prop([shopText], { numRuns: 150 })(
    'one pass reaches what repeated passes reach (the fixpoint, by brute force)',
    (t) => {
      let fixed = t;
      for (let i = 0; i < 6; i++) fixed = fa(fixed);
      expect(fa(t)).toBe(fixed);
    },
  );

  test.prop([fc.array(fc.constantFrom(...shopTraps), { minLength: 1, maxLength: 8 }), sep], {
    numRuns: 150,
  })('never touches a trap of the second audit', (traps, s) => {
    const t = traps.join(s);
    expect(fa(t)).toBe(t);
  });

  const cliticOfNoun = fc.oneof(
    fc.tuple(
      fc.constantFrom(...HE_NOUNS.words),
      fc.constantFrom('ای', 'ام', 'ات', 'اش', 'مان', 'تان', 'شان'),
    ),
    fc.tuple(
      fc.constantFrom(...HE_NOUNS_BUT_AI.words),
      fc.constantFrom('ام', 'ات', 'اش', 'مان', 'تان', 'شان'),
    ),
  );
  test.prop([context, cliticOfNoun, after], { numRuns: 200 })(
    'a clitic after a listed noun in silent ه comes back apart, typed joined or with a space',
    (pre, [noun, c], post) => {
      const want = `${pre}${noun}${Z}${c}${post}`;
      expect(fa(`${pre}${noun}${c}${post}`)).toBe(want);
      expect(fa(`${pre}${noun} ${c}${post}`)).toBe(want);
    },
  );

  const parts = fc.oneof(
    fc.constantFrom(...COMPOUNDS.pairs),
    fc.tuple(fc.constantFrom(...ADJECTIVES.words), fc.constantFrom('تر', 'ترین')),
  );
  test.prop([context, parts, after], { numRuns: 200 })(
    'a compound or a comparative comes back the same, typed joined or with a space',
    (pre, [a, b], post) => {
      expect(fa(`${pre}${a} ${b}${post}`)).toBe(fa(`${pre}${a}${b}${post}`));
    },
  );
});
