import type { BusinessCalendar, Decision, Instant, Reason } from '@meridian-cx/core';
import type { CustomStatus, SlaMetric, SlaPolicy, SlaTarget, TicketEvent } from '../types.js';

/** The state of one SLA clock. */
export type SlaClockState = 'not-started' | 'active' | 'paused' | 'achieved' | 'breached';

/** One cycle of a metric (next reply and the update metrics run once per exchange). */
export type SlaCycle = {
  readonly state: SlaClockState;
  /** The policy this cycle is measured under: the one in force when it ended (or now). */
  readonly policyId: string;
  /** That policy's target for the metric. */
  readonly target: SlaTarget;
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

/** One SLA metric: its target, its latest cycle, how many cycles breached, and why. */
export type SlaClock = {
  readonly metric: SlaMetric;
  /** The target of the latest cycle (under the policy behind it). */
  readonly target: SlaTarget;
  /** The policy behind the latest cycle. */
  readonly policyId: string;
  /** The statuses (ids or categories) in which this clock pauses under that policy. */
  readonly pauseIn: readonly string[];
  readonly state: SlaClockState;
  /** The latest cycle, or `null` when the metric has not started. */
  readonly current: SlaCycle | null;
  readonly cycles: readonly SlaCycle[];
  readonly breachedCycles: number;
  /** Why the clock is in its state, and every breach, with the metric's definition as source. */
  readonly reasons: readonly Reason[];
};

/** A schedule in force from an instant on: the calendar that applies until the next one starts. */
export type CalendarPeriod = {
  readonly from: Instant;
  readonly calendar: BusinessCalendar;
};

/** Input of `computeSla`. Give `policy` (one for the whole ticket) or `policies` (chosen as it goes). */
export type ComputeSlaInput = {
  /** The policy that applies for the ticket's whole life (see `selectSlaPolicy`). */
  readonly policy?: SlaPolicy;
  /**
   * Policies in order, chosen at event time: the first whose conditions hold applies, chosen
   * again whenever the priority or the channel changes (as the leading help desk re-applies
   * policies on each ticket update). Ignored when `policy` is given.
   */
  readonly policies?: readonly SlaPolicy[];
  /** What the conditions read that the events do not carry: tier, market, language. */
  readonly context?: {
    readonly tier?: string | undefined;
    readonly market?: string | undefined;
    readonly language?: string | undefined;
  };
  /** The ticket's events, in any order. */
  readonly events: readonly TicketEvent[];
  /**
   * Working time for business-hour targets: any core `BusinessCalendar`, or the schedules in
   * force over time (`[{ from, calendar }]`: each applies from its instant to the next one's).
   * Needed only when a target is in business hours.
   */
  readonly calendar?: BusinessCalendar | readonly CalendarPeriod[];
  /** The instant to measure at; events after it are not yet known. */
  readonly now: Instant;
  /** Custom statuses. Default: none. */
  readonly statuses?: readonly CustomStatus[];
};

/** A change of the policy in force. */
export type PolicyChange = {
  readonly at: string;
  /** The event that made it (`created`, a priority or channel change). */
  readonly eventId: string;
  /** The policy in force from then, or `null` when none matches. */
  readonly policyId: string | null;
};

/** What `computeSla` returns. */
export type SlaReport = {
  /** The policy in force now, or `null` when none matches. */
  readonly policyId: string | null;
  /** Every change of the policy in force, in time order (one entry for a single `policy`). */
  readonly policyHistory: readonly PolicyChange[];
  readonly now: string;
  /** One clock per metric some policy in force targets. */
  readonly metrics: Partial<Record<SlaMetric, SlaClock>>;
  /** Metrics breached now or in any cycle. */
  readonly breached: readonly SlaMetric[];
  /** Breached or not, as core's decision shape: one reason per breached cycle. */
  readonly breach: Decision<boolean>;
};
