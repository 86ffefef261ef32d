import {
  type BusinessCalendar,
  cumulativeWorkingMinutes,
  fromEpochMillis,
  type Instant,
  toEpochMillis,
} from '@meridian-cx/core';
import type { CalendarPeriod } from './types.js';

const MINUTE = 60_000;

/**
 * One `BusinessCalendar` from the schedules in force over time: each period's calendar applies
 * from its `from` to the next period's (the first also before its `from`), so a ticket whose team
 * changed its hours is measured on the schedule in force at each instant. The periods are sorted
 * by `from`; they must be validated (see `computeSla`).
 *
 * @internal Not part of the public surface.
 */
export function calendarHistory(periods: readonly CalendarPeriod[]): BusinessCalendar {
  const sorted = periods
    .map((p) => ({ from: toEpochMillis(p.from), calendar: p.calendar }))
    .sort((a, b) => a.from - b.from);
  const n = sorted.length;
  const cal = (i: number) => (sorted[i] as { calendar: BusinessCalendar }).calendar;
  // The period in force at `t`: the last one starting at or before it (the first before all).
  const at = (t: number): number => {
    let i = 0;
    while (i + 1 < n && (sorted[i + 1] as { from: number }).from <= t) i++;
    return i;
  };
  const endOf = (i: number) =>
    i + 1 < n ? (sorted[i + 1] as { from: number }).from : Number.POSITIVE_INFINITY;
  const startOf = (i: number) =>
    i === 0 ? Number.NEGATIVE_INFINITY : (sorted[i] as { from: number }).from;
  const between = (a: number, b: number): number => {
    if (b < a) return -between(b, a);
    let total = 0;
    for (let i = at(a); i < n && startOf(i) < b; i++) {
      const lo = Math.max(a, startOf(i));
      const hi = Math.min(b, endOf(i));
      if (hi > lo) {
        total += Math.round(
          cal(i).workingMinutesBetween(fromEpochMillis(lo), fromEpochMillis(hi)) * MINUTE,
        );
      }
    }
    return total / MINUTE;
  };
  return {
    isOpen: (t: Instant) => cal(at(toEpochMillis(t))).isOpen(t),
    nextOpen(from: Instant) {
      let t = toEpochMillis(from);
      for (let i = at(t); i < n; i++) {
        const found = cal(i).nextOpen(fromEpochMillis(t));
        if (found !== null && toEpochMillis(found) < endOf(i)) return found;
        t = endOf(i);
      }
      return null;
    },
    addWorkingMinutes(from: Instant, minutes: number) {
      let t = toEpochMillis(from);
      if (minutes === 0) return fromEpochMillis(t);
      let left = Math.round(minutes * MINUTE);
      const forward = left > 0;
      for (let i = at(t); forward ? i < n : i >= 0; forward ? i++ : i--) {
        const edge = forward ? endOf(i) : startOf(i);
        const here = cal(i);
        if (!Number.isFinite(edge))
          return here.addWorkingMinutes(fromEpochMillis(t), left / MINUTE);
        const available = Math.round(
          here.workingMinutesBetween(fromEpochMillis(t), fromEpochMillis(edge)) * MINUTE,
        );
        if (forward ? left <= available : left >= available) {
          return here.addWorkingMinutes(fromEpochMillis(t), left / MINUTE);
        }
        left -= available;
        t = edge;
        if (!forward && i === 0) break;
      }
      return fromEpochMillis(t);
    },
    workingMinutesBetween: (a: Instant, b: Instant) => between(toEpochMillis(a), toEpochMillis(b)),
    cumulativeWorkingMinutes(epochMillis: readonly number[]) {
      // One bulk query per period over the instants inside it (plus its edges), then stitched.
      const origin = epochMillis[0] as number;
      const ascending = epochMillis.every((t, k) => k === 0 || t >= (epochMillis[k - 1] as number));
      if (!ascending || n === 1) {
        if (n === 1) return cumulativeWorkingMinutes(cal(0), epochMillis);
        return epochMillis.map((t) => (t === origin ? 0 : between(origin, t)));
      }
      const out: number[] = [];
      let base = 0; // whole milliseconds of work from origin to the start of the current run
      let k = 0;
      while (k < epochMillis.length) {
        const i = at(epochMillis[k] as number);
        const lo = k === 0 ? origin : Math.max(startOf(i), origin);
        const run: number[] = [lo];
        let j = k;
        while (j < epochMillis.length && (epochMillis[j] as number) < endOf(i))
          run.push(epochMillis[j++] as number);
        const minutes = cumulativeWorkingMinutes(cal(i), run);
        for (let r = 1; r < run.length; r++) {
          const total = base + Math.round((minutes[r] as number) * MINUTE);
          out.push(total === 0 ? 0 : total / MINUTE);
        }
        if (j < epochMillis.length) {
          base += Math.round(between(lo, startOf(at(epochMillis[j] as number))) * MINUTE);
        }
        k = j;
      }
      return out;
    },
  };
}
