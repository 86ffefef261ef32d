// The boundary of evaluateReturn. Orders and requests arrive by the thousand as plain objects, so
// a predicate written beside the schema checks every field a decision reads in a fraction of a
// microsecond; only when it says no does the zod schema run, to name every bad path with its
// value. checkInput.prop.test.ts holds the predicate to the schema on hostile inputs: they must
// accept and refuse the same values.
import { isCountry, isCurrency, isTimeZone, parseWith, toEpochMillis } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { fail } from '../failures.js';
import { instant, isoDate as isoDateSchema } from '../schemas/primitives.js';
import {
  ExceptionKindSchema,
  OrderSchema,
  RefundMethodSchema,
  ReturnMethodSchema,
  ReturnReasonCodeSchema,
  ReturnRequestSchema,
} from '../schemas.js';

type Obj = Record<string, unknown>;

const EXCEPTIONS: ReadonlySet<unknown> = new Set(ExceptionKindSchema.options);
const REASONS: ReadonlySet<unknown> = new Set(ReturnReasonCodeSchema.options);
const REFUND_METHODS: ReadonlySet<unknown> = new Set(RefundMethodSchema.options);
const RETURN_METHODS: ReadonlySet<unknown> = new Set(ReturnMethodSchema.options);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optId = (v: unknown): boolean => v === undefined || isId(v);
const optFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const isUnits = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) > 0;
// Currency and country checks are core's: isCurrency remembers the last good code itself, so an
// order that names one currency many times pays one comparison per repeat.
const isMoney = (v: unknown): boolean =>
  isObj(v) && Number.isSafeInteger(v.amount) && (v.amount as number) >= 0 && isCurrency(v.currency);
const optMoney = (v: unknown): boolean => v === undefined || isMoney(v);

// The epoch ms of the instants last checked, so that the evaluator does not parse them twice.
let parsed: number[] | null = null;

function isInstant(v: unknown): boolean {
  if (typeof v !== 'string' && !(v instanceof Date)) return false;
  try {
    const ms = toEpochMillis(v);
    if (parsed !== null) parsed.push(ms);
    return true;
  } catch {
    return false;
  }
}
function optInstant(v: unknown): boolean {
  if (v !== undefined) return isInstant(v);
  if (parsed !== null) parsed.push(Number.NaN);
  return true;
}
// YYYY-MM-DD of a real day, as zod's iso.date accepts it.
const isIsoDate = (v: unknown): boolean => isoDateSchema.safeParse(v).success;
const optIn = (set: ReadonlySet<unknown>, v: unknown): boolean => v === undefined || set.has(v);

function lineOk(l: unknown): boolean {
  if (!isObj(l)) return false;
  if (!isId(l.id) || !isId(l.sku) || !optId(l.category)) return false;
  if (!isMoney(l.unitPrice) || !isUnits(l.quantity) || !optMoney(l.tax)) return false;
  if (l.perishableUntil !== undefined && !isIsoDate(l.perishableUntil)) return false;
  if (!optFlag(l.digitalContent)) return false;
  const ex = l.exceptions;
  if (ex === undefined) return true;
  if (!Array.isArray(ex)) return false;
  for (let i = 0; i < ex.length; i++) if (!EXCEPTIONS.has(ex[i])) return false;
  return true;
}

function shipmentOk(s: unknown): boolean {
  if (!isObj(s) || !isId(s.id)) return false;
  const parts = s.lines;
  if (!Array.isArray(parts) || parts.length === 0) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!isObj(p) || !isId(p.lineId) || !isUnits(p.quantity)) return false;
  }
  return optInstant(s.fulfilledAt) && optInstant(s.deliveredAt);
}

function customerOk(c: unknown): boolean {
  if (!isObj(c)) return false;
  if (!optId(c.id) || !isCountry(c.country) || !optId(c.subdivision) || !optId(c.tier)) {
    return false;
  }
  if (c.type !== undefined && c.type !== 'consumer' && c.type !== 'business') return false;
  // core's isTimeZone remembers the zones it accepted: a repeat costs one lookup.
  return isTimeZone(c.zone);
}

/**
 * Whether an order passes {@link OrderSchema}, checked field by field without building a parsed
 * copy (the same answer as `OrderSchema.safeParse(order).success`).
 */
export function orderOk(order: unknown): boolean {
  if (!isObj(order) || !isId(order.id) || !isCurrency(order.currency)) return false;
  if (!isInstant(order.placedAt) || !customerOk(order.customer)) return false;
  const ch = order.channel;
  if (ch !== undefined && ch !== 'distance' && ch !== 'in-store') return false;
  if (
    !optFlag(order.regularDelivery) ||
    !optFlag(order.withdrawalInfoGiven) ||
    !optFlag(order.returnCostInfoGiven) ||
    !optFlag(order.returnPolicyDisplayed) ||
    !optFlag(order.pricesIncludeTax)
  ) {
    return false;
  }
  const lines = order.lines;
  if (!Array.isArray(lines) || lines.length === 0) return false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!lineOk(l)) return false;
    // Two lines with one id would be refunded twice.
    for (let j = 0; j < i; j++) if ((lines[j] as Obj).id === (l as Obj).id) return false;
  }
  const shipments = order.shipments;
  if (shipments !== undefined) {
    if (!Array.isArray(shipments)) return false;
    for (let i = 0; i < shipments.length; i++) if (!shipmentOk(shipments[i])) return false;
  }
  if (!optMoney(order.discount)) return false;
  // After the shipments, so that checkOrder's instants keep their positions.
  if (!optInstant(order.withdrawalInfoReceivedAt)) return false;
  const sh = order.shipping;
  return sh === undefined || (isObj(sh) && isMoney(sh.charged) && optMoney(sh.standardDelivery));
}

