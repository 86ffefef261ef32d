import type { BusinessCalendar } from '@meridian-cx/core';
import { fail, show } from '../failures.js';

/**
 * Refuse a `calendar` that is given but is not a BusinessCalendar (has no `nextOpen`), before any
 * deadline reads it.
 *
 * @throws {MeridianError} `returns/invalid-order`, naming the value and the fix.
 */
export function checkCalendar(calendar: BusinessCalendar | undefined): void {
  if (calendar !== undefined && typeof calendar?.nextOpen !== 'function') {
    fail('returns/invalid-order', {
      detail: `calendar is ${show(calendar)}; pass a BusinessCalendar (with nextOpen), or leave it out`,
    });
  }
}
