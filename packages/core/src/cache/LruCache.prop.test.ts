// LruCache against the plainest model of a least-recently-used map: an array of entries, the
// least recently used first, every operation a linear scan. Few keys and small bounds, so that
// evictions and repeated reads of the most recent key (the path that skips the move) are common.
import { fc, test } from '@fast-check/vitest';
import { LruCache } from '@meridian-cx/core';
import { describe, expect } from 'vitest';

class ArrayLru {
  entries: [number, string][] = [];
  constructor(readonly maxSize: number) {}
  get(key: number): string | undefined {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i < 0) return undefined;
    const [entry] = this.entries.splice(i, 1) as [[number, string]];
    this.entries.push(entry);
    return entry[1];
  }
  set(key: number, value: string): void {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i >= 0) this.entries.splice(i, 1);
    else if (this.entries.length >= this.maxSize) this.entries.shift();
    this.entries.push([key, value]);
  }
}

const key = fc.integer({ min: 0, max: 3 });
// Distinct values, so that a stale one read back shows.
const value = fc.nat(999).map(String);
const op = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('get' as const), key }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('set' as const), key, value }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('has' as const), key }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('clear' as const) }), weight: 1 },
);

describe('LruCache against an array model', () => {
  test.prop([fc.integer({ min: 1, max: 3 }), fc.array(op, { maxLength: 40 })], { numRuns: 300 })(
    'same answers, same size, never over the bound, and the same order of eviction',
    (maxSize, ops) => {
      const cache = new LruCache<number, string>(maxSize);
      const model = new ArrayLru(maxSize);
      for (const o of ops) {
        if (o.kind === 'get') expect(cache.get(o.key)).toBe(model.get(o.key));
        else if (o.kind === 'set') {
          cache.set(o.key, o.value);
          model.set(o.key, o.value);
        } else if (o.kind === 'has') {
          expect(cache.has(o.key)).toBe(model.entries.some(([k]) => k === o.key));
        } else {
          cache.clear();
          model.entries = [];
        }
        expect(cache.size).toBe(model.entries.length);
        expect(cache.size).toBeLessThanOrEqual(maxSize);
      }
      // The order itself: fill up with fresh keys, then each new key pushes out one entry, least
      // recent first, exactly as the model's order says.
      for (let k = 100; cache.size < maxSize; k++) {
        cache.set(k, 'fill');
        model.set(k, 'fill');
      }
      for (const [victim] of [...model.entries]) {
        expect(cache.has(victim)).toBe(true);
        cache.set(-1 - victim, 'new');
        expect(cache.has(victim)).toBe(false);
      }
    },
  );
});
