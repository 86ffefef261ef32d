// The oracle is luxon (a devDependency only): its calendar arithmetic shares nothing with core's
// day numbers. Core's own property holds the month rule on civil dates; this one holds what payments
// adds: instants written in any offset, read in UTC, moved by days or months, time of day kept.
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import { refundDeadline } from './refundDeadline.js';

const MIN = Date.parse('1000-01-02T00:00:00Z');
const MAX = Date.parse('9000-12-31T23:59:59.999Z');
const instant = fc.integer({ min: MIN, max: MAX });
const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });

function withOffset(ms: number, minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 23)}${sign}${hh}:${mm}`;
}

describe('refundDeadline against luxon', () => {
  test.prop(
    [
      instant,
      offset,
      fc.oneof(
        fc.record({ days: fc.integer({ min: 1, max: 3650 }) }),
        fc.record({ months: fc.integer({ min: 1, max: 120 }) }),
      ),
    ],
    { numRuns: 500 },
  )(
    'refundDeadline is the instant luxon computes, for any offset the payment was written in',
    (ms, minutes, window) => {
      const paidAt = withOffset(ms, minutes);
      const want = DateTime.fromISO(paidAt, { zone: 'utc' }).plus(window).toUTC().toISO();
      expect(refundDeadline(paidAt, window)).toBe(want);
    },
  );
});
