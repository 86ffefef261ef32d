import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { UnionFind } from './UnionFind.js';

// Oracle: connected components by repeated relabelling, sharing nothing with UnionFind.
function components(ids: readonly string[], pairs: readonly (readonly [string, string])[]) {
  const label = new Map(ids.map((id) => [id, id]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [a, b] of pairs) {
      const la = label.get(a) as string;
      const lb = label.get(b) as string;
      if (la === lb) continue;
      const min = [la, lb].sort()[0] as string; // strings: the code-unit smaller
      for (const [id, l] of label) {
        if (l === la || l === lb) label.set(id, min);
      }
      changed = true;
    }
  }
  return label;
}

describe('UnionFind', () => {
  it('joins sets and roots them at the smallest id', () => {
    const uf = new UnionFind();
    uf.union('c', 'b');
    uf.union('d', 'c');
    expect(uf.find('d')).toBe('b');
    expect(uf.find('a')).toBe('a');
    uf.union('a', 'd');
    expect([...uf.groups(['a', 'b', 'c', 'd', 'e']).entries()]).toEqual([
      ['a', ['a', 'b', 'c', 'd']],
      ['e', ['e']],
    ]);
  });

  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 12,
  });
  test.prop([
    ids.chain((xs) =>
      fc.tuple(
        fc.constant(xs),
        fc.array(fc.tuple(fc.constantFrom(...xs), fc.constantFrom(...xs)), { maxLength: 20 }),
      ),
    ),
  ])('agrees with a relabelling oracle whatever the order of unions', ([xs, pairs]) => {
    const uf = new UnionFind();
    for (const [a, b] of pairs) uf.union(a, b);
    const expected = components(xs, pairs);
    for (const id of xs) expect(uf.find(id)).toBe(expected.get(id));
    const reversed = new UnionFind();
    for (const [a, b] of [...pairs].reverse()) reversed.union(b, a);
    for (const id of xs) expect(reversed.find(id)).toBe(uf.find(id));
  });
});
