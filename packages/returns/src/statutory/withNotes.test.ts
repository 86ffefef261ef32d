// The main entry's regimes carry no prose; withNotes puts every note back where it belongs, and
// only there.
import { isMeridianError, type Provenance } from '@meridian-cx/core';
import {
  AU_CONSUMER_LAW,
  defineRegime,
  EU_CONSUMER_RIGHTS,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  STATUTORY_REGIMES,
  type StatutoryRegime,
  UK_CONSUMER_CONTRACTS,
} from '@meridian-cx/returns';
import { REGIME_NOTES, withNotes } from '@meridian-cx/returns/notes';
import { describe, expect, it } from 'vitest';

// Every note anywhere in a value, by a path written independently of withNotes' own.
function notesIn(value: unknown, path = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const x of value) Object.assign(out, notesIn(x, `${path}.${x.kind}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'note' && typeof v === 'string') out[path.slice(1)] = v;
      else Object.assign(out, notesIn(v, `${path}.${k}`));
    }
  }
  return out;
}

describe('withNotes', () => {
  it.each(Object.values(STATUTORY_REGIMES).map((r) => [r.code, r] as const))(
    '%s: the main entry has no notes, withNotes gives back each of them at its path',
    (code, regime) => {
      expect(notesIn(regime)).toEqual({});
      const notes = REGIME_NOTES[code] ?? {};
      expect(Object.keys(notes).length).toBeGreaterThan(0);
      // Every key of the table lands on an entry (a misspelt path would be dropped silently).
      expect(notesIn(withNotes(regime))).toEqual(notes);
    },
  );

  it('puts the 1182/71 note on the EU period end and the 15-3 note on Japan', () => {
    expect(withNotes(EU_CONSUMER_RIGHTS).withdrawal?.periodEnd?.provenance.note).toMatch(
      /^Directive 2011\/83\/EU recital 41/,
    );
    expect(withNotes(JP_SPECIFIED_TRANSACTIONS_ACT).withdrawal?.provenance.note).toContain(
      'Art. 15-2',
    );
    const sealed = withNotes(EU_CONSUMER_RIGHTS).withdrawal?.exceptions.find(
      (e) => e.kind === 'sealed-hygiene',
    );
    expect(sealed?.provenance.note).toContain('C-681/17');
  });

  it('leaves the regime it is given untouched', () => {
    const before = JSON.stringify(UK_CONSUMER_CONTRACTS);
    withNotes(UK_CONSUMER_CONTRACTS);
    expect(JSON.stringify(UK_CONSUMER_CONTRACTS)).toBe(before);
    expect(UK_CONSUMER_CONTRACTS.withdrawal?.provenance.note).toBeUndefined();
  });

  it('does not put a note on an entry that cites another text, nor over a note of your own', () => {
    const w = EU_CONSUMER_RIGHTS.withdrawal;
    const dv = w?.diminishedValue;
    if (!w || !dv) throw new Error('EU has a withdrawal right with a diminished-value rule');
    const own: Provenance = { ...w.provenance, note: 'Our counsel reads this as …' };
    const moved: Provenance = {
      ...dv,
      source: { ...dv.source, pinpoint: 'Art. 14(3)' },
    };
    const mine = defineRegime({
      ...EU_CONSUMER_RIGHTS,
      withdrawal: { ...w, provenance: own, diminishedValue: moved },
    });
    const noted = withNotes(mine);
    expect(noted.withdrawal?.provenance.note).toBe('Our counsel reads this as …');
    expect(noted.withdrawal?.diminishedValue?.note).toBeUndefined();
    expect(noted.withdrawal?.periodEnd?.provenance.note).toBe(
      REGIME_NOTES.EU?.['withdrawal.periodEnd.provenance'],
    );
  });

  it('gives a regime of a code it has no notes for back as it is', () => {
    const ch: StatutoryRegime = defineRegime({
      ...AU_CONSUMER_LAW,
      code: 'CH',
      name: 'Switzerland',
      countries: ['CH'],
    });
    expect(withNotes(ch)).toBe(ch);
  });

  it('refuses what is not a regime, naming the path', () => {
    for (const bad of [
      null,
      42,
      { code: 'EU' },
      { ...EU_CONSUMER_RIGHTS, withdrawal: { ...EU_CONSUMER_RIGHTS.withdrawal, days: -1 } },
    ]) {
      expect(() => withNotes(bad as StatutoryRegime)).toThrow();
      try {
        withNotes(bad as StatutoryRegime);
      } catch (e) {
        expect(isMeridianError(e, 'returns/invalid-regime')).toBe(true);
      }
    }
  });
});
