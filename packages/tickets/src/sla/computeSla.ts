import type { BusinessCalendar, Instant } from '@meridian-cx/core';
import { toEpochMillis } from '@meridian-cx/core';
import { SLA_METRICS } from '../schemas.js';
import type { CustomStatus, SlaMetric, SlaPolicy, SlaTarget, TicketEvent } from '../types.js';
import { validEvents } from '../validation/validEvents.js';
import { checkSlaInput } from './checkSlaInput.js';
import { cumulativeMinutes, measureCycle } from './measureCycle.js';
import { slaMarks } from './slaMarks.js';
import { DEFAULT_PAUSES } from './slaSource.js';

/** The state of one SLA clock. */
export type SlaClockState = 'not-started' | 'active' | 'paused' | 'achieved' | 'breached';

/** One cycle of a metric (next reply and the update metrics run once per exchange). */
export type SlaCycle = {
  readonly state: SlaClockState;
  readonly startedAt: string;
  /** When the target is or was reached if the clock keeps running; `null` while paused or achieved. */
  readonly dueAt: string | null;
  readonly fulfilledAt: string | null;
  /** Minutes counted, in the target's hours (business or calendar). */
  readonly elapsedMinutes: number;
  /** Minutes not counted (paused or stopped), in the target's hours. */
  readonly pausedMinutes: number;
  /** Minutes from start to fulfilment (or now), in the target's hours: elapsed + paused. */
  readonly wallMinutes: number;
  /** Target minus elapsed: positive is time left, negative is time over. */
  readonly remainingMinutes: number;
  /** The events that started, paused, resumed and fulfilled this clock. */
  readonly events: {
    readonly started: string;
    readonly paused: readonly string[];
    readonly resumed: readonly string[];
    readonly fulfilled: string | null;
  };
};

/** One SLA metric: its target, its latest cycle, and how many cycles breached. */
export type SlaClock = {
  readonly metric: SlaMetric;
  readonly target: SlaTarget;
  /** The statuses (ids or categories) in which this clock pauses. */
  readonly pauseIn: readonly string[];
  readonly state: SlaClockState;
  /** The latest cycle, or `null` when the metric has not started. */
  readonly current: SlaCycle | null;
  readonly cycles: readonly SlaCycle[];
  readonly breachedCycles: number;
};

/** Input of {@link computeSla}. */
export type ComputeSlaInput = {
  /** The policy that applies (see {@link selectSlaPolicy}). */
  readonly policy: SlaPolicy;
  /** The ticket's events, in any order. */
  readonly events: readonly TicketEvent[];
  /**
   * Working time for business-hour targets: any core `BusinessCalendar`. Needed only when a
   * target is in business hours.
   */
  readonly calendar?: BusinessCalendar;
  /** The instant to measure at; events after it are not yet known. */
  readonly now: Instant;
  /** Custom statuses. Default: none. */
  readonly statuses?: readonly CustomStatus[];
};

/** What {@link computeSla} returns. */
export type SlaReport = {
  readonly policyId: string;
  readonly now: string;
  /** One clock per metric the policy targets. */
  readonly metrics: Partial<Record<SlaMetric, SlaClock>>;
  /** Metrics breached now or in any cycle. */
  readonly breached: readonly SlaMetric[];
};

const DEFAULT_SETS = Object.fromEntries(
  SLA_METRICS.map((m) => [m, new Set(DEFAULT_PAUSES[m].pauseIn)]),
) as unknown as Record<SlaMetric, ReadonlySet<string>>;

