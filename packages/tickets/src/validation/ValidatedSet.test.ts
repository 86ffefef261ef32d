import { describe, expect, it } from 'vitest';
import { ValidatedSet } from './ValidatedSet.js';

describe('ValidatedSet', () => {
  it('remembers a value by identity, frozen all the way down, and nothing else', () => {
    const set = new ValidatedSet<{ id: string; tags: string[]; nested: { n: number } }>();
    const value = { id: 'a', tags: ['x'], nested: { n: 1 } };
    expect(set.has(value)).toBe(false);
    expect(set.add(value)).toBe(value);
    expect(set.has(value)).toBe(true);
    expect(Object.isFrozen(value) && Object.isFrozen(value.tags)).toBe(true);
    expect(Object.isFrozen(value.nested)).toBe(true);
    // An equal copy did not pass: only the very value that was checked is trusted.
    expect(set.has({ ...value })).toBe(false);
    for (const other of [null, undefined, 'a', 1, []]) expect(set.has(other)).toBe(false);
  });
});
