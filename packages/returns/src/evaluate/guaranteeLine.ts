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

/** What the guarantee's remedy reads from the request line and the order line. */
type RemedyFacts = {
  /** When the line was delivered (epoch ms), or null when not yet. */
  readonly deliveredAt: number | null;
  readonly noticeMs: number;
  readonly zone: string;
  /** The line's use-by day (YYYY-MM-DD), for perishable goods. */
  readonly perishableUntil: string | undefined;
  /** The caller's finding that the failure is major, or not; undefined when not said. */
  readonly majorFailure: boolean | undefined;
};

// The end of a short-term right to reject: its days after delivery, or sooner the day perishable
// goods can be expected to last (UK s. 22(4)), with the source of the rule that ended it.
function rejectUntil(g: LegalGuarantee, days: number, f: RemedyFacts) {
  if (f.deliveredAt === null) return null;
  const full = addDays(localDate(f.deliveredAt, f.zone), days);
  const p = f.perishableUntil;
  if (g.rejectPerishable !== undefined && p !== undefined && p < full) {
    return { at: endOfDay(p, f.zone), perishable: true };
  }
  return { at: endOfDay(full, f.zone), perishable: false };
}

/**
 * The first remedy the guarantee gives for a faulty line: a full refund within a short-term right
 * to reject (counted, like the UK's, from the day after delivery; also before delivery; sooner for
 * perishable goods), else the regime's first remedy, which may follow the failure the caller found
 * (major or minor). Pushes the reason that says so.
 */
function guaranteeRemedy(
  g: LegalGuarantee,
  f: RemedyFacts,
  reasons: Reason[],
): GuaranteeRemedy | null {
  const source = (g.remedyProvenance ?? g.provenance).source;
  if (g.rejectDays !== undefined) {
    const until = rejectUntil(g, g.rejectDays, f);
    const params = {
      days: g.rejectDays,
      ...(until?.perishable ? { perishableUntil: f.perishableUntil as string } : {}),
    };
    const src = until?.perishable ? g.rejectPerishable?.source : source;
    if (until === null || f.noticeMs <= until.at.ms) {
      const end = until === null ? {} : { until: localDate(until.at.ms, f.zone) };
      reasons.push(why('guarantee.short-term-reject', { ...params, ...end }, src));
      return 'refund';
    }
    reasons.push(
      why(
        'guarantee.short-term-reject-passed',
        { ...params, ended: localDate(until.at.ms, f.zone) },
        src,
      ),
    );
  }
  const byFailure = g.failureRemedies;
  if (g.remedy === 'depends-on-failure' && byFailure && f.majorFailure !== undefined) {
    const remedy = f.majorFailure ? byFailure.major : byFailure.minor;
    const code = f.majorFailure ? 'guarantee.major-failure' : 'guarantee.minor-failure';
    reasons.push(why(code, { remedy }, byFailure.provenance.source));
    return remedy;
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
 * Who proves what: a lack of conformity apparent within the presumption's months of delivery is
 * presumed to have existed at delivery (Directive (EU) 2019/771 Art. 11; the consumer's member
 * state may have chosen two years). Pushes the reason; changes no verdict.
 */
function burdenOfProof(
  g: LegalGuarantee,
  country: string,
  deliveredMs: number,
  apparentMs: number,
  zone: string,
  reasons: Reason[],
): void {
  const p = g.presumption;
  if (p === undefined) return;
  const own =
    p.countries !== undefined && Object.hasOwn(p.countries, country)
      ? p.countries[country]
      : undefined;
  const months = own?.months ?? p.months;
  const until = endOfDay(addMonths(localDate(deliveredMs, zone), months), zone);
  const apparent = localDate(apparentMs, zone);
  const presumed = apparentMs <= until.ms;
  reasons.push(
    why(
      presumed ? 'guarantee.presumed-at-delivery' : 'guarantee.consumer-proves',
      { months, apparent, [presumed ? 'until' : 'ended']: until.date },
      (own?.provenance ?? p.provenance).source,
    ),
  );
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
  /** When the fault became apparent (epoch ms); the notice when the request does not say. */
  readonly apparentMs: number;
  readonly country: string;
  readonly perishableUntil: string | undefined;
  readonly majorFailure: boolean | undefined;
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
  if (basis !== 'guarantee') return { basis, deadline: pol.deadline, remedy: null };
  if (args.deliveredAt !== null) {
    burdenOfProof(g, args.country, args.deliveredAt, args.apparentMs, zone, reasons);
  }
  // The arguments carry the remedy's facts under their names: no copy per line.
  return { basis, deadline: gDeadline, remedy: guaranteeRemedy(g, args, reasons) };
}
