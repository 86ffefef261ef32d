import type { Reason } from '@meridian-cx/core';
import type { GuaranteeRemedy, LegalGuarantee, StatutoryRegime } from '../statutory/types.js';
import { addDays, addMonths, localDate } from '../time/zoneDay.js';
import type { ReturnBasis, ReturnReasonCode } from '../types.js';
import { why } from '../why.js';
import { type DeadlineAt, endOfDay } from './deadline.js';
import type { PolicyOutcome } from './policyLine.js';

/** The guarantee route for one faulty line. */
export type GuaranteeOutcome = {
  /** `guarantee` while the guarantee runs; else the policy's footing, if it takes the line. */
  readonly basis: ReturnBasis;
  readonly deadline: DeadlineAt | null;
  readonly remedy: GuaranteeRemedy | null;
};

/**
 * The first remedy the guarantee gives for a faulty line noticed at `noticeMs`: a full refund
 * within a short-term right to reject (counted, like the UK's, from the day after delivery; also
 * before delivery), else the regime's first remedy. Pushes the reason that says so.
 */
function guaranteeRemedy(
  g: LegalGuarantee,
  deliveredMs: number | null,
  noticeMs: number,
  zone: string,
  reasons: Reason[],
): GuaranteeRemedy | null {
  const source = (g.remedyProvenance ?? g.provenance).source;
  if (g.rejectDays !== undefined) {
    const until =
      deliveredMs === null
        ? null
        : endOfDay(addDays(localDate(deliveredMs, zone), g.rejectDays), zone);
    if (until === null || noticeMs <= until.ms) {
      reasons.push(
        why(
          'guarantee.short-term-reject',
          {
            days: g.rejectDays,
            ...(until !== null ? { until: localDate(until.ms, zone) } : {}),
          },
          source,
        ),
      );
      return 'refund';
    }
    reasons.push(
      why(
        'guarantee.short-term-reject-passed',
        { days: g.rejectDays, ended: localDate((until as DeadlineAt).ms, zone) },
        source,
      ),
    );
  }
  if (g.remedy === undefined) return null;
  reasons.push(
    why(
      g.remedy === 'refund'
        ? 'guarantee.remedy-refund'
        : g.remedy === 'repair-or-replacement'
          ? 'guarantee.repair-or-replacement-first'
          : 'guarantee.remedy-depends-on-failure',
      undefined,
      source,
    ),
  );
  return g.remedy;
}

/**
 * Decide a faulty line on the legal guarantee: eligible while the guarantee runs (months from
 * delivery, where the regime fixes them), whatever the policy's window or exclusions say, with the
 * first remedy the law gives. Once it has run out the policy alone decides. Pushes the reasons.
 */
export function guaranteeLine(args: {
  readonly regime: StatutoryRegime;
  readonly guarantee: LegalGuarantee;
  readonly cause: ReturnReasonCode;
  /** When the line was delivered (epoch ms), or null when not yet. */
  readonly deliveredAt: number | null;
  readonly zone: string;
  readonly noticeMs: number;
  readonly policy: PolicyOutcome;
  readonly reasons: Reason[];
}): GuaranteeOutcome {
  const { regime, guarantee: g, cause, zone, policy: pol, reasons } = args;
  let eligible = true;
  let gDeadline: DeadlineAt | null = null;
  if (g.months !== undefined && args.deliveredAt !== null) {
    gDeadline = endOfDay(addMonths(localDate(args.deliveredAt, zone), g.months), zone);
    eligible = args.noticeMs <= gDeadline.ms;
  }
  reasons.push(
    why(
      eligible ? 'guarantee.faulty-goods' : 'guarantee.expired',
      {
        regime: regime.code,
        reason: cause,
        ...(g.months !== undefined ? { months: g.months } : {}),
      },
      g.provenance.source,
    ),
  );
  if (pol.denied) reasons.push(why('guarantee.policy-exclusions-do-not-apply', { reason: cause }));
  const basis: ReturnBasis = eligible ? 'guarantee' : pol.eligible ? 'policy' : 'none';
  return {
    basis,
    deadline: basis === 'guarantee' ? gDeadline : pol.deadline,
    remedy:
      basis === 'guarantee'
        ? guaranteeRemedy(g, args.deliveredAt, args.noticeMs, zone, reasons)
        : null,
  };
}
