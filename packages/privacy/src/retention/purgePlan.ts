import {
  type Provenance,
  parseWith,
  type Reason,
  reason,
  type Source,
  toEpochMillis,
} from '@meridian-cx/core';
import { addDays, addMonths, localDate } from '../deadlines/calendar.js';
import { PurgePlanInputSchema } from '../schemas/retention.js';

/** How long one category of ticket data is kept, from which event, and why. */
export type RetentionRule = {
  /** `transcript`, `attachment`, `call-recording`, `invoice` … your own categories. */
  readonly category: string;
  readonly keepFor: { readonly amount: number; readonly unit: 'months' | 'calendar-days' };
  readonly from: 'created' | 'closed' | 'last-activity';
  /** The reason the data is kept that long (a law, a contract, a policy). */
  readonly basis: string;
  readonly provenance?: Provenance;
};

/** One piece of ticket data. */
export type RetentionItem = {
  readonly id: string;
  readonly category: string;
  readonly createdAt: string | Date;
  readonly closedAt?: string | Date;
  readonly lastActivityAt?: string | Date;
  readonly legalHolds?: readonly {
    readonly id: string;
    readonly reason: string;
    readonly from: string | Date;
    readonly until?: string | Date;
  }[];
};

/** What {@link purgePlan} takes. */
export type PurgePlanInput = {
  readonly items: readonly RetentionItem[];
  readonly rules: readonly RetentionRule[];
  /** Zone whose calendar days count the periods. Default `UTC`. */
  readonly zone?: string;
  readonly now: string | Date;
};

/** The decision for one item. */
export type PurgeDecision = {
  readonly id: string;
  readonly category: string;
  readonly action: 'delete' | 'keep';
  /** The first local day the item may be deleted, when known. */
  readonly deleteOn?: string;
  readonly reasons: readonly Reason[];
};

/** The answer of {@link purgePlan}. */
export type PurgePlan = {
  readonly deleteNow: readonly string[];
  readonly decisions: readonly PurgeDecision[];
  /** The next day something becomes deletable, for scheduling the next run. */
  readonly nextDeletionOn?: string;
};

/**
 * What may we delete now, what later, and why is each item kept? Applies your retention rules per
 * category from the event each names (created, closed, last activity); an active legal hold
 * always keeps an item; an item without a rule is kept and reported, never deleted by default.
 *
 * @param input - Items, rules, an optional zone, and `now`.
 * @returns Ids to delete now, a decision with reasons for every item, and the next deletion day.
 * @throws {ValidationError} `privacy/invalid-purge-plan-input`.
 * @example
 * purgePlan({ now: '2026-03-02T10:00:00Z',
 *   rules: [{ category: 'transcript', keepFor: { amount: 12, unit: 'months' }, from: 'closed', basis: 'policy' }],
 *   items: [{ id: 't1', category: 'transcript', createdAt: '2024-01-02T09:00:00Z', closedAt: '2024-02-01T09:00:00Z' }] }).deleteNow;
 * // ['t1']
 * @since 0.1.0
 */
export function purgePlan(input: PurgePlanInput): PurgePlan {
  const args = parseWith(PurgePlanInputSchema, input, {
    package: 'privacy',
    what: 'purge-plan-input',
  });
  const zone = args.zone ?? 'UTC';
  const nowMs = toEpochMillis(args.now);
  const today = localDate(nowMs, zone);
  const decisions = args.items.map((item): PurgeDecision => {
    const rule = args.rules.find((r) => r.category === item.category);
    const base = { id: item.id, category: item.category };
    if (rule === undefined)
      return {
        ...base,
        action: 'keep',
        reasons: [reason('retention.no-rule', { category: item.category })],
      };
    const source = rule.provenance?.source as Source | undefined;
    const anchor =
      rule.from === 'created'
        ? item.createdAt
        : rule.from === 'closed'
          ? item.closedAt
          : (item.lastActivityAt ?? item.createdAt);
    if (anchor === undefined) {
      return {
        ...base,
        action: 'keep',
        reasons: [reason('retention.clock-not-started', { from: rule.from }, source)],
      };
    }
    const start = localDate(toEpochMillis(anchor), zone);
    const expiry =
      rule.keepFor.unit === 'months'
        ? addMonths(start, rule.keepFor.amount)
        : addDays(start, rule.keepFor.amount);
    const period = reason(
      'retention.period',
      {
        keepFor: `${rule.keepFor.amount} ${rule.keepFor.unit}`,
        from: rule.from,
        basis: rule.basis,
        deletableOn: expiry,
      },
      source,
    );
    const holds = (item.legalHolds ?? []).filter(
      (h) =>
        toEpochMillis(h.from) <= nowMs && (h.until === undefined || nowMs < toEpochMillis(h.until)),
    );
    if (holds.length > 0) {
      const open = holds.some((h) => h.until === undefined);
      const lastUntil = holds.reduce(
        (m, h) => (h.until === undefined ? m : Math.max(m, toEpochMillis(h.until))),
        0,
      );
      const holdEnds = localDate(lastUntil, zone);
      const deleteOn = open ? undefined : [holdEnds, expiry].sort()[1];
      return {
        ...base,
        action: 'keep',
        ...(deleteOn !== undefined ? { deleteOn } : {}),
        reasons: [
          period,
          ...holds.map((h) =>
            reason('retention.legal-hold', {
              hold: h.id,
              reason: h.reason,
              until: h.until ?? 'lifted',
            }),
          ),
        ],
      };
    }
    if (today >= expiry)
      return {
        ...base,
        action: 'delete',
        deleteOn: expiry,
        reasons: [period, reason('retention.period-ended', { on: expiry })],
      };
    return {
      ...base,
      action: 'keep',
      deleteOn: expiry,
      reasons: [period, reason('retention.period-running', { until: expiry })],
    };
  });
  const future = decisions
    .filter((d) => d.action === 'keep' && d.deleteOn !== undefined)
    .map((d) => d.deleteOn as string)
    .sort();
  return {
    deleteNow: decisions.filter((d) => d.action === 'delete').map((d) => d.id),
    decisions,
    ...(future[0] !== undefined ? { nextDeletionOn: future[0] } : {}),
  };
}
