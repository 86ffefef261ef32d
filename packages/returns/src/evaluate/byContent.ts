// Data that arrives with every call (policy data, an authority table, a holiday list) is usually
// the same each time: validate it once per content, not per call and not per object. Keyed by its
// JSON, so a caller who edits an object between calls gets the edit checked, never a stale result.
// Known limit, kept on purpose: a value that is not plain JSON but writes the same text as one
// checked before (an object with toJSON, a boxed number) answers as that text did, where alone the
// schema would refuse it. Policy data is plain JSON (DESIGN.md); telling the two apart on every
// hit is a walk of the whole value, which costs more than the decision (measured 2026-11-30: the
// sameJson walk that would also skip the text cost ~196 B gz over evaluateReturn's 15 KiB).

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
