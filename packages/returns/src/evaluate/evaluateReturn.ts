import { type BusinessCalendar, describeValue, type Reason } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { computeRefund, type RefundLineInput } from '../refund/computeRefund.js';
import { refundDue } from '../refund/refundDue.js';
import type { CompiledPolicy } from '../rules/definePolicy.js';
import type { StatutoryRegime } from '../statutory/types.js';
import { millis } from '../time/instant.js';
import type {
  AuthorityTable,
  Instant,
  LineDecision,
  Order,
  ReturnDecision,
  ReturnPolicy,
  ReturnRequest,
} from '../types.js';
import { why } from '../why.js';
import { approverFor } from './approverFor.js';
import { checkCalendar } from './checkCalendar.js';
import { checkOrder, checkRequest } from './checkInput.js';
import { compilePolicy } from './compilePolicy.js';
import { consumerHolidays } from './consumerHolidays.js';
import { type OrderDeliveries, orderDeliveries } from './deliveries.js';
import { evaluateLine } from './evaluateLine.js';
import { refundLineOf } from './refundLineOf.js';
import { regimeOf } from './regimeOf.js';
import { requestedLine } from './requestedLine.js';
import { validateOrder, validateRequest } from './validate.js';

/** What {@link evaluateReturn} takes besides the law: see {@link EvaluateReturnInput}. */
export type EvaluateReturnBase = {
  /** Policy data (validated on each call) or a {@link CompiledPolicy} from `definePolicy` (faster). */
  readonly policy: ReturnPolicy | CompiledPolicy;
  readonly order: Order;
  readonly request: ReturnRequest;
  /** The clock, injected. Used when the request has no `noticeAt` of its own. */
  readonly now: Instant;
  /**
   * The merchant's working days: moves deadlines that end on a closed day to the next open day
   * (policy option; EU periods), and counts periods in business days (South Korea's 3-business-day
   * refund): without it those count Monday to Friday and ignore public holidays.
   */
  readonly calendar?: BusinessCalendar;
  /**
   * The public holidays of the consumer's country (YYYY-MM-DD), for the law's rule on periods that
   * end on a holiday (EU Reg. 1182/71 Art. 3(4): the member state's holidays). Used only when
   * `country` is the customer's; weekends count without it. A `@meridian-cx/coverage` holiday
   * calendar, or any list, can supply the dates.
   */
  readonly publicHolidays?: { readonly country: string; readonly dates: readonly string[] };
  /** The acting agent's role and the authority table, to say who must approve the refund. */
  readonly authority?: { readonly table: AuthorityTable; readonly role: string };
};

/**
 * What {@link evaluateReturn} takes: the policy, order, request and clock, and the consumer law,
 * one of two ways.
 * - `regimes`: the statutory regimes the merchant serves, as imports (`[EU_CONSUMER_RIGHTS,
 *   UK_CONSUMER_CONTRACTS]`, your own from `defineRegime`, or the whole `STATUTORY_REGIMES`). The
 *   first that lists the customer's country applies. A customer whose country a built-in regime
 *   governs but none of these does is refused (`returns/regime-not-passed`, naming the export);
 *   a country without a built-in regime (Switzerland, India…) gets the policy alone. A regime is
 *   read as passed, on every call: never frozen, copied or remembered, so a regime of your own
 *   may be edited between calls and the next call reads the edit. A decision cannot edit the law
 *   in turn: the sources its reasons carry are frozen (the built-ins are deep-frozen where they
 *   are defined; any other source is handed out as a frozen copy).
 * - `jurisdiction`: the one regime to apply whatever the customer's country, or `null` for none.
 */
export type EvaluateReturnInput = EvaluateReturnBase &
  (
    | {
        readonly regimes: readonly StatutoryRegime[];
        readonly jurisdiction?: undefined;
      }
    | {
        readonly jurisdiction: StatutoryRegime | null;
        readonly regimes?: undefined;
      }
  );

/** None of the units of these lines had been delivered. */
function noneDelivered(lines: readonly RefundLineInput[], deliveries: OrderDeliveries): boolean {
  for (const l of lines) if ((deliveries.byLine.get(l.lineId)?.delivered ?? 0) !== 0) return false;
  return true;
}

