// What lets byContent skip writing JSON for an object it has seen: see byContent.ts.

type Obj = Record<string, unknown>;

/**
 * Whether JSON.stringify would write `a` as it wrote `b`, where `b` is what JSON.parse read back.
 * Only plain objects and arrays of JSON values can be the same: a class, a Date, a toJSON, an
 * undefined, NaN or a hole answers false (the caller then writes the text).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype) return false;
  // Keys in the same order: JSON writes them in order and skips an undefined one.
  const keys = Object.keys(b);
  let i = 0;
  for (const k in a) if (k !== keys[i++] || !sameJson((a as Obj)[k], (b as Obj)[k])) return false;
  return i === keys.length;
}
