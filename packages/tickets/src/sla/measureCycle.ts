import {
  type BusinessCalendar,
  cumulativeWorkingMinutes,
  fromEpochMillis,
} from '@meridian-cx/core';
import type { SlaTarget } from '../types.js';
import type { SlaMarks } from './slaMarks.js';
import type { SlaClockState, SlaCycle } from './types.js';

const NONE: readonly string[] = Object.freeze([]);

const MINUTE = 60_000;

/**
 * Working minutes from the first mark to each mark, in the target's hours: one bulk calendar
 * query for the whole ticket (see core's `cumulativeWorkingMinutes`), shared by every metric and
 * cycle (the calendar is additive by contract).
 *
 * @internal Not part of the public surface.
 */
export function cumulativeMinutes(
  marks: SlaMarks,
  hours: SlaTarget['hours'],
  cal: BusinessCalendar,
): number[] {
  const ms = marks.ms;
  if (hours === 'business') return cumulativeWorkingMinutes(cal, ms);
  const n = ms.length;
  // Sized once and written by index: pushing fractions grew and converted the array per call.
  const out = new Array<number>(n);
  const origin = ms[0] as number;
  for (let k = 0; k < n; k++) {
    const t = ms[k] as number;
    out[k] = t === origin ? 0 : (t - origin) / MINUTE;
  }
  return out;
}

/** The instant `minutes` of working time after mark `k`, in the target's hours.  *
 * @internal Not part of the public surface.
 */
export function addMinutes(
  target: SlaTarget,
  cal: BusinessCalendar,
  marks: SlaMarks,
  k: number,
  minutes: number,
): string {
  return target.hours === 'business'
    ? cal.addWorkingMinutes(marks.at[k] as string, minutes)
    : fromEpochMillis((marks.ms[k] as number) + minutes * MINUTE);
}

/** What {@link measureCycle} measures. */
export type CycleToMeasure = {
  readonly marks: SlaMarks;
  /** Working minutes from the first mark to each mark, in the target's hours. */
  readonly cumulative: readonly number[];
  /** The mark that started the cycle. */
  readonly start: number;
  /** The mark that fulfilled it, or `-1` while it is open (measured to `now`). */
  readonly fulfilled: number;
  /** Per mark, one bit per metric: whether the clock runs after that mark. */
  readonly runs: readonly number[];
  /** This metric's bit in `runs`. */
  readonly bit: number;
  readonly target: SlaTarget;
  /** The policy the cycle is measured under. */
  readonly policyId: string;
  /** For business-hour targets (unused in calendar hours). */
  readonly calendar: BusinessCalendar;
};

/**
 * Measure a clock from mark `start` to mark `fulfilled` (`-1`: still open, measured to `now`),
 * running only after marks whose bit `bit` is set in `runs` (the status is not paused for this
 * clock, nor solved or closed when the clock stops there): the cycle's state, elapsed and paused
 * time in the target's minutes, and the instant the target was or will be crossed.
 *
 * @internal Not part of the public surface.
 */
export function measureCycle(cycle: CycleToMeasure): SlaCycle {
  const { marks, cumulative, start, fulfilled, runs, bit, target, calendar: cal } = cycle;
  const end = fulfilled === -1 ? marks.nowIndex : fulfilled;
  let elapsed = 0;
  let paused = 0;
  let breachAt: string | null = null;
  let pausedBy: string[] | null = null;
  let resumedBy: string[] | null = null;
  const limit = target.minutes;
  let run = ((runs[start] as number) & bit) !== 0;
  if (!run) pausedBy = [marks.statusSince[start] as string];
  for (let k = start; k < end; k++) {
    if (k > start) {
      const now = ((runs[k] as number) & bit) !== 0;
      if (now !== run) {
        const since = marks.statusSince[k] as string;
        if (now) {
          if (resumedBy === null) resumedBy = [since];
          else resumedBy.push(since);
        } else if (pausedBy === null) pausedBy = [since];
        else pausedBy.push(since);
        run = now;
      }
    }
    const m = (cumulative[k + 1] as number) - (cumulative[k] as number);
    if (m === 0) continue;
    if (run) {
      if (breachAt === null && elapsed + m > limit) {
        breachAt = addMinutes(target, cal, marks, k, limit - elapsed);
      }
      elapsed += m;
    } else paused += m;
  }
  const remaining = limit - elapsed;
  const state: SlaClockState =
    elapsed > limit ? 'breached' : fulfilled !== -1 ? 'achieved' : run ? 'active' : 'paused';
  return {
    state,
    policyId: cycle.policyId,
    target,
    startedAt: marks.at[start] as string,
    dueAt:
      breachAt ??
      (state === 'active'
        ? addMinutes(target, cal, marks, marks.nowIndex, Math.max(0, remaining))
        : null),
    fulfilledAt: fulfilled === -1 ? null : (marks.at[fulfilled] as string),
    elapsedMinutes: elapsed,
    pausedMinutes: paused,
    wallMinutes: (cumulative[end] as number) - (cumulative[start] as number),
    remainingMinutes: remaining,
    events: {
      started: marks.eventId[start] as string,
      paused: pausedBy ?? NONE,
      resumed: resumedBy ?? NONE,
      fulfilled: fulfilled === -1 ? null : (marks.eventId[fulfilled] as string),
    },
  };
}
