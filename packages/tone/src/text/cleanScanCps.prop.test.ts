import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cannotHoldMojibake } from './cleanScan.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { toCps } from './runParts.js';

// A broken text's first pass reads the code points the scan made when it had to prove a run
// (repairText hands them to readString): they must be the text's own, toCps's.

// Units that move the scan: spaces and line breaks, box characters, surrogate pairs and lone
// halves, letters in and out of runs, and mojibake of Chinese and Russian through GBK and
// Windows-1251 (the kinds whose proof fails at a run the masks let through).
const unit = fc.oneof(
  fc.constantFrom(' ', '\n', '\r', 'a', 'Z', '.', '├', '╨', 'é', 'Ã', '€', '中', '😀', '𝔸'),
  fc.constantFrom('\ud83d', '\ude00', '\udc00', '\ud800', ' dn铆', ' r谩no', ' РЎРїР°СЃРёР±Рѕ'),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const text = fc.array(unit, { maxLength: 40 }).map((a) => a.join(''));

describe('cannotHoldMojibake hands its code points on', () => {
  const options = {
    encoders: DEFAULT_PAGES.map((p) => encoderFor(p)),
    maxChain: 3,
    minGain: 3,
    preferCommon: true,
  };

  test('a broken text whose run it had to prove gives the engine the code points it made', () => {
    const made: { cps?: number[] } = {};
    // "dní" through GBK: the masks let the run through, its proof fails.
    expect(cannotHoldMojibake('zajtra dn铆. r谩no', options, false, made)).toBe(false);
    expect(made.cps).toEqual(toCps('zajtra dn铆. r谩no'));
  });

  test.prop([text])("the code points it hands on are the text's", (s) => {
    const made: { cps?: number[] } = {};
    cannotHoldMojibake(s, options, false, made);
    if (made.cps) expect(made.cps).toEqual(toCps(s));
  });
});
