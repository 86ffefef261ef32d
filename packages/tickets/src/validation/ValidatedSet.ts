/** Freeze a parsed value and everything in it, so that what passed a schema stays as it passed. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Values that passed a schema, frozen (so that they stay valid) and remembered by identity: a
 * value handed back costs a lookup, not a parse. Holds them weakly.
 *
 * @internal Not part of the public surface.
 */
export class ValidatedSet<T extends object> {
  readonly #valid = new WeakSet<object>();

  /** Whether `value` passed before (and is therefore a frozen `T`). */
  has(value: unknown): value is T {
    return typeof value === 'object' && value !== null && this.#valid.has(value);
  }

  /** Freeze `value` deeply and remember it as valid. */
  add(value: T): T {
    this.#valid.add(deepFreeze(value));
    return value;
  }
}
