import { describeValue, type Instant, parseTimeZone, toEpochMillis } from '@meridian-cx/core';
import { DateTime } from 'luxon';
import { fail } from '../failures.js';
import { firstDayOfWeek } from './firstDayOfWeek.js';

const UNITS: readonly string[] = ['day', 'week', 'month'] satisfies readonly BucketUnit[];

/** Calendar unit of a time bucket. */
export type BucketUnit = 'day' | 'week' | 'month';

/** How to bucket instants: by day, week or month, in a zone, weeks starting on the locale's first day. */
export type BucketOptions = {
  readonly unit: BucketUnit;
  /** IANA zone whose calendar days count: a day in Tokyo is not a day in UTC. */
  readonly zone: string;
  /** Locale whose first day of the week starts weekly buckets. Default `en-GB` (Monday). */
  readonly locale?: string;
};

/** One time bucket: its key, and its half-open interval [start, end) as UTC instants. */
export type TimeBucket = {
  /** `2026-03-02` for a day or week (the week's first local day), `2026-03` for a month. */
  readonly key: string;
  readonly unit: BucketUnit;
  readonly zone: string;
  readonly start: string;
  readonly end: string;
};

/**
 * The day, week or month an instant falls in, in a given zone, with weeks starting on the
 * locale's first day (Sunday for `en-US`, Monday for `de-DE`, Saturday for `ar-EG`). Calendar
 * arithmetic is done by luxon, so days across a DST change are 23 or 25 hours long.
 *
 * @param at - The instant.
 * @param options - Unit, zone and locale.
 * @returns The bucket's key and its [start, end) interval in UTC.
 * @throws {MeridianError} `core/invalid-instant`, `core/invalid-time-zone`, `core/invalid-locale`;
 *   `metrics/invalid-argument` for a unit other than day, week or month.
 * @example
 * timeBucket('2026-03-01T20:00:00Z', { unit: 'day', zone: 'Asia/Tokyo' }).key; // '2026-03-02'
 * @since 0.1.0
 */
export function timeBucket(at: Instant, options: BucketOptions): TimeBucket {
  if (typeof options !== 'object' || options === null || !UNITS.includes(options.unit)) {
    fail('metrics/invalid-argument', {
      what: 'The bucket unit',
      expected: `one of ${UNITS.join(', ')}`,
      value: describeValue(
        typeof options === 'object' && options !== null ? options.unit : options,
      ),
    });
  }
  const zone = parseTimeZone(options.zone);
  const local = DateTime.fromMillis(toEpochMillis(at), { zone });
  let start: DateTime;
  let end: DateTime;
  if (options.unit === 'month') {
    start = local.startOf('month');
    end = start.plus({ months: 1 });
  } else if (options.unit === 'week') {
    const first = firstDayOfWeek(options.locale ?? 'en-GB').day;
    const back = (local.weekday - first + 7) % 7;
    start = local.startOf('day').minus({ days: back }).startOf('day');
    end = start.plus({ days: 7 }).startOf('day');
  } else {
    start = local.startOf('day');
    end = start.plus({ days: 1 }).startOf('day');
  }
  const key = options.unit === 'month' ? start.toFormat('yyyy-MM') : start.toFormat('yyyy-MM-dd');
  return {
    key,
    unit: options.unit,
    zone,
    start: start.toUTC().toISO() as string,
    end: end.toUTC().toISO() as string,
  };
}
