import type { PeriodEndRule } from '../statutory/types.js';
import { addDays, weekday } from '../time/zoneDay.js';

/** The last day of a statutory period after the regime's own weekend-and-holiday rule. */
export type PeriodEnd = {
  readonly date: string;
  /** The day the period would have ended on, when the rule moved it. */
  readonly movedFrom?: string;
};

/**
 * Move the last day of a statutory period off the days on which the law says a period does not
 * end: the rule's weekdays and, where the rule counts them, the consumer's public holidays. A
 * holiday that follows a weekend moves it again (a Saturday before an Easter Monday ends on
 * Tuesday).
 *
 * @param last - The last day as counted, YYYY-MM-DD.
 * @param rule - The regime's rule, or undefined for none.
 * @param holidays - The consumer's public holidays (YYYY-MM-DD), or null when none were given.
 */
export function periodEnd(
  last: string,
  rule: PeriodEndRule | undefined,
  holidays: ReadonlySet<string> | null,
): PeriodEnd {
  if (rule === undefined) return { date: last };
  const closed = rule.closedWeekdays;
  const useHolidays = rule.publicHolidays && holidays !== null;
  let day = last;
  // A run of closed days is short (a weekend and a few holidays); 31 bounds a bad holiday list.
  for (let i = 0; i < 31; i++) {
    if (!closed.includes(weekday(day)) && !(useHolidays && holidays.has(day))) break;
    day = addDays(day, 1);
  }
  return day === last ? { date: last } : { date: day, movedFrom: last };
}
