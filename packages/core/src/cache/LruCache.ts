import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';

// No key yet: a value that no caller's key can be (`===` to nothing else).
const NO_KEY: unique symbol = Symbol('no key');

/**
 * A map that holds at most `maxSize` entries and forgets the least recently used one first: the
 * bound every long-lived memo in Meridian has, so that a stream of distinct keys (Accept-Language
 * headers, far-future instants, customer zones) cannot grow memory for ever. `get` and `set` are
 * O(1) (a `Map` keeps insertion order; a read moves the key to the end), and reading the most
 * recently used key again costs one comparison: it is already at the end, so nothing moves.
 *
 * @example
 * const cache = new LruCache<string, number>(2);
 * cache.set('a', 1); cache.set('b', 2); cache.get('a'); cache.set('c', 3);
 * cache.has('b'); // false: 'b' was the least recently used
 * @since 0.1.0
 */
export class LruCache<K, V> {
  readonly #map = new Map<K, V>();
  // The most recently used entry, which a read need not move: a hot key (the year every query of
  // a calendar falls in) then costs one comparison instead of four Map operations.
  #lastKey: K | typeof NO_KEY = NO_KEY;
  #lastValue: V | undefined = undefined;
  /** The most entries held at once. */
  readonly maxSize: number;

  /**
   * @param maxSize - The most entries held at once: a whole number ≥ 1.
   * @throws {MeridianError} `core/invalid-cache-size` for anything else.
   */
  constructor(maxSize: number) {
    if (!(Number.isSafeInteger(maxSize) && maxSize >= 1)) {
      fail('core/invalid-cache-size', { value: describeValue(maxSize) });
    }
    this.maxSize = maxSize;
  }

  /** How many entries are held now (never more than `maxSize`). */
  get size(): number {
    return this.#map.size;
  }

  /** The value for `key`, marking it as the most recently used; `undefined` when absent. */
  get(key: K): V | undefined {
    if (key === this.#lastKey) return this.#lastValue;
    const map = this.#map;
    if (!map.has(key)) return undefined;
    const value = map.get(key) as V;
    map.delete(key);
    map.set(key, value);
    this.#lastKey = key;
    this.#lastValue = value;
    return value;
  }

  /** Whether `key` is held (without marking it used). */
  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** Hold `value` under `key`, forgetting the least recently used entry if the cache is full. */
  set(key: K, value: V): this {
    const map = this.#map;
    if (map.has(key)) map.delete(key);
    else if (map.size >= this.maxSize) map.delete(map.keys().next().value as K);
    map.set(key, value);
    this.#lastKey = key;
    this.#lastValue = value;
    return this;
  }

  /** Forget every entry. */
  clear(): void {
    this.#map.clear();
    this.#lastKey = NO_KEY;
    this.#lastValue = undefined;
  }
}
