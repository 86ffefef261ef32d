import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cannotHoldMojibake } from './cleanScan.js';
import { type MemoEntry, readString } from './engine.js';
import { memoOptions } from './memoOptions.js';

// The keys a cache keeps past the call (the run memo's, the proved outputs') are strings of their
// own, not views into the text they were cut from (runParts.ts owned). V8 keeps a slice of 13
// characters or more as a view into its whole parent, and a concatenation as its parts, so such a
// key held the whole message alive as long as the cache held the key: 5,000 messages of 10,000
// characters, each with one broken word, left 114 MB behind in the shared memo (15 MB with copies).
// Measured as heap after a full collection: the texts are unique and dropped by the test, so what
// stays is what the caches hold.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heap = (): number => {
  collect();
  collect();
  return getHeapStatistics().used_heap_size;
};

const MESSAGES = 400;
const PAD = 'x'.repeat(9_900); // ~20 KB a message: 400 of them are 8 MB
const code = (n: number): string => {
  const A = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return `${A[n % 62]}${A[Math.floor(n / 62) % 62]}`;
};
// "привет" read as Windows-1252: a run of 12 characters, its key with the context 14 or more.
const BROKEN = 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚';

/** Heap left after `n` unique texts made by `make` were read by `read` and dropped. */
function left(read: (text: string) => void, make: (n: number) => string): number {
  const before = heap();
  for (let n = 0; n < MESSAGES; n++) read(make(n));
  return heap() - before;
}

describe('keys kept past the call', () => {
  it('do not keep the message: the run memo, with two characters of context after the run', () => {
    const memo = new Map<string, MemoEntry>();
    const grown = left(
      (t) => readString(t, memoOptions(memo), 0),
      (n) => `${PAD} ${code(n)}${BROKEN}${code(n + 1)} ok`,
    );
    expect(memo.size).toBe(MESSAGES);
    // Each message's run is read (a repair) and kept, by a key of 16 characters.
    expect([...memo.keys()].every((k) => k.length === 16)).toBe(true);
    expect(grown).toBeLessThan(4_000_000); // 8-10 MB when the keys held the messages (1.8 MB with copies)
  }, 60_000);

  it('do not keep the message: the run memo, with a key that says its context (a line break after)', () => {
    const memo = new Map<string, MemoEntry>();
    const grown = left(
      (t) => readString(t, memoOptions(memo), 0),
      (n) => `${PAD} ${code(n)}${BROKEN}\nok`,
    );
    expect(memo.size).toBe(MESSAGES);
    expect(grown).toBeLessThan(4_000_000);
  }, 60_000);

  it('do not keep the message: the run memo, with a key under 13 units kept as it was cut', () => {
    // owned() returns such a key as it is (T68c): V8 copies a slice or a concatenation that short.
    // If an engine kept it as a view, this would hold every message (8 MB).
    const memo = new Map<string, MemoEntry>();
    const grown = left(
      (t) => readString(t, memoOptions(memo), 0),
      (n) => `${PAD} ${code(n)}Ã©${code(n + 1)} ok`,
    );
    expect(memo.size).toBe(MESSAGES);
    expect([...memo.keys()].every((k) => k.length === 6)).toBe(true);
    expect(grown).toBeLessThan(4_000_000);
  }, 60_000);

  it("do not keep the output: the runs proved quiet in a pass's output", () => {
    const memo = new Map<string, MemoEntry>();
    // A clean Cyrillic word the page masks let through: proved, and remembered by its key.
    const grown = left(
      (t) => expect(cannotHoldMojibake(t, memoOptions(memo), true)).toBe(true),
      (n) => `${PAD} ${code(n)}заказана ok`,
    );
    expect(grown).toBeLessThan(4_000_000);
  }, 60_000);
});
