import { type BusinessCalendar, describeValue, type Reason } from '@meridian-cx/core';
import { fail, show } from '../failures.js';
import { computeRefund, type RefundLineInput } from '../refund/computeRefund.js';
import { refundDue } from '../refund/refundDue.js';
import type { CompiledPolicy } from '../rules/definePolicy.js';
import { policyPlan } from '../rules/policyPlan.js';
import { regimeForCountry, STATUTORY_REGIMES } from '../statutory/regimes.js';
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
import { requestedLine } from './requestedLine.js';
import { validateOrder, validateRequest } from './validate.js';

/** What {@link evaluateReturn} takes. */
export type EvaluateReturnInput = {
  /** Policy data (validated on each call) or a {@link CompiledPolicy} from `definePolicy` (faster). */
  readonly policy: ReturnPolicy | CompiledPolicy;
  readonly order: Order;
  readonly request: ReturnRequest;
  /** The clock, injected. Used when the request has no `noticeAt` of its own. */
  readonly now: Instant;
  /**
   * Which consumer law overlays the policy: a built-in code (`EU`, `GB`, `BR`, `CN`, `KR`, `JP`,
   * `TR`, `AU`, `US`), a regime object of your own, or `null` for none. Default: the regime of the
   * customer's country.
   */
  readonly jurisdiction?: string | StatutoryRegime | null;
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

const summaries = new WeakMap<StatutoryRegime, { readonly code: string; readonly name: string }>();

function summary(regime: StatutoryRegime): { readonly code: string; readonly name: string } {
  let s = summaries.get(regime);
  if (!s) {
    s = Object.freeze({ code: regime.code, name: regime.name });
    summaries.set(regime, s);
  }
  return s;
}

/** None of the units of these lines had been delivered. */
function noneDelivered(lines: readonly RefundLineInput[], deliveries: OrderDeliveries): boolean {
  for (const l of lines) if ((deliveries.byLine.get(l.lineId)?.delivered ?? 0) !== 0) return false;
  return true;
}

function regimeOf(input: EvaluateReturnInput): StatutoryRegime | null {
  const j = input.jurisdiction;
  if (j === null) return null;
  if (j === undefined) return regimeForCountry(input.order.customer.country) ?? null;
  if (typeof j !== 'string') {
    if (typeof j !== 'object' || typeof j.code !== 'string') {
      fail('returns/unknown-jurisdiction', { jurisdiction: show(j) });
    }
    return j;
  }
  const regime = STATUTORY_REGIMES[j.toUpperCase()];
  if (regime === undefined || !Object.hasOwn(STATUTORY_REGIMES, j.toUpperCase())) {
    fail('returns/unknown-jurisdiction', { jurisdiction: j.slice(0, 80) });
  }
  return regime;
}

/**
 * Decide whether the lines of a return request may come back, until when, how and for how much,
 * and why: the merchant policy and its rules, overlaid by consumer law (which wins when more
 * generous), faulty goods on the legal guarantee, the refund in exact minor units, when it is due,
 * and whether the agent may approve it alone.
 *
 * @param input - Policy, order, request, `now`, and optionally jurisdiction, calendar, authority.
 * @returns One verdict per requested line (in order-line order), the refund breakdown, the
 * refund due date and the authority decision, each with reasons.
 * @throws {MeridianError} `returns/currency-mismatch` when amounts mix currencies;
 * `returns/quantity-exceeds-delivered`, `returns/invalid-quantity`, `returns/unknown-line`,
 * `returns/duplicate-line`, `returns/order-mismatch`, `returns/invalid-instant`,
 * `returns/unknown-jurisdiction`, `returns/unknown-role`; `ValidationError` for an invalid policy.
 * @example
 * const decision = evaluateReturn({ policy, order, request, now: '2026-03-02T10:00:00Z' });
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
  const compiledPolicy = compilePolicy(input.policy);
  const policy = compiledPolicy.policy;
  const plan = policyPlan(compiledPolicy);
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
  const reasons: Reason[] = [];
  const holidays = consumerHolidays(input, reasons);
  const deliveries = orderDeliveries(order, policy.transitBufferDays, instants);
  const regime = regimeOf(input);
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
  for (const line of order.lines) {
    const r = requestedLine(requested, line.id);
    if (r === undefined) continue;
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
      calendar: input.calendar,
      holidays,
    });
    lines.push(o.decision);
    if (!o.decision.eligible) continue;
    if (o.byLaw) anyByLaw = true;
    refundLines.push(refundLineOf(o, r));
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
    regime: regime ? summary(regime) : null,
    lines,
    refund,
    refundDue: due,
    authority,
    reasons,
  };
}
