// Linear time: the work repairText does (characters scanned, per code page, at every layer) grows
// in proportion to the input, including one long run of mojibake-looking characters with no ASCII
// to split it. We compare counts of work, never clocks; the time of a 1 MB run is printed only.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { repairString } from './engine.js';
import { repairText } from './repairText.js';

function steps(text: string): number {
  const counter = { steps: 0 };
  repairString(
    text,
    {
      encoders: DEFAULT_PAGES.map(encoderFor),
      maxChain: 3,
      minGain: 3,
      preferCommon: true,
      memo: new Map(),
      counter,
    },
    0,
  );
  return counter.steps;
}

const ADVERSARIAL = [
  (n: number) => 'Ã©'.repeat(n / 2),
  (n: number) => 'Ã¢â‚¬Å“Ð¿Ñ€Ð'.repeat(n / 12),
  (n: number) =>
    Array.from({ length: n }, (_, i) => String.fromCharCode(0xc0 + ((i * 7919) % 0x3f))).join(''),
  (n: number) => '蟹邪泻邪蟹艂'.repeat(n / 6),
];

describe('repairText runs in linear time', () => {
  it.each(ADVERSARIAL.map((make, i) => ({ i, make })))(
    'adversarial input $i: doubling the input at most doubles the work (+10%)',
    ({ make }) => {
      const small = steps(make(24_000));
      const large = steps(make(48_000));
      expect(large / small).toBeLessThan(2.2);
    },
    120_000,
  );

  it('finishes a 1 MB run of mojibake-looking characters', () => {
    const text = 'Ã¢â‚¬Å“'.repeat(1_000_000 / 12);
    const t0 = performance.now();
    const r = repairText(text);
    console.log(
      `1 MB adversarial run (${text.length} chars): ${(performance.now() - t0).toFixed(0)} ms, ${r.repairs.length} repairs`,
    );
    expect(r.changed).toBe(true);
  }, 120_000);
});
