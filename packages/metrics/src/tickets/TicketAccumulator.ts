import {
  alwaysOpenCalendar,
  type BusinessCalendar,
  describeValue,
  parseWith,
} from '@meridian-cx/core';
import { fail } from '../failures.js';
import { TicketAccumulatorStateSchema } from '../schemas/tickets.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { DurationAccumulator, type DurationAccumulatorSummary } from './DurationAccumulator.js';
import { describeFcrRule, type FcrRule, fcrOutcome, fcrRule } from './fcrOutcome.js';
import type { FcrDefinition, FcrEstimate } from './firstContactResolution.js';
import { readTickets } from './readTickets.js';
import type { SlaAttainment } from './slaAttainment.js';
import { countSla, type SlaCounts, slaRows } from './slaRows.js';

/** Options of a {@link TicketAccumulator}: fixed at creation, the same for every shard. */
export type TicketAccumulatorOptions = {
  /** Working-time calendar for durations. Default: calendar minutes. */
  readonly calendar?: BusinessCalendar;
  /** FCR denominator: `'resolved'` (default) or `'all'`. */
  readonly fcrDenominator?: 'resolved' | 'all';
  /** FCR definition: `{ kind: 'one-reply' }` (default) or `{ kind: 'no-reopen', withinDays, now }`. */
  readonly fcrDefinition?: FcrDefinition;
  /** Keep every duration for exact quantiles (default false: sketched within `relativeAccuracy`). */
  readonly keepExact?: boolean;
  /** Relative accuracy of the duration sketches. Default 0.01. */
  readonly relativeAccuracy?: number;
};

/** The plain-data state of a {@link TicketAccumulator}. */
export type TicketAccumulatorState = {
  readonly type: 'tickets';
  readonly firstResponse: unknown;
  readonly resolution: unknown;
  readonly awaitingReply: number;
  readonly unresolved: number;
  readonly fcr: { readonly successes: number; readonly n: number; readonly pending: number };
  readonly reopen: { readonly reopened: number; readonly resolved: number };
  readonly sla: Readonly<Record<string, SlaCounts>>;
  readonly rejected: Readonly<Record<string, number>>;
  /**
   * The FCR definition and denominator the counts were made under (absent in states written
   * during development, before the first release). `fromJSON` refuses to revive a state under other options.
   */
  readonly definition?: string;
};

/** Every ticket metric of an accumulator, at once. */
export type TicketMetrics = {
  readonly firstResponse: DurationAccumulatorSummary & { readonly pending: number };
  readonly resolution: DurationAccumulatorSummary & { readonly pending: number };
  readonly fcr: FcrEstimate;
  readonly reopenRate: Estimate;
  readonly sla: Readonly<Record<string, SlaAttainment>>;
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
};

/**
 * The streaming, mergeable form of the ticket metrics: first response and resolution times
 * (sketched or exact quantiles), FCR, reopen rate and SLA attainment per target, fed one ticket at
 * a time and combined across shards. Definitions are fixed at creation; the calendar is a
 * function and is passed again to `fromJSON`.
 *
 * @example
 * const acc = new TicketAccumulator({ keepExact: true });
 * acc.add({ id: 'a', createdAt: '2026-03-02T09:00:00Z', firstReplyAt: '2026-03-02T09:20:00Z', resolvedAt: '2026-03-02T10:00:00Z', agentReplies: 1 });
 * acc.result().fcr.value; // 100
 * @since 0.1.0
 */
export class TicketAccumulator {
  private readonly options: TicketAccumulatorOptions;
  private readonly rule: FcrRule;
  private firstResponse: DurationAccumulator;
  private resolution: DurationAccumulator;
  private awaitingReply = 0;
  private unresolved = 0;
  private readonly fcr = { successes: 0, n: 0, pending: 0 };
  private readonly reopen = { reopened: 0, resolved: 0 };
  // Keyed by the customer's target names: a Map, so `__proto__` is a target like any other.
  private sla = new Map<string, SlaCounts>();
  private readonly rejections: Record<string, number> = {};

