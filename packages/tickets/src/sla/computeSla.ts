import type { BusinessCalendar, Instant } from '@meridian-cx/core';
import { toEpochMillis } from '@meridian-cx/core';
import { SLA_METRICS } from '../schemas.js';
import { replaySteps } from '../ticket/replaySteps.js';
import type { CustomStatus, SlaMetric, SlaPolicy, SlaTarget, TicketEvent } from '../types.js';
import {
  addMinutes,
  cumulativeMinutes,
  type Mark,
  type Measured,
  measureCycle,
} from './measureCycle.js';
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
  /** Working time for business-hour targets: any core `BusinessCalendar`. */
  readonly calendar: BusinessCalendar;
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

/** A cycle as mark indices: where it started, and where it was fulfilled (`null`: still open). */
type RawCycle = { start: number; end: number | null };

const STOPPED = new Set(['solved', 'closed']);
const DEFAULT_SETS = Object.fromEntries(
  SLA_METRICS.map((m) => [m, new Set(DEFAULT_PAUSES[m].pauseIn)]),
) as unknown as Record<SlaMetric, ReadonlySet<string>>;
const CUMULATIVE = new Set<SlaMetric>(['requester-wait', 'agent-work', 'total-resolution']);

function close(list: RawCycle[], at: number): void {
  const last = list[list.length - 1];
  if (last !== undefined && last.end === null) last.end = at;
}

function isOpen(list: readonly RawCycle[]): boolean {
  const last = list[list.length - 1];
  return last !== undefined && last.end === null;
}

/**
 * Every SLA clock of a ticket at `now`: first reply, next reply, periodic and pausable update,
 * requester wait, agent work and total resolution, in business or calendar minutes, with the
 * leading help desks' pause rules (overridable per metric and status in the policy).
 *
 * @param input - Policy, events, calendar, now, custom statuses.
 * @returns Per metric: state, due instant, time left or over, and the events behind it.
 * @throws {MeridianError} `core/invalid-instant` for an invalid `now`.
 * @example
 * const report = computeSla({ policy, events, calendar: alwaysOpenCalendar, now: '2026-03-02T10:00:00Z' });
 * report.metrics['first-reply']?.state; // 'active'
 * @since 0.1.0
 */
export function computeSla(input: ComputeSlaInput): SlaReport {
  const nowMs = toEpochMillis(input.now);
  const nowAt = new Date(nowMs).toISOString();
  const { steps } = replaySteps(input.events, input.statuses);
  const marks: Mark[] = [];
  const cycles: Record<'first' | 'next' | 'update' | 'whole', RawCycle[]> = {
    first: [],
    next: [],
    update: [],
    whole: [],
  };
  let prevCategory: string | null = null;
  let statusSince = '';
  for (const step of steps) {
    const e = step.event;
    if (step.ms > nowMs) break;
    const k = marks.length;
    const prevStatus = marks[k - 1]?.status;
    if (prevStatus !== step.status) statusSince = e.id;
    marks.push({
      ms: step.ms,
      at: e.at,
      status: step.status,
      category: step.category,
      eventId: e.id,
      statusSince,
    });
    if (e.type === 'created') {
      if (e.createdBy !== 'agent') cycles.first.push({ start: k, end: null });
      cycles.whole.push({ start: k, end: null });
    } else if (e.type === 'message' && e.public !== false) {
      if (e.from === 'agent') {
        close(cycles.first, k);
        close(cycles.next, k);
        close(cycles.update, k);
        if (!STOPPED.has(step.category)) cycles.update.push({ start: k, end: null });
      } else if (e.from === 'customer' && !isOpen(cycles.first) && !isOpen(cycles.next)) {
        cycles.next.push({ start: k, end: null });
      }
    }
    const stopped = STOPPED.has(step.category);
    const whole = cycles.whole[0];
    if (stopped && (prevCategory === null || !STOPPED.has(prevCategory))) {
      close(cycles.first, k);
      close(cycles.next, k);
      close(cycles.update, k);
      if (whole) whole.end = k;
    } else if (!stopped && prevCategory !== null && STOPPED.has(prevCategory) && whole) {
      whole.end = null;
    }
    prevCategory = step.category;
  }
  const last = marks[marks.length - 1];
  const nowIndex = marks.length;
  if (last !== undefined) marks.push({ ...last, ms: nowMs, at: nowAt, eventId: 'now' });
  const nowMark = marks[nowIndex] as Mark;
  let businessMinutes: Float64Array | null = null;
  let calendarMinutes: Float64Array | null = null;

  const metrics: Partial<Record<SlaMetric, SlaClock>> = {};
  const breached: SlaMetric[] = [];
  for (const metric of SLA_METRICS) {
    const target = input.policy.targets[metric];
    if (target === undefined) continue;
    const pauseIn = input.policy.pauseIn?.[metric] ?? DEFAULT_PAUSES[metric].pauseIn;
    const pauseSet = input.policy.pauseIn?.[metric] ? new Set(pauseIn) : DEFAULT_SETS[metric];
    const stopsWhenSolved = metric !== 'total-resolution';
    let cumulative: Float64Array;
    if (target.hours === 'business') {
      businessMinutes ??= cumulativeMinutes(marks, 'business', input.calendar);
      cumulative = businessMinutes;
    } else {
      calendarMinutes ??= cumulativeMinutes(marks, 'calendar', input.calendar);
      cumulative = calendarMinutes;
    }
    const raw =
      metric === 'first-reply'
        ? cycles.first
        : metric === 'next-reply'
          ? cycles.next
          : CUMULATIVE.has(metric)
            ? cycles.whole
            : cycles.update;
    const out: SlaCycle[] = [];
    for (const c of raw) {
      const end = c.end ?? nowIndex;
      const m = measureCycle(
        marks,
        cumulative,
        c.start,
        end,
        pauseSet,
        stopsWhenSolved,
        target,
        input.calendar,
      );
      out.push(toCycle(marks, c, m, target, input.calendar, nowMark));
    }
    const current = out[out.length - 1] ?? null;
    let breachedCycles = 0;
    for (const c of out) if (c.state === 'breached') breachedCycles++;
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
  return { policyId: input.policy.id, now: nowAt, metrics, breached };
}

function toCycle(
  marks: readonly Mark[],
  c: RawCycle,
  m: Measured,
  target: SlaTarget,
  cal: BusinessCalendar,
  now: Mark,
): SlaCycle {
  const start = marks[c.start] as Mark;
  const end = c.end === null ? null : (marks[c.end] as Mark);
  const remaining = target.minutes - m.elapsed;
  const state: SlaClockState =
    m.elapsed > target.minutes
      ? 'breached'
      : end !== null
        ? 'achieved'
        : m.runningAtEnd
          ? 'active'
          : 'paused';
  const dueAt =
    m.breachAt ??
    (state === 'active' ? addMinutes(target, cal, now, Math.max(0, remaining)) : null);
  return {
    state,
    startedAt: start.at,
    dueAt,
    fulfilledAt: end?.at ?? null,
    elapsedMinutes: m.elapsed,
    pausedMinutes: m.paused,
    wallMinutes: m.wall,
    remainingMinutes: remaining,
    events: {
      started: start.eventId,
      paused: m.pausedBy,
      resumed: m.resumedBy,
      fulfilled: end?.eventId ?? null,
    },
  };
}
