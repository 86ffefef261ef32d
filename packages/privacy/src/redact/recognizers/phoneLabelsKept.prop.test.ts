// The phone's labels are kept for the last eight starts read in a context (phone.ts `labels`,
// V60e): asked in any order, and again, each start's answer is the one a first read of it gives
// (a new context of the same text keeps nothing). Texts of labels of every kind (a phone's, an
// order's, a version's, a form's on the line above) before digit groups, more starts than the ring
// holds.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { labels } from './phone.js';

const WORDS = [
  'tel ',
  'Telefon: ',
  'Bestellnummer ',
  'order #',
  'version ',
  'v ',
  'Phone\n',
  'Rechnungsnr.\n',
  'ok ',
  '',
];
const GROUPS = ['0151 23456789', '4711', '212 555-0187', '10.0.1', '+49 30 1234567', '2024-05-01'];

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GROUPS)), {
    minLength: 1,
    maxLength: 14,
  })
  .map((parts) => parts.map(([w, g]) => `${w}${g}`).join(' '));

/** Where each run of digits, "+" or "(" starts in `t`: the starts asked about. */
function starts(t: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < t.length; k++)
    if (/[\d+(]/.test(t.charAt(k)) && (k === 0 || !/[\d+(]/.test(t.charAt(k - 1)))) out.push(k);
  return out;
}

describe('the labels kept for a context', () => {
  test.prop([text, text, fc.array(fc.nat(), { minLength: 1, maxLength: 40 })])(
    'are the labels a first read of each start gives, asked in any order and again',
    (t, u, picks) => {
      const at = starts(t);
      if (at.length === 0) return;
      // Each start's first read, each in a context of its own.
      const first = at.map((s) => labels(contextOf(t, 'de-DE', 'DE'), s));
      // Another text's starts read last: what its context kept is not this one's.
      const other = contextOf(u, 'de-DE', 'DE');
      for (const s of starts(u)) labels(other, s);
      const kept = contextOf(t, 'de-DE', 'DE');
      for (const p of picks)
        expect(labels(kept, at[p % at.length] as number)).toEqual(first[p % at.length]);
    },
  );

  it('the generated texts ask about more starts than the ring keeps, with labels of each kind', () => {
    const samples = fc.sample(text, { numRuns: 200, seed: 12 });
    expect(samples.filter((t) => starts(t).length > 8).length).toBeGreaterThanOrEqual(40);
    const kinds = new Set<string>();
    for (const t of samples) {
      const c = contextOf(t, 'de-DE', 'DE');
      for (const s of starts(t)) {
        const l = labels(c, s);
        kinds.add(`${l.version} ${l.phone}`);
      }
    }
    expect(kinds).toEqual(
      new Set(['false none', 'false own', 'false reference', 'true none', 'true own']),
    );
  });
});
