import type { Reason } from '@meridian-cx/core';
import type { NotAsDescribedRight } from '../statutory/types.js';
import { addDays, addMonths, localDate } from '../time/zoneDay.js';
import { why } from '../why.js';
import { type DeadlineAt, endOfDay } from './deadline.js';

/**
 * Goods that differ from the advertisement or the contract (South Korea, E-Commerce Act Art.
 * 17(3)): the consumer may withdraw within `months` of supply and within `days` of learning (or
 * being able to learn) of the difference; the Ministry of Government Legislation reads the two as
 * cumulative, so the right ends with whichever ends first. Before supply the period has not
 * started. Pushes the reason.
 */
export function notAsDescribedLine(args: {
  readonly regime: string;
  readonly right: NotAsDescribedRight;
  /** When the goods were supplied (epoch ms), or null when not yet. */
  readonly suppliedMs: number | null;
  /** When the consumer learned, or could have learned, of the difference (epoch ms). */
  readonly apparentMs: number;
  readonly noticeMs: number;
  readonly zone: string;
  readonly reasons: Reason[];
}): { readonly eligible: boolean; readonly deadline: DeadlineAt | null } {
  const { regime, right: r, zone, reasons } = args;
  const source = r.provenance.source;
  if (args.suppliedMs === null) {
    reasons.push(
      why('statutory.not-as-described', { regime, months: r.months, days: r.days }, source),
    );
    return { eligible: true, deadline: null };
  }
  const fromSupply = addMonths(localDate(args.suppliedMs, zone), r.months);
  const fromLearning = addDays(localDate(args.apparentMs, zone), r.days);
  // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD strings, which Math.min would turn to NaN.
  const last = fromSupply < fromLearning ? fromSupply : fromLearning;
  const deadline = endOfDay(last, zone);
  const eligible = args.noticeMs <= deadline.ms;
  reasons.push(
    why(
      eligible ? 'statutory.not-as-described' : 'statutory.not-as-described-closed',
      {
        regime,
        months: r.months,
        days: r.days,
        lastDay: last,
        endsBy: fromSupply < fromLearning ? 'supply' : 'learning',
      },
      source,
    ),
  );
  return { eligible, deadline };
}
