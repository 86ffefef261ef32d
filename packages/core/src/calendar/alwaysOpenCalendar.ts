import { toEpochMillis } from '../time/instant.js';
import type { BusinessCalendar } from './BusinessCalendar.js';
import { checkEpochMillis } from './cumulativeWorkingMinutes.js';

const MINUTE = 60_000;

/**
 * A {@link BusinessCalendar} that is always open: 24 hours a day, 7 days a week, no holidays.
 * Working minutes are elapsed minutes. Use it for calendar-hour SLA targets, or in tests.
 *
 * @example
 * alwaysOpenCalendar.addWorkingMinutes('2026-03-02T10:00:00Z', 90); // '2026-03-02T11:30:00.000Z'
 * @since 0.1.0
 */
export const alwaysOpenCalendar: BusinessCalendar = Object.freeze<BusinessCalendar>({
  isOpen(at) {
    toEpochMillis(at);
    return true;
  },
  nextOpen(at) {
    return new Date(toEpochMillis(at)).toISOString();
  },
  addWorkingMinutes(from, minutes) {
    return new Date(toEpochMillis(from) + minutes * MINUTE).toISOString();
  },
  workingMinutesBetween(from, to) {
    return (toEpochMillis(to) - toEpochMillis(from)) / MINUTE;
  },
  cumulativeWorkingMinutes(epochMillis) {
    checkEpochMillis(epochMillis);
    const origin = epochMillis[0] as number;
    return epochMillis.map((t) => (t === origin ? 0 : (t - origin) / MINUTE));
  },
});
