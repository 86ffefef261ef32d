import { isMeridianError, LruCache } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

describe('LruCache', () => {
  it('forgets the least recently used entry first', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1); // 'a' is now the most recent
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('stays within its bound for 200,000 distinct keys', () => {
    const cache = new LruCache<number, number>(100);
    for (let i = 0; i < 200_000; i++) {
      cache.set(i, i);
      if (cache.size > 100) throw new Error(`size ${cache.size} after ${i}`);
    }
    expect(cache.size).toBe(100);
    expect(cache.get(199_999)).toBe(199_999);
    expect(cache.get(0)).toBeUndefined();
  });

  it('refuses a bound that holds nothing', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '3']) {
      expect(() => new LruCache(bad as number)).toSatisfy(() => {
        try {
          new LruCache(bad as number);
          return false;
        } catch (e) {
          return isMeridianError(e, 'core/invalid-cache-size');
        }
      });
    }
  });

  it('answers the most recently used key from memory, and forgets it with the rest', () => {
    const cache = new LruCache<string | undefined, number>(1);
    expect(cache.get(undefined)).toBeUndefined();
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('a')).toBe(1);
    cache.set('b', 2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    cache.set('b', 3);
    expect(cache.get('b')).toBe(3);
    cache.clear();
    expect(cache.get('b')).toBeUndefined();
    const two = new LruCache<number, number>(2);
    two.set(1, 1).set(2, 2);
    expect(two.get(1)).toBe(1); // 1 is now the most recent: 2 goes first
    two.set(3, 3);
    expect([two.has(1), two.has(2), two.has(3)]).toEqual([true, false, true]);
  });
});
