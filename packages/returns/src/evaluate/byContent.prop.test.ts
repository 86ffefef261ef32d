// The memo answers what the content answers, whatever the caller edits between calls. Oracle:
// make() on the object as it is at that moment (its JSON text).
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { byContent } from './byContent.js';

// Values JSON writes oddly: undefined, NaN, -0, Infinity, a Date, a class, a toJSON, holes.
class Box {
  constructor(readonly a: number) {}
  toJSON() {
    return { a: this.a + 1 };
  }
}
const odd = fc.oneof(
  fc.constantFrom(undefined, Number.NaN, -0, Number.POSITIVE_INFINITY, null, 0, '', 'a', true),
  fc.date({ noInvalidDate: true }),
  fc.integer().map((v) => new Box(v)),
  fc.integer().map((v) => ({ toJSON: () => v })),
  fc.constant(Object.assign(new Array(3), { 0: 1, 2: 3 })),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    odd,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', '0', '1', 'c'), tie('value'), { maxKeys: 3 }),
  ),
}));
const text = (v: unknown): string | undefined => {
  try {
    return JSON.stringify(v);
  } catch {
    return undefined;
  }
};

// A caller holds a few objects and edits them between calls; each call must answer what make()
// answers for the content at that moment.
const step = fc.record({
  which: fc.nat(2),
  edit: fc.option(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      // An edit inside a nested object or array, where there is one.
      inner: fc.option(fc.constantFrom('a', '0', '1'), { nil: undefined }),
      to: value,
    }),
    { nil: undefined },
  ),
});
test.prop([fc.array(step, { maxLength: 30 })])(
  'byContent answers as a memo keyed by JSON text alone, whatever the edits',
  (steps) => {
    const objects: Record<string, unknown>[] = [{ a: 1 }, { a: 1 }, { b: [1, 2] }];
    const memo = new Map<string, string>();
    for (const s of steps) {
      const o = objects[s.which] as Record<string, unknown>;
      const e = s.edit;
      const held = e === undefined ? undefined : o[e.key];
      if (e?.inner !== undefined && typeof held === 'object' && held !== null) {
        (held as Record<string, unknown>)[e.inner] = e.to;
      } else if (e !== undefined) o[e.key] = e.to;
      const made = byContent(memo, o, () => `made:${text(o)}`);
      expect(made).toBe(`made:${text(o)}`);
    }
  },
);
