// The hash workloads.ts prints for a pass's outputs (hotPass.sh, warm.sh, instructions.sh compare
// trees by it). Not run in CI, but held to a BigInt FNV-1a by test/fnvHash.test.ts.

/**
 * FNV-1a over the UTF-16 code units of the strings added, 64 bits kept as two 32-bit halves,
 * printed as 16 hex digits. Int32 arithmetic on locals: the first version (before session 46)
 * kept both halves as uint32 closure variables (a heap number once past 2^31, each store a write
 * barrier) and took the carry in doubles, 24% of `hotPass.sh text 11`'s count (~360M of 1,490M,
 * callgrind, session 46); this one prints the same hashes.
 *
 * @returns `add` (one string more) and `hex` (the hash of all added so far).
 * @example
 * const h = hasher();
 * h.add('a');
 * h.hex(); // 'af63dc4c8601ec8c' (FNV-1a 64 of "a")
 */
export function hasher(): { add(s: string): void; hex(): string } {
  let lo = 0x84222325 | 0;
  let hi = 0xcbf29ce4 | 0;
  return {
    add(s: string) {
      let l = lo;
      let h = hi;
      for (let i = 0; i < s.length; i++) {
        l ^= s.charCodeAt(i);
        // (h, l) times the FNV prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64: the carry of
        // l * 0x1b3 out of the low half, from l's two 16-bit halves (each product under 2^25).
        const carry = ((l >>> 16) * 0x1b3 + (((l & 0xffff) * 0x1b3) >>> 16)) >>> 16;
        h = (Math.imul(h, 0x1b3) + carry + (l << 8)) | 0;
        l = Math.imul(l, 0x1b3);
      }
      lo = l;
      hi = h;
    },
    hex: () => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0'),
  };
}
