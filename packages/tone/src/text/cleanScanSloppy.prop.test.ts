import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import { cannotHoldMojibake, type Made } from './cleanScan.js';
import { CODE_PAGES, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { mojibake } from './mojibake.js';
import { firstNonAscii } from './runParts.js';
import { mayReadSloppy } from './sloppyScan.js';

// What the clean scan hands readPass (cleanScan.ts Made: `sloppy`, `quietTo`) against the plain
// reading it spares: mayReadSloppy over the whole text. And its start at the first non-ASCII unit
// (repairText's `opening`) against a start at 0: the same answer and the same record.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true };
const word = fc.constantFrom(
  ...Object.values(SENTENCES)
    .flat()
    .flatMap((s) => s.split(' ')),
);
const unit = fc.oneof(
  fc.constantFrom(' ', ' ', '\n', 'a', '.', '\ufffd', '\u0085', '\u00a0', 'Ã', 'Â', 'â', '€', '©'),
  fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'ё', 'ж', '中', 'ア', 'Å', 'Ø', 'ß'),
  fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const fragment = fc.oneof(
  word,
  unit,
  fc.tuple(word, fc.constantFrom(...CODE_PAGES)).map(([w, p]) => mojibake(w, p)),
);
const text = fc
  .array(fc.tuple(fragment, fc.constantFrom('', ' ', ' ', '\n', ', ')), { maxLength: 12 })
  .map((parts) => parts.map(([f, gap]) => f + gap).join(''));

/** mayReadSloppy(s) as readPass asks it after the scan (repairText.ts). */
const fromScan = (s: string, made: Made): boolean =>
  made.sloppy ?? mayReadSloppy(s, made.quietTo ?? 0);

describe('the clean scan hands on what it learnt of mayReadSloppy', () => {
  test.prop([text, fc.boolean()], { numRuns: 100 })(
    "a text it finds may hold mojibake: readPass's answer is mayReadSloppy's over the whole text",
    (s, output) => {
      const made: Made = {};
      if (cannotHoldMojibake(s, options, output, made)) return;
      expect(fromScan(s, made)).toBe(mayReadSloppy(s));
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })], { numRuns: 100 })(
    'the same on any code units',
    (s) => {
      const made: Made = {};
      if (cannotHoldMojibake(s, options, false, made)) return;
      expect(fromScan(s, made)).toBe(mayReadSloppy(s));
    },
  );

  it('stops at the signs it shares with mayReadSloppy and resumes after a failed proof', () => {
    const sloppy: Made = {};
    expect(cannotHoldMojibake('café Ã© ok', options, false, sloppy)).toBe(false);
    expect(sloppy.sloppy).toBe(true);
    // "dní" through GBK: the proof fails at the run; the text after it is mayReadSloppy's to read.
    const quiet: Made = {};
    expect(cannotHoldMojibake('zajtra dn铆. Ã© r谩no', options, false, quiet)).toBe(false);
    expect(quiet.sloppy).toBeUndefined();
    expect(quiet.quietTo).toBe('zajtra dn铆'.length + 1);
    expect(fromScan('zajtra dn铆. Ã© r谩no', quiet)).toBe(true);
  });

  test.prop([fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), text, fc.boolean()], {
    numRuns: 100,
  })('a start at the first non-ASCII unit answers and records as a start at 0', (a, s, output) => {
    const t = a + s;
    const at = firstNonAscii(t);
    const whole: Made = {};
    const skipped: Made = {};
    const answer = cannotHoldMojibake(t, options, output, whole);
    expect(cannotHoldMojibake(t, options, output, skipped, at < 0 ? t.length : at)).toBe(answer);
    expect(skipped).toEqual(whole);
  });
});