  /**
   * @param options - Calendar, FCR denominator and definition, exact or sketched quantiles.
   * @throws {MeridianError} `metrics/invalid-count` for a negative `withinDays`, `core/invalid-instant`.
   */
  constructor(options: TicketAccumulatorOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      fail('metrics/invalid-argument', {
        what: 'TicketAccumulator options',
        expected: 'an object (every option has a default)',
        value: describeValue(options),
      });
    }
    const calendar = options.calendar;
    if (
      calendar !== undefined &&
      (typeof calendar !== 'object' ||
        calendar === null ||
        typeof calendar.workingMinutesBetween !== 'function')
    ) {
      fail('metrics/invalid-argument', {
        what: 'calendar',
        expected: 'a BusinessCalendar (for example from @meridian-cx/coverage)',
        value: describeValue(calendar),
      });
    }
    this.options = options;
    this.rule = fcrRule(options.fcrDefinition, options.fcrDenominator);
    const d = {
      keepExact: options.keepExact ?? false,
      relativeAccuracy: options.relativeAccuracy ?? 0.01,
    };
    this.firstResponse = new DurationAccumulator(d);
    this.resolution = new DurationAccumulator(d);
  }

  /** Add one ticket fact from outside; an invalid one is counted under its reason, not thrown. */
  add(input: unknown): this {
    const read = readTickets([input]);
    for (const k in read.rejectedBy)
      this.rejections[k] = (this.rejections[k] ?? 0) + (read.rejectedBy[k] as number);
    const t = read.tickets[0];
    if (t === undefined) return this;
    const calendar = this.options.calendar ?? alwaysOpenCalendar;
    const outcome = fcrOutcome(t, this.rule);
    if (outcome === 'rejected') {
      // Without its agent-reply count a ticket cannot say whether it was one-reply FCR: it is
      // rejected for FCR (and counted so), and still measured for everything else.
      this.rejections['ticket.agent-replies-missing'] =
        (this.rejections['ticket.agent-replies-missing'] ?? 0) + 1;
    } else if (outcome === 'pending') this.fcr.pending++;
    else if (outcome !== 'not-counted') {
      this.fcr.n++;
      if (outcome === 'success') this.fcr.successes++;
    }
    if (t.firstReply === null) this.awaitingReply++;
    else
      this.firstResponse.add(
        calendar.workingMinutesBetween(new Date(t.created), new Date(t.firstReply)),
      );
    if (t.resolved === null) this.unresolved++;
    else
      this.resolution.add(
        calendar.workingMinutesBetween(new Date(t.created), new Date(t.resolved)),
      );
    if (t.resolved !== null || t.reopened.length > 0) {
      this.reopen.resolved++;
      if (t.reopened.length > 0) this.reopen.reopened++;
    }
    countSla(this.sla, t.sla);
    return this;
  }

  /** Add many tickets. */
  addAll(inputs: Iterable<unknown>): this {
    if (
      typeof (inputs as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function'
    ) {
      fail('metrics/invalid-argument', {
        what: 'addAll input',
        expected: 'an iterable of ticket facts (an array, a generator)',
        value: describeValue(inputs),
      });
    }
    for (const i of inputs) this.add(i);
    return this;
  }

  /** Every metric, with intervals, pending and rejected counts. */
  result(options: EstimateOptions = {}): TicketMetrics {
    const sla = slaRows(this.sla, options);
    let rejected = 0;
    for (const k in this.rejections) rejected += this.rejections[k] as number;
    return {
      firstResponse: {
        ...this.firstResponse.summary('first-response-time', options),
        pending: this.awaitingReply,
      },
      resolution: {
        ...this.resolution.summary('resolution-time', options),
        pending: this.unresolved,
      },
      fcr: {
        ...proportionEstimate({
          ...options,
          metric: 'fcr',
          successes: this.fcr.successes,
          n: this.fcr.n,
        }),
        denominator: this.options.fcrDenominator ?? 'resolved',
        definition: this.options.fcrDefinition?.kind ?? 'one-reply',
        pending: this.fcr.pending,
        rejected,
        rejectedBy: { ...this.rejections },
      },
      reopenRate: proportionEstimate({
        ...options,
        metric: 'reopen-rate',
        successes: this.reopen.reopened,
        n: this.reopen.resolved,
      }),
      sla,
      rejected,
      rejectedBy: { ...this.rejections },
    };
  }

  /** What must agree for two accumulators to merge: the definitions, described for the error. */
  private definition(): { readonly text: string; readonly calendar: BusinessCalendar } {
    return {
      text: describeFcrRule(this.rule),
      calendar: this.options.calendar ?? alwaysOpenCalendar,
    };
  }

  /**
   * A new accumulator holding this one's tickets and the others'.
   *
   * @throws {MeridianError} `metrics/scale-mismatch` when the FCR definition or denominator, the
   *   calendar (the same object), or the duration sketches (`keepExact`, accuracy) differ.
   */
  merge(...others: readonly TicketAccumulator[]): TicketAccumulator {
    const mine = this.definition();
    for (const o of others) {
      if (!(o instanceof TicketAccumulator)) {
        fail('metrics/invalid-argument', {
          what: 'Each accumulator to merge',
          expected: 'a TicketAccumulator (revive a serialised one with TicketAccumulator.fromJSON)',
          value: describeValue(o),
        });
      }
      const theirs = o.definition();
      if (theirs.text === mine.text && theirs.calendar === mine.calendar) continue;
      const [a, b] =
        theirs.text !== mine.text
          ? [mine.text, theirs.text]
          : ['one calendar', 'another calendar object'];
      fail('metrics/scale-mismatch', { a: a, b: b });
    }
    const out = TicketAccumulator.fromJSON(this.toJSON(), this.options);
    for (const o of others) {
      out.firstResponse = out.firstResponse.merge(o.firstResponse);
      out.resolution = out.resolution.merge(o.resolution);
      out.awaitingReply += o.awaitingReply;
      out.unresolved += o.unresolved;
      out.fcr.successes += o.fcr.successes;
      out.fcr.n += o.fcr.n;
      out.fcr.pending += o.fcr.pending;
      out.reopen.reopened += o.reopen.reopened;
      out.reopen.resolved += o.reopen.resolved;
      for (const [k, row] of o.sla) {
        const mine = out.sla.get(k) ?? { met: 0, breached: 0, running: 0 };
        out.sla.set(k, {
          met: mine.met + row.met,
          breached: mine.breached + row.breached,
          running: mine.running + row.running,
        });
      }
      for (const [k, c] of Object.entries(o.rejections))
        out.rejections[k] = (out.rejections[k] ?? 0) + c;
    }
    return out;
  }

  /** The plain-data state (keys sorted, so equal states serialise equally). */
  toJSON(): TicketAccumulatorState {
    const sorted = <T>(r: Record<string, T>): Record<string, T> =>
      Object.fromEntries(
        Object.keys(r)
          .sort()
          .map((k) => [k, r[k] as T]),
      );
    return {
      type: 'tickets',
      firstResponse: this.firstResponse.toJSON(),
      resolution: this.resolution.toJSON(),
      awaitingReply: this.awaitingReply,
      unresolved: this.unresolved,
      fcr: { ...this.fcr },
      reopen: { ...this.reopen },
      sla: sorted(Object.fromEntries([...this.sla].map(([k, v]) => [k, { ...v }]))),
      rejected: sorted({ ...this.rejections }),
      definition: describeFcrRule(this.rule),
    };
  }

  /**
   * Rebuild from `toJSON()` output with the same options (the calendar is a function, so it is
   * passed again rather than serialised).
   *
   * @throws {ValidationError} `metrics/invalid-ticket-state`; {MeridianError}
   *   `metrics/scale-mismatch` when the state was counted under another FCR definition or
   *   denominator than `options` give.
   */
  static fromJSON(json: unknown, options: TicketAccumulatorOptions = {}): TicketAccumulator {
    const state = parseWith(TicketAccumulatorStateSchema, json, {
      package: 'metrics',
      what: 'ticket-state',
    });
    const acc = new TicketAccumulator(options);
    const mine = describeFcrRule(acc.rule);
    if (state.definition !== undefined && state.definition !== mine) {
      // The same refusal as merge(): counts made under another FCR meaning cannot be revived
      // under these options without mixing incomparable numbers.
      fail('metrics/scale-mismatch', { a: mine, b: state.definition });
    }
    acc.firstResponse = DurationAccumulator.fromJSON(state.firstResponse);
    acc.resolution = DurationAccumulator.fromJSON(state.resolution);
    acc.awaitingReply = state.awaitingReply;
    acc.unresolved = state.unresolved;
    Object.assign(acc.fcr, state.fcr);
    Object.assign(acc.reopen, state.reopen);
    // Own keys of the checked state (a target named `__proto__` included) into the Map.
    for (const [k, v] of Object.entries(state.sla)) acc.sla.set(k, { ...v });
    Object.assign(acc.rejections, state.rejected);
    return acc;
  }
}
