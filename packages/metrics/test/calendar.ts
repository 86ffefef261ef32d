// A small BusinessCalendar for tests: Monday–Friday, 09:00–17:00 UTC, measured minute by minute.
import { type BusinessCalendar, type Instant, toEpochMillis } from '@meridian-cx/core';

const MINUTE = 60_000;
const open = (ms: number): boolean => {
  const d = new Date(ms);
  const day = d.getUTCDay();
  const h = d.getUTCHours();
  return day >= 1 && day <= 5 && h >= 9 && h < 17;
};

export const nineToFiveUtc: BusinessCalendar = {
  isOpen: (at: Instant) => open(toEpochMillis(at)),
  nextOpen(at) {
    let ms = toEpochMillis(at);
    for (let i = 0; i < 60 * 24 * 14; i++, ms += MINUTE)
      if (open(ms)) return new Date(ms).toISOString();
    return null;
  },
  addWorkingMinutes(from, minutes) {
    let ms = toEpochMillis(from);
    let left = minutes;
    while (left > 0) {
      if (open(ms)) left--;
      ms += MINUTE;
    }
    return new Date(ms).toISOString();
  },
  workingMinutesBetween(from, to) {
    const a = toEpochMillis(from);
    const b = toEpochMillis(to);
    if (b < a) return -nineToFiveUtc.workingMinutesBetween(to, from);
    let n = 0;
    for (let ms = a; ms < b; ms += MINUTE) if (open(ms)) n++;
    return n;
  },
};
