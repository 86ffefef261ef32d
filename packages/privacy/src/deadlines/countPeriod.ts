import { type Reason, reason } from '@meridian-cx/core';
import type { CountingRule, Period, Sourced } from '../regimes/types.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  closedBecause,
  nextWorkingDay,
  type WorkCalendar,
} from './calendar.js';

/** The last day of a period of `period` starting from (and excluding) `start`, with the steps. */
export function countPeriod(options: {
  readonly start: string;
  readonly period: Period;
  readonly counting: CountingRule;
  readonly calendar: WorkCalendar;
  readonly rule: Sourced;
}): { readonly end: string; readonly steps: readonly Reason[] } {
  const { start, period, counting, calendar, rule } = options;
  const source = rule.provenance.source;
  const steps: Reason[] = [];
  let end: string;
  switch (period.unit) {
    case 'months': {
      end = addMonths(start, period.amount);
      steps.push(
        counting === 'eu-1182-71'
          ? reason('count.eu-1182-71', { from: start, months: period.amount }, source)
          : counting === 'uk-ico'
            ? reason(
                'count.ico-from-day-of-receipt',
                { from: start, months: period.amount },
                source,
              )
            : reason('count.months', { from: start, months: period.amount }, source),
      );
      if (Number(end.slice(8)) !== Number(start.slice(8))) {
        steps.push(
          reason(
            'count.shorter-month-last-day',
            { wanted: Number(start.slice(8)), lastDay: end },
            source,
          ),
        );
      } else steps.push(reason('count.same-date', { lastDay: end }, source));
      break;
    }
    case 'calendar-days':
      end = addDays(start, period.amount);
      steps.push(
        reason('count.calendar-days', { from: start, days: period.amount, lastDay: end }, source),
      );
      break;
    case 'business-days':
      end = addWorkingDays(start, period.amount, calendar);
      steps.push(
        reason('count.business-days', { from: start, days: period.amount, lastDay: end }, source),
      );
      break;
    case 'hours':
      end = addDays(start, Math.ceil(period.amount / 24));
      steps.push(reason('count.hours-as-days', { hours: period.amount, lastDay: end }, source));
      break;
  }
  return { end, steps };
}

/** Apply (or report not applying) the next-working-day rule to a last day. */
export function settleLastDay(options: {
  readonly end: string;
  readonly rollForward: boolean;
  readonly calendar: WorkCalendar;
  readonly rule: Sourced;
}): { readonly end: string; readonly steps: readonly Reason[] } {
  const { end, rollForward, calendar, rule } = options;
  const why = closedBecause(end, calendar);
  if (why === undefined) return { end, steps: [] };
  if (!rollForward) {
    return {
      end,
      steps: [
        reason('count.ends-on-non-working-day', { lastDay: end, why }, rule.provenance.source),
      ],
    };
  }
  const rolled = nextWorkingDay(end, calendar);
  return {
    end: rolled,
    steps: [
      reason(
        'count.rolled-to-next-working-day',
        { from: end, to: rolled, why },
        rule.provenance.source,
      ),
    ],
  };
}