/**
 * Decide whether the lines of a return request may come back, until when, how and for how much,
 * and why: the merchant policy and its rules, overlaid by consumer law (which wins when more
 * generous), faulty goods on the legal guarantee, the refund in exact minor units, when it is due,
 * and whether the agent may approve it alone.
 *
 * @param input - Policy, order, request, `now`, the statutory `regimes` the merchant serves (or one
 * `jurisdiction`), and optionally calendar, public holidays, authority.
 * @returns One verdict per requested line (in order-line order), the refund breakdown, the
 * refund due date and the authority decision, each with reasons.
 * @throws {MeridianError} `returns/currency-mismatch` when amounts mix currencies;
 * `returns/quantity-exceeds-delivered`, `returns/invalid-quantity`, `returns/unknown-line`,
 * `returns/duplicate-line`, `returns/order-mismatch`, `returns/invalid-instant`,
 * `returns/regime-not-passed` when the customer's law is not among `regimes`, `returns/regime-id`
 * for a code where a regime goes, `returns/unknown-role`; `ValidationError` for an invalid policy.
 * @example
 * const decision = evaluateReturn({
 *   policy, order, request, now: '2026-03-02T10:00:00Z', regimes: [EU_CONSUMER_RIGHTS],
 * });
 * decision.lines[0].eligible; // true
 * decision.refund.total; // { amount: 8999, currency: 'EUR' }
 * @since 0.1.0
 */
export function evaluateReturn(input: EvaluateReturnInput): ReturnDecision {
  if (typeof input !== 'object' || input === null) {
    fail('returns/invalid-argument', {
      what: 'evaluateReturn(input)',
      expected: 'an object { policy, order, request, now }',
      value: describeValue(input),
    });
  }
  const { policy, plan } = compilePolicy(input.policy);
  const { order, request } = input;
  const instants = checkOrder(order);
  const asked = checkRequest(request);
  if (request.orderId !== order.id) {
    fail('returns/order-mismatch', { requestOrderId: request.orderId, orderId: order.id });
  }
  validateOrder(order);
  checkCalendar(input.calendar);
  // The request's instants were parsed by its check (NaN when absent); the notice is usually
  // `now` itself, so `now` is parsed only when it is another value.
  const askedNotice = asked[0] as number;
  const nowMs =
    request.noticeAt !== undefined && request.noticeAt === input.now
      ? askedNotice
      : millis(input.now, 'now');
  const noticeMs = request.noticeAt === undefined ? nowMs : askedNotice;
  const placedMs = instants[0] as number;
  const receivedMs = request.receivedAt === undefined ? null : (asked[1] as number);
  const proofMs = request.proofOfSendingAt === undefined ? null : (asked[2] as number);
  // checkOrder reads withdrawalInfoReceivedAt last; checkRequest each line's apparentAt from [3].
  const infoReceivedMs = instants[instants.length - 1] as number;
  const reasons: Reason[] = [];
  const holidays = consumerHolidays(input, reasons);
  const deliveries = orderDeliveries(order, policy.transitBufferDays, instants);
  const regime = regimeOf(input, order.customer.country);
  const consumer = (order.customer.type ?? 'consumer') === 'consumer';
  validateRequest(
    request,
    deliveries,
    order,
    consumer && regime?.withdrawal?.beforeDelivery !== undefined,
  );
  const zone = order.customer.zone;
  const lines: LineDecision[] = [];
  const refundLines: RefundLineInput[] = [];
  let anyByLaw = false;
  const requested = request.lines;
  for (let i = 0; i < order.lines.length; i++) {
    const line = order.lines[i] as Order['lines'][number];
    const k = requestedLine(requested, line.id);
    if (k < 0) continue;
    const r = requested[k] as ReturnRequest['lines'][number];
    const o = evaluateLine({
      policy,
      plan,
      regime,
      order,
      line,
      request: r,
      deliveries,
      zone,
      noticeMs,
      placedMs,
      apparentMs: r.apparentAt === undefined ? noticeMs : (asked[3 + k] as number),
      infoReceivedMs,
      calendar: input.calendar,
      holidays,
    });
    lines.push(o.decision);
    if (!o.decision.eligible) continue;
    if (o.byLaw) anyByLaw = true;
    refundLines.push(refundLineOf(o, r, i));
  }
  const refund = computeRefund({
    order,
    policy,
    regime,
    refundMethod: request.refundMethod,
    lines: refundLines,
  });
  const due = refundDue({
    regime,
    byLaw: anyByLaw,
    policy,
    zone,
    noticeMs,
    receivedMs,
    proofMs,
    calendar: input.calendar,
    traderCollects: request.traderCollects === true,
    noGoodsSupplied: refundLines.length > 0 && noneDelivered(refundLines, deliveries),
  });
  if (noticeMs > nowMs) reasons.push(why('request.notice-after-now', {}));
  if (regime) reasons.push(why('statutory.regime', { code: regime.code }));
  const authority = approverFor(input.authority, refund.total);
  return {
    verdict: refundLines.length > 0,
    eligible: refundLines.length > 0,
    regime: regime ? { code: regime.code, name: regime.name } : null,
    lines,
    refund,
    refundDue: due,
    authority,
    reasons,
  };
}
