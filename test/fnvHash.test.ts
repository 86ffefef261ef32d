import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hasher } from '../bench/tools/fnv.js';

// The oracle: FNV-1a 64 in BigInt, over UTF-16 code units (what bench/tools/workloads.ts hashes),
// sharing no arithmetic with fnv.ts. The hashes hotPass.sh printed before fnv.ts (main's
// 79504477c6282a4c for text 11) stay comparable only if the two agree on every input.
const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;
function oracle(strings: readonly string[]): string {
  let h = 0xcbf29ce484222325n;
  for (const s of strings)
    for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * PRIME) & MASK;
  return h.toString(16).padStart(16, '0');
}
const hashOf = (strings: readonly string[]): string => {
  const h = hasher();
  for (const s of strings) h.add(s);
  return h.hex();
};

describe('hasher', () => {
  it('is FNV-1a 64 (published vectors)', () => {
    expect(hashOf([])).toBe('cbf29ce484222325');
    expect(hashOf(['a'])).toBe('af63dc4c8601ec8c');
    expect(hashOf(['foobar'])).toBe('85944171f73967e8');
  });
  test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 6 })])(
    'agrees with the BigInt oracle on any code units, in any number of strings',
    (strings) => {
      expect(hashOf(strings)).toBe(oracle(strings));
    },
  );
});
