import {
  alwaysOpenCalendar,
  type BusinessCalendar,
  type Instant,
  toEpochMillis,
} from '@meridian-cx/core';
import { checkObject } from '../guards.js';
import { quantiles } from '../quantiles/quantiles.js';
import { readTickets, total } from './readTickets.js';

/** The age of the open backlog at one instant. */
export type BacklogAge = {
  readonly now: string;
  /** Tickets open at `now`: created at or before it and not resolved by then. */
  readonly open: number;
  readonly unit: 'minutes';
  readonly mean: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  readonly max: number | null;
  readonly oldest: { readonly id: string; readonly ageMinutes: number } | null;
  /** Open tickets by age band: under 1 day, 1–3 days, 3–7 days, 7 days or more (in the calendar's minutes). */
  readonly bands: {
    readonly under1d: number;
    readonly d1to3: number;
    readonly d3to7: number;
    readonly over7d: number;
  };
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
};

/**
 * How old is the open backlog at `now`? Ages of tickets created at or before `now` and not
 * resolved by then. A ticket reopened after its latest resolution up to `now` (`resolvedAt`, or
 * `lastResolvedAt` when it was solved again) counts as open again,
 * in calendar or business minutes.
 *
 * @param tickets - Ticket facts from outside.
 * @param options - `now` (required: nothing here reads the clock) and an optional calendar.
 * @returns Count, mean, median, p90, max, the oldest ticket, and age bands.
 * @throws {MeridianError} `core/invalid-instant` for a bad `now`.
 * @example
 * backlogAge([{ id: 'a', createdAt: '2026-03-01T10:00:00Z' }], { now: '2026-03-02T10:00:00Z' }).oldest;
 * // { id: 'a', ageMinutes: 1440 }
 * @since 0.1.0
 */
export function backlogAge(
  tickets: Iterable<unknown>,
  options: { readonly now: Instant; readonly calendar?: BusinessCalendar },
): BacklogAge {
  checkObject(
    options,
    'backlogAge options',
    "an object with now, such as { now: '2026-03-02T10:00:00Z' }",
  );
  const now = toEpochMillis(options.now);
  const calendar = options.calendar ?? alwaysOpenCalendar;
  const read = readTickets(tickets);
  const ages: number[] = [];
  let oldest: { id: string; ageMinutes: number } | null = null;
  const bands = { under1d: 0, d1to3: 0, d3to7: 0, over7d: 0 };
  for (const t of read.tickets) {
    if (t.created > now) continue;
    let lastResolved: number | null = null;
    for (const r of [t.resolved, t.lastResolved]) {
      if (r !== null && r <= now && (lastResolved === null || r > lastResolved)) lastResolved = r;
    }
    const reopenedSince =
      lastResolved !== null && t.reopened.some((r) => r > lastResolved && r <= now);
    if (lastResolved !== null && !reopenedSince) continue;
    const age = calendar.workingMinutesBetween(new Date(t.created), new Date(now));
    ages.push(age);
    if (oldest === null || age > oldest.ageMinutes) oldest = { id: t.id, ageMinutes: age };
    if (age < 1440) bands.under1d++;
    else if (age < 3 * 1440) bands.d1to3++;
    else if (age < 7 * 1440) bands.d3to7++;
    else bands.over7d++;
  }
  const [median = null, p90 = null, max = null] =
    ages.length === 0 ? [] : quantiles(ages, [0.5, 0.9, 1]);
  let sum = 0;
  for (const a of ages) sum += a;
  return {
    now: new Date(now).toISOString(),
    open: ages.length,
    unit: 'minutes',
    mean: ages.length === 0 ? null : sum / ages.length,
    median,
    p90,
    max,
    oldest,
    bands,
    rejected: total(read.rejectedBy),
    rejectedBy: read.rejectedBy,
  };
}
