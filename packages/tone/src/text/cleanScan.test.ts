import { describe, expect, it } from 'vitest';
import { knownQuiet, provedFor } from './cleanScan.js';

// The scan's memo of runs proved quiet, asked directly (V60f; its speed change was reverted, these
// tests kept): which record a memo gets, and which runs knownQuiet may look up before the text's
// code points are made (none with a surrogate half in the context after it, where a UTF-16 index is
// no code point index). The answers of the scan with and without a memo: cleanScanKnown.prop.test.ts.

describe('provedFor', () => {
  it('gives a memo one record for its texts and another for its outputs, the same each time', () => {
    const a = {};
    const b = {};
    const aIn = provedFor(a, false);
    const aOut = provedFor(a, true);
    expect(aOut).not.toBe(aIn);
    expect(provedFor(a, false)).toBe(aIn);
    expect(provedFor(a, true)).toBe(aOut);
    // Another memo: records of its own, and the first memo's found again after it.
    const bOut = provedFor(b, true);
    expect(bOut).not.toBe(aOut);
    expect(provedFor(b, false)).not.toBe(aIn);
    expect(provedFor(b, false)).not.toBe(bOut);
    expect(provedFor(a, true)).toBe(aOut);
    expect(provedFor(a, false)).toBe(aIn);
  });
});

describe('knownQuiet', () => {
  it('finds a run by its key: the run and the context its reading sees', () => {
    const known = provedFor({}, false);
    (known.sets[0] as Set<string>).add('ой x');
    expect(knownQuiet('ой x', 0, 2, known)).toBe(true);
    expect(knownQuiet('ой y', 0, 2, known)).toBe(false);
  });

  it('does not look up a run with a surrogate half in the context after it', () => {
    const known = provedFor({}, false);
    // The key the text's units would make, stored: the run is still not asked by them (its key in
    // code points reads the whole pair).
    (known.sets[0] as Set<string>).add('ой \ud83d');
    expect(knownQuiet('ой \ud83d\ude00', 0, 2, known)).toBe(false);
  });
});
