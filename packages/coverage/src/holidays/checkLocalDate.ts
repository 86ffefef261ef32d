import { daysOfLocalDate, describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';

/**
 * Throw `coverage/invalid-local-date` unless `date` is a local date that exists, written
 * `YYYY-MM-DD` (or `±YYYYYY-MM-DD` beyond the year 9999, as calendars ask about far instants).
 * Internal.
 */
export function checkLocalDate(date: unknown): asserts date is string {
  if (typeof date !== 'string' || daysOfLocalDate(date) === undefined) {
    fail('coverage/invalid-local-date', { value: describeValue(date) });
  }
}