function conditionOk(c: unknown): boolean {
  if (c === undefined) return true;
  if (!isObj(c)) return false;
  return (
    optFlag(c.unused) &&
    optFlag(c.originalPackaging) &&
    optFlag(c.tagsAttached) &&
    optFlag(c.unsealed) &&
    optMoney(c.diminishedValue)
  );
}

/**
 * Whether a request passes {@link EvaluateRequestSchema} (the request schema with `noticeAt`
 * optional: evaluateReturn falls back to `now`).
 */
export function requestOk(request: unknown): boolean {
  if (!isObj(request) || !optId(request.id) || !isId(request.orderId)) return false;
  if (!optInstant(request.noticeAt)) return false;
  if (!optInstant(request.receivedAt) || !optInstant(request.proofOfSendingAt)) return false;
  if (!optIn(REFUND_METHODS, request.refundMethod)) return false;
  if (!optIn(RETURN_METHODS, request.returnMethod)) return false;
  if (!optFlag(request.traderCollects)) return false;
  const lines = request.lines;
  if (!Array.isArray(lines) || lines.length === 0) return false;
  for (const r of lines) {
    if (!isObj(r) || !isId(r.lineId) || !isUnits(r.quantity)) return false;
    if (!optIn(REASONS, r.reason) || !conditionOk(r.condition)) return false;
    if (!optInstant(r.apparentAt) || !optFlag(r.majorFailure)) return false;
  }
  return true;
}

/** The request as evaluateReturn takes it: `noticeAt` may be left to `now`. */
export const EvaluateRequestSchema = /* @__PURE__ */ z.extend(ReturnRequestSchema, {
  noticeAt: z.optional(instant),
});

// Paths start at evaluateReturn's input: `order.customer.zone`, `request.lines[0].quantity`.
const OrderInput = /* @__PURE__ */ z.object({ order: OrderSchema });
const RequestInput = /* @__PURE__ */ z.object({ request: EvaluateRequestSchema });

/**
 * The epoch ms of a checked order's instants, in the order the check reads them: `placedAt`, then
 * for each shipment `fulfilledAt` and `deliveredAt`, then `withdrawalInfoReceivedAt` (NaN when
 * absent).
 */
export type OrderInstants = readonly number[];

/**
 * Refuse an order that does not fit its schema, naming each bad path from `order.` on.
 *
 * @returns The epoch ms of its instants, parsed once.
 * @throws {ValidationError} `returns/invalid-order`.
 */
export function checkOrder(order: unknown): OrderInstants {
  const ms: number[] = [];
  parsed = ms;
  let ok: boolean;
  try {
    ok = orderOk(order);
  } finally {
    parsed = null;
  }
  if (ok) return ms;
  parseWith(OrderInput, { order }, { package: 'returns', what: 'order' });
  fail('returns/invalid-order', { detail: 'the order fails a check its schema does not name' });
}

/**
 * The epoch ms of a checked request's instants, in the order the check reads them: `noticeAt`,
 * `receivedAt`, `proofOfSendingAt`, then each line's `apparentAt` (NaN when absent).
 */
export type RequestInstants = readonly number[];

/**
 * Refuse a request that does not fit its schema: the 0.1 codes where they apply (a quantity that
 * is not a positive whole number, an unknown reason, an instant without offset), else a
 * ValidationError naming each bad path from `request.` on.
 *
 * @returns The epoch ms of its instants, parsed once.
 * @throws {MeridianError} `returns/invalid-quantity`, `returns/unknown-reason`, `returns/invalid-instant`.
 * @throws {ValidationError} `returns/invalid-return-request`.
 */
export function checkRequest(request: unknown): RequestInstants {
  const ms: number[] = [];
  parsed = ms;
  let ok: boolean;
  try {
    ok = requestOk(request);
  } finally {
    parsed = null;
  }
  if (ok) return ms;
  if (isObj(request) && Array.isArray(request.lines)) {
    request.lines.forEach((r: unknown, k: number) => {
      if (!isObj(r) || !isId(r.lineId)) return;
      const lineId = r.lineId as string;
      if (!isUnits(r.quantity)) {
        const quantity = typeof r.quantity === 'number' ? String(r.quantity) : typeof r.quantity;
        fail('returns/invalid-quantity', { lineId, quantity, what: `request.lines[${k}]` });
      }
      if (!optIn(REASONS, r.reason) && typeof r.reason === 'string') {
        const known = ReturnReasonCodeSchema.options.join(', ');
        fail('returns/unknown-reason', { lineId, reason: r.reason, known });
      }
    });
    for (const field of ['noticeAt', 'receivedAt', 'proofOfSendingAt'] as const) {
      const v: unknown = request[field];
      if (typeof v === 'string' && !isInstant(v)) {
        fail('returns/invalid-instant', { what: `request.${field}`, value: v.slice(0, 80) });
      }
    }
  }
  parseWith(RequestInput, { request }, { package: 'returns', what: 'return-request' });
  fail('returns/invalid-return-request', {
    detail: 'the request fails a check its schema does not name',
  });
}
