import { type BusinessCalendar, decide, type Reason, reason, type Source } from '@meridian-cx/core';
import { SLA_METRICS } from '../schemas.js';
import type { SlaMetric, SlaPolicy, SlaTarget } from '../types.js';
import { validEventMillis } from '../validation/validEvents.js';
import { checkSlaInput } from './checkSlaInput.js';
import { cumulativeMinutes, measureCycle } from './measureCycle.js';
import { policyTimeline } from './policyTimeline.js';
import {
  type CycleFamilies,
  type FulfilmentOptions,
  fulfilmentOf,
  slaCycles,
} from './slaCycles.js';
import type { SlaMarks } from './slaMarks.js';
import { slaMarks } from './slaMarks.js';
import { DEFAULT_PAUSES } from './slaSource.js';
import type { ComputeSlaInput, SlaClock, SlaCycle, SlaReport } from './types.js';

const DEFAULT_SETS = Object.fromEntries(
  SLA_METRICS.map((m) => [m, new Set(DEFAULT_PAUSES[m].pauseIn)]),
) as unknown as Record<SlaMetric, ReadonlySet<string>>;

const FAMILY: Record<SlaMetric, keyof CycleFamilies> = {
  'first-reply': 'first',
  'next-reply': 'next',
  'periodic-update': 'update',
  'pausable-update': 'update',
  'requester-wait': 'whole',
  'agent-work': 'whole',
  'total-resolution': 'whole',
};

/** Per metric index, its provenance source and cycle family (looked up once, not per call). */
const SOURCES = SLA_METRICS.map((m) => DEFAULT_PAUSES[m].provenance.source);
const FAMILIES = SLA_METRICS.map((m) => FAMILY[m]);

/** A family's cycles, read by name (a property load the engine keeps monomorphic). */
function familyOf(family: CycleFamilies, name: keyof CycleFamilies): readonly number[] {
  return name === 'whole'
    ? family.whole
    : name === 'update'
      ? family.update
      : name === 'first'
        ? family.first
        : family.next;
}

/** The reason code of each clock state (constant strings, not built per call). */
const STATE_CODE = {
  'not-started': 'sla.not-started',
  active: 'sla.active',
  paused: 'sla.paused',
  achieved: 'sla.achieved',
  breached: 'sla.breached',
} as const;

/** What computeSla derives from a policy: worked out once per (frozen, validated) policy. */
type Compiled = {
  readonly options: FulfilmentOptions;
  /** One of four, per distinct set of fulfilment options: policies sharing it share cycles. */
  readonly key: number;
  /** Per metric, the statuses that pause it (`null`: not targeted). */
  readonly sets: readonly (ReadonlySet<string> | null)[];
  /** Per metric, the target (`undefined`: not targeted). */
  readonly targets: readonly (SlaTarget | undefined)[];
  /** Per metric, the statuses the report says pause it. */
  readonly pauseIn: readonly (readonly string[])[];
  /** One bit per targeted metric. */
  readonly targeted: number;
  /** Per status and per category: the bits of the clocks it stops (see {@link stoppedBy}). */
  readonly byStatus: Map<string, number>;
  readonly byCategory: Map<string, number>;
};
const COMPILED = new WeakMap<SlaPolicy, Compiled>();
/** Statuses a compiled policy remembers the bits of (custom ones are many; the rest recomputed). */
const STATUS_MEMO = 64;

function compile(policy: SlaPolicy): Compiled {
  let c = COMPILED.get(policy);
  if (c === undefined) {
    const options = fulfilmentOf(policy.fulfilment);
    const sets: (ReadonlySet<string> | null)[] = [];
    const targets: (SlaTarget | undefined)[] = [];
    const pauseIn: (readonly string[])[] = [];
    let targeted = 0;
    for (let j = 0; j < SLA_METRICS.length; j++) {
      const metric = SLA_METRICS[j] as SlaMetric;
      const own = policy.pauseIn?.[metric];
      const target = policy.targets[metric];
      sets.push(target === undefined ? null : own ? new Set(own) : DEFAULT_SETS[metric]);
      targets.push(target);
      pauseIn.push(own ?? DEFAULT_PAUSES[metric].pauseIn);
      if (target !== undefined) targeted |= 1 << j;
    }
    c = {
      options,
      key: (options.solve === 'keep-running' ? 2 : 0) + (options.internalNotesAreUpdates ? 1 : 0),
      sets,
      targets,
      pauseIn,
      targeted,
      byStatus: new Map(),
      byCategory: new Map(),
    };
    // Policies reach here validated and frozen (see validPolicy): safe to remember by identity.
    COMPILED.set(policy, c);
  }
  return c;
}

/**
 * The bits of the clocks that a status (`category` null) or a category stops: the statuses that
 * pause them, and solving or closing, which stops every clock but total resolution (and, when
 * solving keeps them running, first and next reply).
 */
