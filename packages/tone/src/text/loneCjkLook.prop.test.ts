import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Proposal } from './engine.js';
import { withoutLoneCjk } from './loneCjk.js';
import { WordLook } from './loneCjkLook.js';
import { wordLookPlain } from './loneCjkPlain.js';

// WordLook (one walk for every look of a withoutLoneCjk call) against the look per repair it
// replaced (loneCjkPlain.ts): the same count of clean CJK as far as two (withoutLoneCjk asks no
// more), and the same breaks either side where the count stays under two (the only looks whose
// breaks it keeps). Texts with long spaceless runs ("째1" repeated, Hangul, Han, kana) cross the
// ring's 128 positions many times; spaces, segment ends and clause marks cut some.

const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...'째카드가的毛カ䔻'), weight: 8 },
  { arbitrary: fc.constantFrom(...'1a'), weight: 4 },
  { arbitrary: fc.constantFrom(' ', '\n', ',', '，', '。', '\u3000', '：'), weight: 1 },
);
// Few CJK characters and fewer breaks: the walks grow long and the ring takes over (it serves a
// look only after one that read more than REACH characters).
const sparse = fc.oneof(
  { arbitrary: fc.constantFrom(...'1a'), weight: 24 },
  { arbitrary: fc.constantFrom(...'째카的カ'), weight: 2 },
  { arbitrary: fc.constantFrom(' ', '\n', '，', '。'), weight: 1 },
);
const text = fc.oneof(
  fc.array(unit, { minLength: 1, maxLength: 400, size: 'max' }).map((u) => u.join('')),
  fc.array(sparse, { minLength: 1, maxLength: 400, size: 'max' }).map((u) => u.join('')),
  fc
    .tuple(fc.integer({ min: 1, max: 200 }), fc.array(unit, { maxLength: 8 }))
    .map(([n, tail]) => '째1'.repeat(n) + tail.join('')),
);

/** Proposals over `cps` in order, without overlaps, from `raw`'s gaps, lengths and flags. */
function proposalsOf(
  cps: readonly number[],
  raw: readonly { gap: number; length: number; applied: boolean }[],
): Proposal[] {
  const out: Proposal[] = [];
  let at = 0;
  for (const r of raw) {
    at += r.gap;
    if (at + r.length > cps.length) break;
    out.push({
      start: at,
      end: at + r.length,
      after: '°',
      chain: ['euc-kr'],
      gain: 3,
      applied: r.applied,
    });
    at += r.length;
  }
  return out;
}

const raw = fc.array(
  fc.record({
    gap: fc.nat({ max: 4 }),
    length: fc.constantFrom(0, 1, 1, 1, 2),
    applied: fc.boolean(),
    asked: fc.boolean(),
  }),
  { maxLength: 200, size: 'max' },
);

describe('WordLook', () => {
  test.prop([text, raw, fc.nat({ max: 1 })], { numRuns: 400 })(
    'counts and finds the breaks the look per repair did, asked in text order',
    (s, r, syllable) => {
      const cps = Array.from(s, (c) => c.codePointAt(0) ?? 0);
      const proposals = proposalsOf(cps, r);
      const look = new WordLook(cps, proposals);
      proposals.forEach((p, k) => {
        if (p.end - p.start !== 1 || !r[k]?.asked) return;
        const plain = wordLookPlain(cps, proposals, k, syllable);
        look.look(k, syllable);
        expect(Math.min(look.clean, 2)).toBe(Math.min(plain.clean, 2));
        if (plain.clean < 2) expect([look.back, look.ahead]).toEqual([plain.back, plain.ahead]);
      });
    },
  );

  it('leaves a megabyte-shaped run of "째1" as the look per repair would', () => {
    // Every "째" a repair, digits between: no clean CJK, no break, each look the same.
    const cps = Array.from('째1'.repeat(300), (c) => c.codePointAt(0) ?? 0);
    const proposals = proposalsOf(
      cps,
      Array.from({ length: 300 }, (_, n) => ({ gap: n === 0 ? 0 : 1, length: 1, applied: true })),
    );
    expect(withoutLoneCjk(cps, proposals)).toBe(proposals);
    const look = new WordLook(cps, proposals);
    for (let k = 0; k < proposals.length; k++) {
      look.look(k, 1);
      expect([look.clean, look.back, look.ahead]).toEqual([0, -1, -1]);
    }
  });
});
