import { parseWith, type Reason, reason, toEpochMillis } from '@meridian-cx/core';
import { checkRegimeOf } from '../regimes/regimeArg.js';
import type { Regime, RequestRule, RightKind } from '../regimes/types.js';
import { RequestDeadlineInputSchema } from '../schemas/requestDeadline.js';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  endOfLocalDay,
  localDate,
  type WorkCalendar,
} from './calendar.js';
import { countPeriod, settleLastDay } from './countPeriod.js';
import { fail } from './failures.js';
import { type HolidaysInput, toWorkCalendar } from './workCalendar.js';

/** What {@link requestDeadline} takes. */
export type RequestDeadlineInput = {
  /** A built-in regime (`EU_GDPR`, `US_CA_CCPA` …) or what defineRegime() returned; not an id. */
  readonly regime: Regime;
  readonly kind: RightKind;
  /** When the request arrived, with an offset or `Z`. */
  readonly receivedAt: string | Date;
  /** The IANA zone whose calendar counts the days (the controller's desk). */
  readonly zone: string;
  /** The extension was validly claimed (notice given in time). Default false. */
  readonly extended?: boolean;
  /**
   * Local public holidays in that zone: dates (YYYY-MM-DD), or a holiday calendar with
   * `lookup(date)` such as `@meridian-cx/coverage`'s (its `working-day` entries open a weekend
   * day). Default none.
   */
  readonly holidays?: HolidaysInput;
  /** ISO weekdays of the weekend (1 = Monday). Default [6, 7]. */
  readonly weekend?: readonly number[];
  /** When the requester's identity was confirmed, if after receipt. */
  readonly verifiedAt?: string | Date;
  /** Clarification asked and answered: days that may not count where the law stops the clock. */
  readonly pauses?: readonly {
    readonly requestedAt: string | Date;
    readonly answeredAt: string | Date;
  }[];
};

/** The answer of {@link requestDeadline}: the last day, and every step of the count. */
export type RequestDeadline = {
  readonly regime: string;
  readonly kind: RightKind;
  readonly status: 'due' | 'no-fixed-period';
  readonly receivedOn: string;
  readonly clockStartsOn: string;
  /** Last local day to answer, and the last instant of that day in `zone`. */
  readonly dueOn?: string;
  readonly dueBy?: string;
  readonly acknowledgeOn?: string;
  readonly acknowledgeBy?: string;
  readonly extension:
    | { readonly available: false }
    | {
        readonly available: true;
        readonly applied: boolean;
        readonly conditions: string;
        readonly notice: string;
        readonly noticeOn?: string;
      };
  readonly onExpiry?: string;
  readonly steps: readonly Reason[];
};

/**
 * When must we answer this request? Counts each law's own way — GDPR months under Regulation
 * 1182/71, the ICO's day-of-receipt reading, calendar or business days — moves a last day off a
 * weekend or holiday only where the law says so, applies extensions and stop-the-clock rules, and
 * explains every step.
 *
 * @param input - Regime, request kind, receipt instant (with offset), the desk's zone, options.
 * @returns The last day and instant, acknowledgement and extension notice days, and the steps.
 * @throws {ValidationError} `privacy/invalid-request-deadline-input` (e.g. a date without offset).
 * @throws {MeridianError} `privacy/regime-id` for an id where the regime goes (it names the import), `privacy/unchecked-regime`,
 *   `privacy/no-request-rule`, `privacy/pause-before-receipt`.
 * @example
 * import { EU_GDPR, requestDeadline } from '@meridian-cx/privacy';
 * const d = requestDeadline({ regime: EU_GDPR, kind: 'access', receivedAt: '2028-01-31T10:00:00+01:00', zone: 'Europe/Paris' });
 * d.dueOn; // '2028-02-29'
 * @since 0.1.0
 */