function stoppedBy(compiled: Compiled, status: string | null, category: string | null): number {
  const { sets, options } = compiled;
  const keepRunning = options.solve === 'keep-running';
  const solved = category === 'solved';
  const stopped = solved || category === 'closed';
  let bits = 0;
  for (let j = 0; j < sets.length; j++) {
    const set = sets[j];
    if (set === null || set === undefined) continue;
    const metric = SLA_METRICS[j];
    const stops =
      metric !== 'total-resolution' &&
      (!keepRunning || (metric !== 'first-reply' && metric !== 'next-reply') || !solved);
    if (set.has((status ?? category) as string) || (stops && stopped)) bits |= 1 << j;
  }
  return bits;
}

function bitsOf(map: Map<string, number>, compiled: Compiled, key: string, isStatus: boolean) {
  let bits = map.get(key);
  if (bits === undefined) {
    bits = isStatus ? stoppedBy(compiled, key, null) : stoppedBy(compiled, null, key);
    if (map.size < STATUS_MEMO) map.set(key, bits);
  }
  return bits;
}

/**
 * Which clocks of a policy run after each mark, one bit per metric; a status behaves the same for
 * a clock wherever it occurs, so a run of marks in one status is worked out once, and what a
 * status or a category stops is remembered per policy.
 */
function runsOf(marks: SlaMarks, compiled: Compiled): number[] {
  const runs = new Array<number>(marks.ms.length);
  for (let k = 0; k < marks.ms.length; k++) {
    const status = marks.status[k] as string;
    const category = marks.category[k] as string;
    if (k > 0 && status === marks.status[k - 1] && category === marks.category[k - 1]) {
      runs[k] = runs[k - 1] as number;
      continue;
    }
    const stops =
      bitsOf(compiled.byStatus, compiled, status, true) |
      bitsOf(compiled.byCategory, compiled, category, false);
    runs[k] = compiled.targeted & ~stops;
  }
  return runs;
}

function clockReasons(
  metric: SlaMetric,
  j: number,
  out: readonly SlaCycle[],
  breaches: Reason[],
): Reason[] {
  const source = SOURCES[j] as Source;
  const current = out[out.length - 1] as SlaCycle;
  const params: Record<string, string | number> = {
    metric,
    policy: current.policyId,
    minutes: current.target.minutes,
    hours: current.target.hours,
    remaining: current.remainingMinutes,
  };
  if (current.dueAt !== null) params.dueAt = current.dueAt;
  const reasons: Reason[] = [{ code: STATE_CODE[current.state], params, source }];
  for (let i = 0; i < out.length; i++) {
    const c = out[i] as SlaCycle;
    if (c.state !== 'breached') continue;
    // A literal of core's Reason shape: `reason()` spreads its optional parts, a cost per cycle.
    const r: Reason = {
      code: 'sla.breached',
      params: {
        metric,
        policy: c.policyId,
        startedAt: c.startedAt,
        dueAt: c.dueAt ?? '',
        minutesOver: -c.remainingMinutes,
      },
      source,
    };
    reasons.push(r);
    breaches.push(r);
  }
  return reasons;
}

/**
 * Every SLA clock of a ticket at `now`: first reply, next reply, periodic and pausable update,
 * requester wait, agent work and total resolution, in business or calendar minutes, with the
 * leading help desk's pause rules (overridable per metric and status in the policy), its
 * creation modes (see `TicketEventSchema`), the policy in force at each event, and per-policy
 * fulfilment options. A cycle is measured under the policy in force when it ends (or now): a
 * target met is not rewritten by a later priority change; a running one is re-measured from its
 * start under the new policy.
 *
 * @param input - `policy` (or `policies` chosen as the ticket changes, with `context`), events,
 *   calendar (or the schedules in force over time), now, custom statuses.
 * @returns Per metric: state, due instant, time left or over, the policy behind it, the events
 *   behind it, and reasons; the policy history; and the breach as a decision with reasons.
 * @throws {ValidationError} `tickets/invalid-sla-policy`, `tickets/invalid-sla-input` (`now`,
 *   `statuses`, `context`, `calendar[i].from`) or `tickets/invalid-ticket-event` (`events[i]…`),
 *   naming every path that is wrong.
 * @throws {MeridianError} `tickets/missing-calendar` when a target is in business hours and no
 *   calendar is given; `tickets/invalid-calendar`; `tickets/no-policy`; `tickets/mixed-tickets`.
 * @example
 * const report = computeSla({ policy, events, now: '2026-03-02T10:00:00Z' });
 * report.metrics['first-reply']?.state; // 'active'
 * @since 0.1.0
 */
