// collect calls the built-in recognizers a text's digit runs ask for from masks made once
// (BUILT_IN_CALLS, T68a), where it asked each recognizer's reader bits in turn: the ranks must be
// those the turn-by-turn check calls, and redact's output the one the turn-by-turn loop makes (a
// list of recognizers collect is given, not the built-in one, is still read turn by turn).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { generateCorpus } from '../../test/redact/corpus/index.js';
import { builtInRecognizers } from './recognizers/index.js';
import { builtInRanksCalled, redact } from './redact.js';
import { READERS, runReaders } from './runs.js';

/** The ranks collect's turn-by-turn check calls on a text whose runs hold these bits. */
function ranksPlain(
  counts: number,
  firsts: number,
  lists: number,
  lettered: number,
  glued: number,
): number[] {
  const readers = runReaders(builtInRecognizers);
  const ranks: number[] = [];
  for (let rank = 0; rank < builtInRecognizers.length; rank++) {
    const c = readers[READERS * rank] as number;
    const f = readers[READERS * rank + 1] as number;
    const l = readers[READERS * rank + 2] as number;
    const t = readers[READERS * rank + 3] as number;
    const g = readers[READERS * rank + 4] as number;
    if (
      (c | f | l | t | g) === 0 ||
      ((c & counts) | (f & firsts) | (l & lists) | (t & lettered) | (g & glued)) !== 0
    )
      ranks.push(rank);
  }
  return ranks;
}

// Bit masks as runs make them (a few counts) and any at all.
const bits = fc.oneof(
  fc
    .array(fc.integer({ min: 0, max: 31 }), { maxLength: 5 })
    .map((b) => b.reduce((m, n) => m | (1 << n), 0)),
  fc.integer({ min: -0x80000000, max: 0x7fffffff }),
);

describe('the built-in recognizers collect calls', () => {
  test.prop([bits, bits, bits, bits, bits])(
    'are those the turn-by-turn check calls',
    (c, f, l, t, g) => {
      expect(builtInRanksCalled(c, f, l, t, g)).toEqual(ranksPlain(c, f, l, t, g));
    },
  );

  test('not vacuous: a text without runs calls fewer than all, one of 12 digits more', () => {
    const none = builtInRanksCalled(0, 0, 0) as number[];
    expect(none.length).toBeGreaterThan(0);
    expect(none.length).toBeLessThan(builtInRecognizers.length);
    expect((builtInRanksCalled(1 << 11, 1 << 11, 0) as number[]).length).toBeGreaterThan(
      none.length,
    );
    // A run of eight digits with a lone letter after it wakes the DNI (runs.ts runLettered).
    const dni = builtInRecognizers.findIndex((r) => r.id === 'es-dni');
    expect(builtInRanksCalled(0, 0, 0, 1 << 8)).toContain(dni);
    expect(builtInRanksCalled(1 << 8, 1 << 8, 1 << 8)).not.toContain(dni);
    // A run of two digits glued after a letter wakes the codice fiscale (runs.ts runGlued).
    const cf = builtInRecognizers.findIndex((r) => r.id === 'it-cf');
    expect(builtInRanksCalled(0, 0, 0, 0, 1 << 2)).toContain(cf);
    expect(builtInRanksCalled(1 << 2, 1 << 2, 1 << 2, 1 << 2)).not.toContain(cf);
  });
});

// The corpus's messages, each alone and a few joined (a later pass reads what the first left).
const corpus = generateCorpus(7, 400);
const message = fc.oneof(
  fc.constantFrom(...corpus),
  fc
    .array(fc.constantFrom(...corpus), { minLength: 2, maxLength: 4 })
    .map((ms) => ({ text: ms.map((m) => m.text).join('\n'), locale: ms[0]?.locale ?? 'en' })),
);
// Every built-in type: the same recognizers in the same order, in a list of redact's making.
const everyType = [...new Set(builtInRecognizers.map((r) => r.type))];

describe('redact with the built-in list', () => {
  test.prop([message, fc.constantFrom('redact', 'pseudonymise')])(
    'writes what the turn-by-turn loop writes',
    (m, mode) => {
      const mine = redact(m.text, { locale: m.locale, mode: mode as 'redact' });
      const plain = redact(m.text, {
        locale: m.locale,
        mode: mode as 'redact',
        entities: everyType as never,
      });
      expect(mine).toEqual(plain);
    },
  );
});
