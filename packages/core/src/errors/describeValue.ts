/**
 * Render any value for an error message, safely: never throws (an object whose `toString` is not a
 * function, a symbol, a null-prototype object), never floods a log (long strings are cut), and
 * keeps what tells values apart (`"12"` is quoted, `-0` stays `-0`, `NaN` stays `NaN`).
 *
 * Every message that echoes a caller's value goes through this, so that a hostile value in a
 * JSON payload produces a clear error instead of a raw TypeError.
 *
 * @param value - Anything a caller passed.
 * @returns A short, printable description.
 * @example
 * describeValue({ toString: 1 }); // '{"toString":1}'
 * describeValue('EUR'); // '"EUR"'
 * describeValue(-0); // '-0'
 * @since 0.1.0
 */
export function describeValue(value: unknown): string {
  const max = 80;
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s);
  switch (typeof value) {
    case 'string':
      return cut(JSON.stringify(value));
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.description === undefined ? 'a symbol' : `Symbol(${cut(value.description)})`;
    case 'function':
      return 'a function';
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
  }
  if (value === null) return 'null';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date(${value.toISOString()})`;
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return cut(json);
  } catch {
    // cyclic or too deep: say what kind of thing it is instead
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}
