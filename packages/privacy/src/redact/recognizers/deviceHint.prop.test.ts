// The card recognizer asks for the lower-case copy of a text (lowerSameLength) only where a device
// label may stand (T42a: asked first, it lowered every text the recognizer read). The test that
// decides it must answer as the copy would: "meid" or "esn" in the lower-case copy, and nowhere
// else, whatever units stand around or inside the words (the ones that lower to an ASCII letter,
// the ones whose lower case is longer, the dotless i, the long s).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lowerSameLength } from '../digits.js';
import { mayHoldDeviceLabel } from './card.js';

/** The oracle: the lower-case copy, made, then searched. */
const byCopy = (s: string) => {
  const lower = lowerSameLength(s);
  return lower.includes('meid') || lower.includes('esn');
};

const UNITS = [...'meidsnMEIDSN ', 'İ', 'ı', 'ſ', '\u212a', 'Ꮇ', 'ꭼ', 'é', 'Σ', '\u0307', '7'];

describe('mayHoldDeviceLabel', () => {
  it('answers as the lower-case copy on the labels as customers type them', () => {
    for (const s of ['MEID: A10000009296F2', 'pESN 800737E1', 'Esn', 'mEiD', 'my phone', 'MEİD'])
      expect(mayHoldDeviceLabel(s)).toBe(byCopy(s));
    expect(mayHoldDeviceLabel('ESN: 8A3F2B1C')).toBe(true);
    expect(mayHoldDeviceLabel('order 12345678')).toBe(false);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 })], { numRuns: 3000 })(
    'agrees with the lower-case copy on the units near the labels',
    (s) => {
      expect(mayHoldDeviceLabel(s)).toBe(byCopy(s));
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 16 })])(
    'agrees with the lower-case copy on any text',
    (s) => {
      expect(mayHoldDeviceLabel(s)).toBe(byCopy(s));
    },
  );
});