export function requestDeadline(input: RequestDeadlineInput): RequestDeadline {
  checkRegimeOf(input, 'requestDeadline');
  const args = parseWith(RequestDeadlineInputSchema, input, {
    package: 'privacy',
    what: 'request-deadline-input',
  });
  const regime = args.regime;
  const rule = regime.requests.find((r) => r.appliesTo.includes(args.kind));
  if (rule === undefined) {
    return fail('privacy/no-request-rule', {
      regime: regime.id,
      kind: args.kind,
      known: [...new Set(regime.requests.flatMap((r) => r.appliesTo))].join(', '),
    });
  }
  const zone = args.zone;
  const calendar: WorkCalendar = toWorkCalendar(
    args.holidays as HolidaysInput | undefined,
    args.weekend ?? [6, 7],
  );
  const receivedMs = toEpochMillis(args.receivedAt);
  const receivedOn = localDate(receivedMs, zone);
  const source = rule.provenance.source;
  const steps: Reason[] = [
    reason(
      'request.received',
      { on: receivedOn, zone, kind: args.kind, regime: regime.id },
      source,
    ),
  ];

  const clockStartsOn = startOfClock(rule, receivedOn, args.verifiedAt, zone, steps);
  const extension = describeExtension(rule, args.extended ?? false);
  const ack = acknowledgement(rule, receivedOn, calendar, zone, steps);
  if (rule.period === null) {
    steps.push(reason('period.none-fixed', {}, source));
    return {
      regime: regime.id,
      kind: args.kind,
      status: 'no-fixed-period',
      receivedOn,
      clockStartsOn,
      ...ack,
      extension,
      steps,
    };
  }

  const base = countPeriod({
    start: clockStartsOn,
    period: rule.period,
    counting: rule.counting,
    calendar,
    rule,
  });
  steps.push(...base.steps);
  let end = base.end;
  let noticeOn: string | undefined;
  if (rule.extension?.noticeWithin) {
    noticeOn = countPeriod({
      start: clockStartsOn,
      period: rule.extension.noticeWithin,
      counting: rule.counting,
      calendar,
      rule,
    }).end;
  }
  if (args.extended === true) {
    const ext = rule.extension;
    if (ext === undefined) steps.push(reason('extension.not-provided-by-law', {}, source));
    else if (ext.period === null)
      steps.push(
        reason('extension.no-fixed-length', { notice: ext.notice }, ext.provenance.source),
      );
    else {
      const total = { amount: rule.period.amount + ext.period.amount, unit: rule.period.unit };
      // RegimeSchema holds the extension to the period's unit; every regime here passed it.
      const extended = countPeriod({
        start: clockStartsOn,
        period: total,
        counting: rule.counting,
        calendar,
        rule: ext,
      });
      end = extended.end;
      steps.push(
        reason(
          'extension.applied',
          { added: `${ext.period.amount} ${ext.period.unit}`, lastDay: end },
          ext.provenance.source,
        ),
        ...extended.steps.slice(1),
      );
    }
  }
  const paused = applyPauses(rule, args, receivedMs, zone, steps);
  end = addDays(end, paused);
  if (noticeOn !== undefined) noticeOn = addDays(noticeOn, paused);

  const settled = settleLastDay({ end, rollForward: rule.rollForward, calendar, rule });
  steps.push(...settled.steps);
  const dueOn = settled.end;
  if (noticeOn !== undefined)
    noticeOn = settleLastDay({ end: noticeOn, rollForward: rule.rollForward, calendar, rule }).end;
  steps.push(reason('request.due', { on: dueOn, by: endOfLocalDay(dueOn, zone), zone }, source));
  return {
    regime: regime.id,
    kind: args.kind,
    status: 'due',
    receivedOn,
    clockStartsOn,
    dueOn,
    dueBy: endOfLocalDay(dueOn, zone),
    ...ack,
    extension:
      extension.available && noticeOn !== undefined ? { ...extension, noticeOn } : extension,
    ...(rule.onExpiry !== undefined ? { onExpiry: rule.onExpiry } : {}),
    steps,
  };
}

function startOfClock(
  rule: RequestRule,
  receivedOn: string,
  verifiedAt: string | undefined,
  zone: string,
  steps: Reason[],
): string {
  if (verifiedAt === undefined) return receivedOn;
  const verifiedOn = localDate(toEpochMillis(verifiedAt), zone);
  const source = rule.provenance.source;
  if (rule.clockStartsAfterVerification === true) {
    const start = verifiedOn > receivedOn ? verifiedOn : receivedOn;
    steps.push(reason('clock.starts-at-relevant-time', { verifiedOn, startsOn: start }, source));
    return start;
  }
  steps.push(
    rule.clockStartsAfterVerification === false
      ? reason('clock.verification-does-not-delay', { verifiedOn }, source)
      : reason('clock.verification-effect-not-known', { verifiedOn }, source),
  );
  return receivedOn;
}

function describeExtension(rule: RequestRule, applied: boolean): RequestDeadline['extension'] {
  const ext = rule.extension;
  if (ext === undefined) return { available: false };
  return { available: true, applied, conditions: ext.conditions, notice: ext.notice };
}

function acknowledgement(
  rule: RequestRule,
  receivedOn: string,
  calendar: WorkCalendar,
  zone: string,
  steps: Reason[],
) {
  const ack = rule.acknowledgement;
  if (ack === undefined) return {};
  const on =
    ack.period.unit === 'business-days'
      ? addWorkingDays(receivedOn, ack.period.amount, calendar)
      : addDays(receivedOn, ack.period.amount);
  steps.push(
    reason(
      'acknowledge.by',
      { on, days: ack.period.amount, unit: ack.period.unit },
      ack.provenance.source,
    ),
  );
  return { acknowledgeOn: on, acknowledgeBy: endOfLocalDay(on, zone) };
}

function applyPauses(
  rule: RequestRule,
  args: {
    readonly pauses?:
      | readonly { readonly requestedAt: string; readonly answeredAt: string }[]
      | undefined;
    readonly receivedAt: string;
  },
  receivedMs: number,
  zone: string,
  steps: Reason[],
): number {
  const pauses = args.pauses ?? [];
  if (pauses.length === 0) return 0;
  const stop = rule.stopTheClock;
  let total = 0;
  for (const pause of pauses) {
    if (toEpochMillis(pause.requestedAt) < receivedMs) {
      fail('privacy/pause-before-receipt', {
        requestedAt: pause.requestedAt,
        receivedAt: args.receivedAt,
      });
    }
    const askedOn = localDate(toEpochMillis(pause.requestedAt), zone);
    const answeredOn = localDate(toEpochMillis(pause.answeredAt), zone);
    if (stop === undefined || askedOn < stop.from) {
      steps.push(
        reason(
          'clock.stop-not-provided-by-law',
          { askedOn, answeredOn },
          (stop ?? rule).provenance.source,
        ),
      );
      continue;
    }
    // From the day the controller asks to the day it gets the answer, both included, do not count.
    const days = Math.max(0, daysBetween(askedOn, answeredOn) + 1);
    total += days;
    steps.push(reason('clock.stopped', { askedOn, answeredOn, days }, stop.provenance.source));
  }
  return total;
}
