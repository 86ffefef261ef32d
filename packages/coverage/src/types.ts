/** A day of the week, Monday first as in ISO 8601. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The days of the week in ISO order (Monday = index 0). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * How a local time that happens twice (clocks go back) is read: the first occurrence, the
 * second, or refused with an error. Nonexistent local times (clocks go forward) always move
 * forward by the length of the gap.
 */
export type AmbiguousTime = 'earlier' | 'later' | 'reject';

/** A working interval in UTC, half-open `[start, end)`, as canonical ISO strings. */
export type UtcInterval = { readonly start: string; readonly end: string };

/** A working interval in epoch milliseconds, half-open `[start, end)`. */
export type MsInterval = { readonly start: number; readonly end: number };
