import {
  type BusinessCalendar,
  checkEpochMillis,
  describeValue,
  fromEpochMillis,
  type Instant,
  toEpochMillis,
} from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { UtcInterval } from '../types.js';
import type { IntervalIndex } from './IntervalIndex.js';

const MINUTE = 60_000;
const iso = fromEpochMillis;

/** The four BusinessCalendar methods and `intervals` over an index. Internal. */
export function calendarFromIndex(index: IntervalIndex): BusinessCalendar & {
  intervals(from: Instant, to: Instant): readonly UtcInterval[];
  cumulativeWorkingMinutes(epochMillis: readonly number[]): number[];
} {
  return {
    isOpen: (at) => index.isOpen(toEpochMillis(at)),
    nextOpen(at) {
      const t = index.nextOpen(toEpochMillis(at));
      return t === null ? null : iso(t);
    },
    addWorkingMinutes(from, minutes) {
      const t = toEpochMillis(from);
      if (!Number.isFinite(minutes)) {
        fail('coverage/invalid-minutes', { value: describeValue(minutes) });
      }
      const ms = Math.round(minutes * MINUTE);
      if (ms === 0) return iso(t);
      return iso(index.add(t, ms));
    },
    workingMinutesBetween(from, to) {
      const ms = index.between(toEpochMillis(from), toEpochMillis(to));
      // Normalise -0 so that results compare equal in JSON and with Object.is.
      return ms === 0 ? 0 : ms / MINUTE;
    },
    cumulativeWorkingMinutes(epochMillis) {
      checkEpochMillis(epochMillis);
      const ms = index.cumulative(epochMillis);
      for (let k = 0; k < ms.length; k++) {
        const m = ms[k] as number;
        ms[k] = m === 0 ? 0 : m / MINUTE;
      }
      return ms;
    },
    intervals(from, to) {
      return index
        .slice(toEpochMillis(from), toEpochMillis(to))
        .map((i) => ({ start: iso(i.start), end: iso(i.end) }));
    },
  };
}
