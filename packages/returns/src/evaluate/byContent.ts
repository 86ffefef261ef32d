// Data that arrives with every call (policy data, an authority table, a holiday list, a regime) is
// usually the same object each time: validate it once per content, not per call. The content is
// the JSON text, so a caller who edits an object between calls gets the edit checked, never a
// stale result. Writing that text on every call cost more than the decision, so an object seen
// twice is compared with a private copy of its last JSON instead (sameJson: a walk that writes no
// text, and says "same" only when JSON would write the same text).

import { sameJson } from './sameJson.js';

/** A bounded memo by JSON text, with each object's last text (parsed) beside it. */
export type Memo<T> = {
  readonly k: Map<string, T>;
  readonly o: WeakMap<object, readonly [unknown, T]>;
};

/**
 * `make()` for `value`, remembered by the JSON text of `value` in `memo` (cleared at 256 texts).
 * An object seen before is compared with its last text, not written again. A value JSON cannot
 * write (a cycle, a BigInt) is made each time; a `make` that throws remembers nothing.
 */
export function byContent<T>(memo: Memo<T>, value: unknown, make: () => T): T {
  // A WeakMap answers undefined for a primitive.
  const seen = memo.o.get(value as object);
  if (seen !== undefined && sameJson(value, seen[0])) return seen[1];
  let key: string | undefined;
  try {
    key = JSON.stringify(value);
  } catch {
    // the schema will say what is wrong
  }
  // No entry is ever stored under undefined: a value JSON cannot write always misses.
  let out = memo.k.get(key as string);
  if (out === undefined) {
    out = make();
    if (key !== undefined) {
      if (memo.k.size >= 256) memo.k.clear();
      memo.k.set(key, out);
    }
  }
  // The copy is read back on the second sighting: an object passed once costs no parse.
  if (typeof value === 'object' && value !== null && key !== undefined) {
    memo.o.set(value, [seen && JSON.parse(key), out]);
  }
  return out;
}
