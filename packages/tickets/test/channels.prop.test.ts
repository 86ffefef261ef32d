import { fc, test } from '@fast-check/vitest';
import { smsSegments } from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';
import { GSM7_BASIC, GSM7_EXTENSION } from '../src/channels/gsm7.data.js';

// Oracle: the textbook formula, valid when every character costs one unit.
const formula = (n: number, single: number, multi: number) =>
  n === 0 ? 0 : n <= single ? 1 : Math.ceil(n / multi);

describe('smsSegments properties', () => {
  test.prop([fc.string({ unit: fc.constantFrom(...GSM7_BASIC), maxLength: 700 })])(
    'plain GSM-7 text agrees with the 160/153 formula',
    (text) => {
      expect(smsSegments(text).segments).toBe(formula([...text].length, 160, 153));
    },
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom('ł', 'ą', 'س', 'ش', 'a', 'b', ' '),
      minLength: 1,
      maxLength: 500,
    }),
  ])(
    'text with a non-GSM character agrees with the 70/67 formula when it has no surrogate pairs',
    (raw) => {
      const text = `ł${raw}`;
      expect(smsSegments(text)).toMatchObject({
        encoding: 'UCS-2',
        segments: formula(text.length, 70, 67),
      });
    },
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom(...GSM7_BASIC, ...GSM7_EXTENSION, '😀', 'ł'),
      maxLength: 600,
    }),
  ])(
    'segments never hold more than their capacity, and are never fewer than the units need',
    (text) => {
      const s = smsSegments(text);
      if (s.segments > 1)
        expect(s.segments).toBeGreaterThanOrEqual(Math.ceil(s.units / s.perSegment));
      expect(s.remainingInLast).toBeGreaterThanOrEqual(0);
    },
  );
});
