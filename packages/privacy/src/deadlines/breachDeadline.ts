import { parseWith, type Reason, reason, toEpochMillis, toIsoString } from '@meridian-cx/core';
import { checkRegimeOf } from '../regimes/regimeArg.js';
import type { BreachRule, BreachTrigger, Regime } from '../regimes/types.js';
import { BreachDeadlineInputSchema } from '../schemas/breachDeadline.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  endOfLocalDay,
  localDate,
  type WorkCalendar,
} from './calendar.js';
import { type HolidaysInput, toWorkCalendar } from './workCalendar.js';

/** What {@link breachDeadline} takes. */
export type BreachDeadlineInput = {
  /** A built-in regime (`EU_GDPR`, `US_CA_CCPA` …) or what defineRegime() returned; not an id. */
  readonly regime: Regime;
  /** What happened at `at`: the controller became aware, discovered, determined, assessed … */
  readonly event: BreachTrigger;
  readonly at: string | Date;
  /** Zone for windows in days. Default `UTC`. */
  readonly zone?: string;
  /** Local holidays for windows in business days: dates, or a holiday calendar with `lookup(date)`. */
  readonly holidays?: HolidaysInput;
};

/** One notification duty and where it stands for the event given. */
export type BreachDuty = {
  readonly notify: 'authority' | 'individuals';
  readonly authority: string;
  readonly wording: string;
  readonly condition?: string;
  /** `running`: this event starts the clock; `other-event`: another event starts it; `no-fixed-window`: the law sets only a standard. */
  readonly status: 'running' | 'other-event' | 'no-fixed-window';
  readonly startsWith: BreachTrigger;
  readonly dueBy?: string;
  readonly reasons: readonly Reason[];
};

/** The answer of {@link breachDeadline}. */
export type BreachDeadline = {
  readonly regime: string;
  /** `known`: at least one duty is sourced; `not-known`: no sourced breach rule in force at `at`. */
  readonly status: 'known' | 'not-known';
  readonly duties: readonly BreachDuty[];
};

/**
 * By when must a breach be reported, and to whom? Each regime's windows carry the event that
 * starts them — awareness (GDPR), determination (Colorado, Texas), assessment that it is
 * notifiable (Singapore), learning that personal data was affected (LGPD) — so a clock started by
 * the wrong event is reported as such, never silently counted.
 *
 * @param input - Regime, the event that occurred, when (with offset), and a zone for day counts.
 * @returns Every duty in force at `at`, with its deadline where this event starts it.
 * @throws {ValidationError} `privacy/invalid-breach-deadline-input`.
 * @throws {MeridianError} `privacy/regime-id` for an id where the regime goes (it names the import), `privacy/unchecked-regime`.
 * @example
 * import { EU_GDPR, breachDeadline } from '@meridian-cx/privacy';
 * breachDeadline({ regime: EU_GDPR, event: 'became-aware', at: '2026-03-06T16:00:00Z' }).duties[0]?.dueBy;
 * // '2026-03-09T16:00:00.000Z'
 * @since 0.1.0
 */
export function breachDeadline(input: BreachDeadlineInput): BreachDeadline {
  checkRegimeOf(input, 'breachDeadline');
  const args = parseWith(BreachDeadlineInputSchema, input, {
    package: 'privacy',
    what: 'breach-deadline-input',
  });
  const regime = args.regime;
  const atMs = toEpochMillis(args.at);
  const zone = args.zone ?? 'UTC';
  const today = localDate(atMs, zone);
  const inForce = regime.breach.filter(
    (b) => (b.from === undefined || b.from <= today) && (b.until === undefined || today <= b.until),
  );
  const calendar: WorkCalendar = toWorkCalendar(args.holidays as HolidaysInput | undefined, [6, 7]);
  const duties = inForce.map((rule) => duty(rule, args.event, atMs, zone, calendar));
  return { regime: regime.id, status: duties.length > 0 ? 'known' : 'not-known', duties };
}

function duty(
  rule: BreachRule,
  event: BreachTrigger,
  atMs: number,
  zone: string,
  calendar: WorkCalendar,
): BreachDuty {
  const source = rule.provenance.source;
  const base = {
    notify: rule.notify,
    authority: rule.authority,
    wording: rule.wording,
    ...(rule.condition !== undefined ? { condition: rule.condition } : {}),
    startsWith: rule.trigger,
  };
  if (rule.trigger !== event) {
    return {
      ...base,
      status: 'other-event',
      reasons: [
        reason(
          'breach.clock-starts-with-other-event',
          { startsWith: rule.trigger, given: event },
          source,
        ),
      ],
    };
  }
  const window = rule.window;
  if (window === null) {
    return {
      ...base,
      status: 'no-fixed-window',
      reasons: [reason('breach.no-fixed-window', { wording: rule.wording }, source)],
    };
  }
  let dueBy: string;
  if (window.unit === 'hours') {
    // Hours are exact time: 72 hours is 72 hours even across a DST change.
    dueBy = toIsoString(new Date(atMs + window.amount * 3_600_000));
  } else {
    const day = localDate(atMs, zone);
    const last =
      window.unit === 'business-days'
        ? addWorkingDays(day, window.amount, calendar)
        : window.unit === 'months'
          ? addMonths(day, window.amount)
          : addDays(day, window.amount);
    dueBy = endOfLocalDay(last, zone);
  }
  return {
    ...base,
    status: 'running',
    dueBy,
    reasons: [
      reason(
        'breach.window',
        { amount: window.amount, unit: window.unit, from: rule.trigger, dueBy },
        source,
      ),
    ],
  };
}
