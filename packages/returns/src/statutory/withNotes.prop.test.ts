// withNotes changes nothing but notes: for any built-in regime, with any of its entries made to
// cite another pinpoint or given a note of its own, the result differs from its input only by the
// built-in notes of the entries that still cite the same text and had none.
import { fc, test } from '@fast-check/vitest';
import { STATUTORY_REGIMES, type StatutoryRegime } from '@meridian-cx/returns';
import { REGIME_NOTES, withNotes } from '@meridian-cx/returns/notes';
import { expect } from 'vitest';

type Entry = { source: { pinpoint?: string }; note?: string };

// The provenance at a dotted path, found without withNotes' own helpers (a list: by kind).
function entry(root: unknown, path: string): Entry {
  let node = root as Record<string, unknown> | Record<string, unknown>[];
  for (const segment of path.split('.')) {
    node = (
      Array.isArray(node) ? node.find((x) => x.kind === segment) : node[segment]
    ) as typeof node;
  }
  return node as unknown as Entry;
}

const regimes = Object.values(STATUTORY_REGIMES);

const scenario = fc.constantFrom(...regimes).chain((regime) => {
  const paths = Object.keys(REGIME_NOTES[regime.code] ?? {});
  const change = fc.constantFrom<'keep' | 'repoint' | 'own-note'>('keep', 'repoint', 'own-note');
  return fc.record({
    regime: fc.constant(regime),
    changes: fc.tuple(...paths.map((p) => fc.tuple(fc.constant(p), change))),
  });
});

test.prop([scenario])(
  'only notes change, and only where the entry still cites the same text',
  ({ regime, changes }) => {
    const input = structuredClone(regime) as StatutoryRegime;
    for (const [path, change] of changes) {
      const e = entry(input, path);
      if (change === 'repoint') e.source.pinpoint = `${e.source.pinpoint ?? ''} (amended)`;
      if (change === 'own-note') e.note = `ours: ${path}`;
    }
    const before = structuredClone(input);
    const out = withNotes(input);
    expect(input).toEqual(before);
    for (const [path, change] of changes) {
      const note = entry(out, path).note;
      if (change === 'keep') expect(note).toBe(REGIME_NOTES[regime.code]?.[path]);
      if (change === 'repoint') expect(note).toBeUndefined();
      if (change === 'own-note') expect(note).toBe(`ours: ${path}`);
    }
    // Strip every note: what is left is the input, stripped the same way.
    const strip = (v: StatutoryRegime) =>
      JSON.parse(JSON.stringify(v, (k, x) => (k === 'note' ? undefined : x)));
    expect(strip(out)).toEqual(strip(input));
  },
);
