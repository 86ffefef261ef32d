// Data that arrives with every call (policy data, an authority table, a holiday list) is usually
// the same each time: validate it once per content, not per call and not per object. Keyed by its
// JSON, so a caller who edits an object between calls gets the edit checked, never a stale result.

/**
 * `make()` for `value`, remembered by the JSON text of `value` in `memo` (cleared at 256 entries).
 * A value JSON cannot write (a cycle, a BigInt) is made each time; a `make` that throws remembers
 * nothing.
 */
export function byContent<T>(memo: Map<string, T>, value: unknown, make: () => T): T {
  let key: string | undefined;
  try {
    key = JSON.stringify(value);
  } catch {
    // the schema will say what is wrong
  }
  // No entry is ever stored under undefined: a value JSON cannot write always misses.
  let out = memo.get(key as string);
  if (out === undefined) {
    out = make();
    if (key !== undefined) {
      if (memo.size >= 256) memo.clear();
      memo.set(key, out);
    }
  }
  return out;
}
