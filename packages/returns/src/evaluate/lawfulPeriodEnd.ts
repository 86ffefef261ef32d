import type { Reason } from '@meridian-cx/core';
import { why } from '../why.js';
import { periodEnd } from './periodEnd.js';
import type { RightArgs } from './statutoryArgs.js';

/**
 * The day the withdrawal period ends after the law's own rule for a last day on a weekend or a
 * public holiday (not the shop's calendar): `last` itself, or a later day with the reason that
 * moved it pushed onto `reasons`.
 */
export function lawfulPeriodEnd(args: RightArgs, last: string, reasons: Reason[]): string {
  const rule = args.regime.withdrawal.periodEnd;
  const end = periodEnd(last, rule, args.holidays);
  if (end.movedFrom !== undefined && rule !== undefined) {
    reasons.push(
      why(
        'statutory.period-end-moved',
        {
          regime: args.regime.code,
          from: end.movedFrom,
          to: end.date,
          ...(rule.unclear === true ? { lawUnclear: true } : {}),
        },
        rule.provenance.source,
      ),
    );
  }
  return end.date;
}