export function computeSla(input: ComputeSlaInput): SlaReport {
  const checked = checkSlaInput(input);
  const { events, millis } = validEventMillis(input.events);
  const nowAt = checked.now;
  const marks = slaMarks(events, millis, checked.statuses, checked.nowMs, nowAt, !checked.single);
  const { policies } = checked;
  const calendar = checked.calendar as BusinessCalendar; // present whenever a target needs it
  const timeline = policyTimeline(marks, policies, checked.single, checked.context);
  const single = checked.single;
  const inForceNow = single
    ? 0
    : marks.ms.length > 0
      ? (timeline.at[marks.nowIndex] as number)
      : -1;
  const compiled: Compiled[] = [];
  for (let p = 0; p < policies.length; p++) compiled.push(compile(policies[p] as SlaPolicy));
  // Per options key (see Compiled): the cycles of the policies that share it.
  const families: (CycleFamilies | undefined)[] = [undefined, undefined, undefined, undefined];
  const runs: (number[] | undefined)[] = [];
  let businessMinutes: number[] | null = null;
  let calendarMinutes: number[] | null = null;

  const metrics: Partial<Record<SlaMetric, SlaClock>> = {};
  const breached: SlaMetric[] = [];
  const breaches: Reason[] = [];
  for (let j = 0; j < SLA_METRICS.length; j++) {
    const metric = SLA_METRICS[j] as SlaMetric;
    const out: SlaCycle[] = [];
    let seen = 0; // options keys measured, one bit each
    let last = -1;
    for (let p = 0; p < policies.length; p++) {
      const key = (compiled[p] as Compiled).key;
      if ((compiled[p] as Compiled).targets[j] === undefined || (seen & (1 << key)) !== 0) continue;
      seen |= 1 << key;
      let family = families[key];
      if (family === undefined) {
        family = slaCycles(marks, (compiled[p] as Compiled).options);
        families[key] = family;
      }
      const raw = familyOf(family, FAMILIES[j] as keyof CycleFamilies);
      for (let i = 0; i < raw.length; i += 2) {
        const start = raw[i] as number;
        const fulfilled = raw[i + 1] as number;
        const q = single
          ? 0
          : (timeline.at[fulfilled === -1 ? marks.nowIndex : fulfilled] as number);
        if (q < 0 || (compiled[q] as Compiled).key !== key) continue;
        const policy = policies[q] as SlaPolicy;
        const target = (compiled[q] as Compiled).targets[j];
        if (target === undefined) continue;
        let cumulative: readonly number[];
        if (target.hours === 'business') {
          businessMinutes ??= cumulativeMinutes(marks, 'business', calendar);
          cumulative = businessMinutes;
        } else {
          calendarMinutes ??= cumulativeMinutes(marks, 'calendar', calendar);
          cumulative = calendarMinutes;
        }
        runs[q] ??= runsOf(marks, compiled[q] as Compiled);
        out.push(
          measureCycle({
            marks,
            cumulative,
            start,
            fulfilled,
            runs: runs[q] as number[],
            bit: 1 << j,
            target,
            policyId: policy.id,
            calendar,
          }),
        );
        last = q;
      }
    }
    if ((seen & (seen - 1)) !== 0)
      out.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
    if (out.length === 0) {
      // Targeted now but not started: the clock is shown, waiting.
      const policy = policies[inForceNow];
      const target = policy?.targets[metric];
      if (policy === undefined || target === undefined) continue;
      metrics[metric] = {
        metric,
        target,
        policyId: policy.id,
        pauseIn: policy.pauseIn?.[metric] ?? DEFAULT_PAUSES[metric].pauseIn,
        state: 'not-started',
        current: null,
        cycles: out,
        breachedCycles: 0,
        reasons: [
          reason(
            'sla.not-started',
            { metric, policy: policy.id },
            DEFAULT_PAUSES[metric].provenance.source,
          ),
        ],
      };
      continue;
    }
    const current = out[out.length - 1] as SlaCycle;
    let behind = last;
    for (let p = 0; p < policies.length; p++) {
      if ((policies[p] as SlaPolicy).id === current.policyId) {
        behind = p;
        break;
      }
    }
    let breachedCycles = 0;
    for (let i = 0; i < out.length; i++)
      if ((out[i] as SlaCycle).state === 'breached') breachedCycles++;
    if (breachedCycles > 0) breached.push(metric);
    metrics[metric] = {
      metric,
      target: current.target,
      policyId: current.policyId,
      pauseIn: (compiled[behind] as Compiled).pauseIn[j] as readonly string[],
      state: current.state,
      current,
      cycles: out,
      breachedCycles,
      reasons: clockReasons(metric, j, out, breaches),
    };
  }
  return {
    policyId: inForceNow >= 0 ? (policies[inForceNow] as SlaPolicy).id : null,
    policyHistory: timeline.changes,
    now: nowAt,
    metrics,
    breached,
    breach: decide(
      breaches.length > 0,
      breaches.length > 0
        ? breaches
        : [reason('sla.within-targets', { metrics: Object.keys(metrics).length })],
    ),
  };
}