/**
 * Every SLA clock of a ticket at `now`: first reply, next reply, periodic and pausable update,
 * requester wait, agent work and total resolution, in business or calendar minutes, with the
 * leading help desks' pause rules (overridable per metric and status in the policy).
 *
 * @param input - Policy, events, calendar, now, custom statuses.
 * @returns Per metric: state, due instant, time left or over, and the events behind it.
 * @throws {ValidationError} `tickets/invalid-sla-policy`, `tickets/invalid-sla-input` (`now`,
 *   `statuses`) or `tickets/invalid-ticket-event` (`events[i]…`), naming every path that is wrong.
 * @throws {MeridianError} `tickets/missing-calendar` when a target is in business hours and no
 *   calendar is given; `tickets/invalid-calendar`; `tickets/mixed-tickets`.
 * @example
 * const report = computeSla({ policy, events, calendar: alwaysOpenCalendar, now: '2026-03-02T10:00:00Z' });
 * report.metrics['first-reply']?.state; // 'active'
 * @since 0.1.0
 */
export function computeSla(input: ComputeSlaInput): SlaReport {
  const checked = checkSlaInput(input);
  const events = validEvents(input.events);
  const nowAt = checked.now;
  const nowMs = toEpochMillis(nowAt);
  const marks = slaMarks(events, checked.statuses, nowMs, nowAt);
  const { policy } = checked;
  const calendar = checked.calendar as BusinessCalendar; // present whenever a target needs it
  const n = marks.ms.length;
  // Which clocks run after each mark, one bit per metric; a status behaves the same for a clock
  // wherever it occurs, so a run of marks in one status is worked out once.
  const sets: (ReadonlySet<string> | null)[] = [];
  for (const metric of SLA_METRICS) {
    const own = policy.pauseIn?.[metric];
    sets.push(
      policy.targets[metric] === undefined ? null : own ? new Set(own) : DEFAULT_SETS[metric],
    );
  }
  const runs: number[] = [];
  for (let k = 0; k < n; k++) {
    const status = marks.status[k] as string;
    const category = marks.category[k] as string;
    if (k > 0 && status === marks.status[k - 1] && category === marks.category[k - 1]) {
      runs[k] = runs[k - 1] as number;
      continue;
    }
    const stopped = category === 'solved' || category === 'closed';
    let bits = 0;
    for (let j = 0; j < sets.length; j++) {
      const set = sets[j];
      if (set === null || set === undefined) continue;
      const stops = SLA_METRICS[j] !== 'total-resolution';
      if (!set.has(status) && !set.has(category) && !(stops && stopped)) bits |= 1 << j;
    }
    runs[k] = bits;
  }
  let businessMinutes: number[] | null = null;
  let calendarMinutes: number[] | null = null;

  const metrics: Partial<Record<SlaMetric, SlaClock>> = {};
  const breached: SlaMetric[] = [];
  for (let j = 0; j < SLA_METRICS.length; j++) {
    const metric = SLA_METRICS[j] as SlaMetric;
    const target = policy.targets[metric];
    if (target === undefined) continue;
    const pauseIn = policy.pauseIn?.[metric] ?? DEFAULT_PAUSES[metric].pauseIn;
    let cumulative: readonly number[];
    if (target.hours === 'business') {
      businessMinutes ??= cumulativeMinutes(marks, 'business', calendar);
      cumulative = businessMinutes;
    } else {
      calendarMinutes ??= cumulativeMinutes(marks, 'calendar', calendar);
      cumulative = calendarMinutes;
    }
    const raw =
      metric === 'first-reply'
        ? marks.first
        : metric === 'next-reply'
          ? marks.next
          : metric === 'requester-wait' || metric === 'agent-work' || metric === 'total-resolution'
            ? marks.whole
            : marks.update;
    const out: SlaCycle[] = [];
    let breachedCycles = 0;
    for (let i = 0; i < raw.length; i += 2) {
      const start = raw[i] as number;
      const end = raw[i + 1] as number;
      const cycle = measureCycle(marks, cumulative, start, end, runs, 1 << j, target, calendar);
      if (cycle.state === 'breached') breachedCycles++;
      out.push(cycle);
    }
    const current = out[out.length - 1] ?? null;
    if (breachedCycles > 0) breached.push(metric);
    metrics[metric] = {
      metric,
      target,
      pauseIn,
      state: current?.state ?? 'not-started',
      current,
      cycles: out,
      breachedCycles,
    };
  }
  return { policyId: policy.id, now: nowAt, metrics, breached };
}
