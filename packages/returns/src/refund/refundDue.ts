import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import { firstOpenDay } from '../evaluate/deadline.js';
import type { StatutoryRegime } from '../statutory/types.js';
import { addDays, endOfLocalDay, localDate, weekday } from '../time/zoneDay.js';
import type { ParsedReturnPolicy, RefundDue } from '../types.js';
import { why } from '../why.js';

const HOUR = 3_600_000;

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

// Legal due dates fall at the end of local days and recur: render each once.
const rendered = new Map<number, string>();

function iso(x: number | null): string | null {
  if (x === null) return null;
  let out = rendered.get(x);
  if (out === undefined) {
    out = new Date(x).toISOString();
    if (rendered.size >= 20_000) rendered.clear();
    rendered.set(x, out);
  }
  return out;
}

/**
 * The local date `days` business days after `date`: Monday to Friday, and open at some time of
 * the day when a calendar is given (a closed weekday is a public holiday). The start day does not
 * count.
 */
function addBusinessDays(
  date: string,
  days: number,
  zone: string,
  calendar: BusinessCalendar | undefined,
): string {
  let day = date;
  let left = days;
  for (let guard = 0; left > 0 && guard < 3_660; guard++) {
    day = addDays(day, 1);
    const w = weekday(day);
    if (w === 0 || w === 6) continue;
    if (calendar !== undefined && firstOpenDay(day, zone, calendar) !== day) continue;
    left--;
  }
  return day;
}

/**
 * When the refund is due: the law's limit (EU: 14 days from the notice, which the trader may
 * withhold until the goods or proof of sending arrive) and the merchant's promise (hours after
 * receipt), whichever comes first.
 */
export function refundDue(args: {
  readonly regime: StatutoryRegime | null;
  readonly byLaw: boolean;
  readonly policy: ParsedReturnPolicy;
  readonly zone: string;
  readonly noticeMs: number;
  readonly receivedMs: number | null;
  readonly proofMs: number | null;
  /** The merchant's working days, for periods in business days. */
  readonly calendar?: BusinessCalendar | undefined;
  /** The trader offered to collect the goods (EU Art. 13(3), UK reg. 34(5)). */
  readonly traderCollects?: boolean;
  /** None of the units coming back had been delivered: there is nothing to send back. */
  readonly noGoodsSupplied?: boolean;
}): RefundDue {
  const reasons: Reason[] = [];
  let law: number | null = null;
  const r = args.byLaw ? args.regime?.refund : undefined;
  if (r) {
    const regime = args.regime?.code ?? '';
    let from = r.from;
    let withhold = r.mayWithholdUntilGoodsBack;
    const collected = r.fromNoticeWhenCollected;
    if (collected && (args.traderCollects === true || args.noGoodsSupplied === true)) {
      from = 'notice';
      withhold = false;
      reasons.push(
        why(
          'refund.from-notice',
          {
            regime,
            because: args.traderCollects === true ? 'trader-collects' : 'no-goods-supplied',
          },
          collected.source,
        ),
      );
    }
    const fromMs =
      from === 'notice'
        ? args.noticeMs
        : from === 'goods-received'
          ? args.receivedMs
          : earliest(args.receivedMs, args.proofMs);
    if (fromMs === null) {
      reasons.push(why('refund.law-clock-not-started', { regime, from }, r.provenance.source));
    } else {
      if (r.dueDays === 0) law = fromMs;
      else if (r.businessDays === true) {
        const last = addBusinessDays(
          localDate(fromMs, args.zone),
          r.dueDays,
          args.zone,
          args.calendar,
        );
        law = endOfLocalDay(last, args.zone);
        if (args.calendar === undefined) {
          reasons.push(why('refund.business-days-without-holidays', { regime }));
        }
      } else law = endOfLocalDay(addDays(localDate(fromMs, args.zone), r.dueDays), args.zone);
      reasons.push(
        why(
          'refund.due-by-law',
          {
            regime,
            days: r.dueDays,
            from,
            ...(r.businessDays === true ? { businessDays: true } : {}),
          },
          r.provenance.source,
        ),
      );
      if (withhold) {
        const back = earliest(args.receivedMs, args.proofMs);
        if (back === null) {
          reasons.push(
            why('refund.may-withhold-until-goods-back', { regime }, r.provenance.source),
          );
        } else {
          law = Math.max(law, back);
        }
      }
    }
  }
  let promise: number | null = null;
  const timing = args.policy.refundTiming;
  if (timing) {
    if (args.receivedMs === null) {
      reasons.push(why('refund.promise-after-receipt', { hours: timing.hoursAfterReceipt }));
    } else {
      promise = args.receivedMs + timing.hoursAfterReceipt * HOUR;
      reasons.push(why('refund.promise', { hours: timing.hoursAfterReceipt }));
    }
  }
  const first = earliest(law, promise);
  return {
    at: iso(first),
    byLaw: iso(law),
    byPromise: iso(promise),
    reasons,
  };
}
