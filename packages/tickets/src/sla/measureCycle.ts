import type { BusinessCalendar } from '@meridian-cx/core';
import type { SlaTarget, StatusCategory } from '../types.js';

/** A point of the ticket's life (an applied event, or `now`) and the status from then on. */
export type Mark = {
  readonly ms: number;
  readonly at: string;
  readonly status: string;
  readonly category: StatusCategory;
  readonly eventId: string;
  /** The event that set the current status. */
  readonly statusSince: string;
};

/** What one clock measured over one cycle (internal). */
export type Measured = {
  elapsed: number;
  paused: number;
  wall: number;
  breachAt: string | null;
  runningAtEnd: boolean;
  pausedBy: readonly string[];
  resumedBy: readonly string[];
};

const NONE: readonly string[] = Object.freeze([]);

const MINUTE = 60_000;

/**
 * Working minutes from the first mark to each mark, in the target's hours: one calendar call per
 * mark, shared by every metric and cycle (the calendar is additive by contract).
 *
 * @internal Not part of the public surface.
 */
export function cumulativeMinutes(
  marks: readonly Mark[],
  hours: SlaTarget['hours'],
  cal: BusinessCalendar,
): Float64Array {
  const out = new Float64Array(marks.length);
  for (let k = 1; k < marks.length; k++) {
    const a = marks[k - 1] as Mark;
    const b = marks[k] as Mark;
    const step =
      b.ms === a.ms
        ? 0
        : hours === 'business'
          ? cal.workingMinutesBetween(a.at, b.at)
          : (b.ms - a.ms) / MINUTE;
    out[k] = (out[k - 1] as number) + step;
  }
  return out;
}

/** The instant `minutes` of working time after `from`, in the target's hours.  *
 * @internal Not part of the public surface.
 */
export function addMinutes(
  target: SlaTarget,
  cal: BusinessCalendar,
  from: Mark,
  minutes: number,
): string {
  return target.hours === 'business'
    ? cal.addWorkingMinutes(from.at, minutes)
    : new Date(from.ms + minutes * MINUTE).toISOString();
}

/**
 * Measure a clock from mark `start` to mark `end`, running only after marks whose status is
 * not in `pauseSet` (nor solved or closed, when the clock stops there): elapsed and paused time in the target's minutes, and the instant the target was crossed.
 *
 * @internal Not part of the public surface.
 */
export function measureCycle(
  marks: readonly Mark[],
  cumulative: Float64Array,
  start: number,
  end: number,
  pauseSet: ReadonlySet<string>,
  stopsWhenSolved: boolean,
  target: SlaTarget,
  cal: BusinessCalendar,
): Measured {
  const out: Measured = {
    elapsed: 0,
    paused: 0,
    wall: (cumulative[end] as number) - (cumulative[start] as number),
    breachAt: null,
    runningAtEnd: false,
    pausedBy: NONE,
    resumedBy: NONE,
  };
  let prev: boolean | null = null;
  for (let k = start; k <= end; k++) {
    const mark = marks[k] as Mark;
    const run =
      !pauseSet.has(mark.status) &&
      !pauseSet.has(mark.category) &&
      !(stopsWhenSolved && (mark.category === 'solved' || mark.category === 'closed'));
    if (k < end || prev === null) {
      if (prev === null ? !run : run !== prev) {
        if (run) out.resumedBy = [...out.resumedBy, mark.statusSince];
        else out.pausedBy = [...out.pausedBy, mark.statusSince];
      }
      prev = run;
      out.runningAtEnd = run;
    }
    if (k === end) break;
    const m = (cumulative[k + 1] as number) - (cumulative[k] as number);
    if (m === 0) continue;
    if (run) {
      if (out.breachAt === null && out.elapsed + m > target.minutes) {
        out.breachAt = addMinutes(target, cal, mark, target.minutes - out.elapsed);
      }
      out.elapsed += m;
    } else out.paused += m;
  }
  return out;
}
