// Public types: inputs are what a caller may write (defaults optional, instants as ISO strings or
// Date); parsed forms are what parseX() returns.
import type { Decision, Instant, Money, Reason } from '@meridian-cx/core';
import type { z } from 'zod/mini';
import type {
  AuthorityTableSchema,
  ItemConditionSchema,
  OrderSchema,
  RefundMethodSchema,
  ReturnMethodSchema,
  ReturnPolicySchema,
  ReturnReasonCodeSchema,
  ReturnRequestSchema,
} from './schemas.js';
import type { GuaranteeRemedy } from './statutory/types.js';

/** A merchant return policy as written (defaults optional). */
export type ReturnPolicy = z.input<typeof ReturnPolicySchema>;
/** A return policy with every default filled in, as {@link parseReturnPolicy} returns it. */
export type ParsedReturnPolicy = z.output<typeof ReturnPolicySchema>;
/** An order as written. */
export type Order = z.input<typeof OrderSchema>;
/** An order with defaults filled in and instants as UTC ISO strings. */
export type ParsedOrder = z.output<typeof OrderSchema>;
/** One order line. */
export type OrderLine = Order['lines'][number];
/** A return request as written. */
export type ReturnRequest = z.input<typeof ReturnRequestSchema>;
/** A return request with defaults filled in. */
export type ParsedReturnRequest = z.output<typeof ReturnRequestSchema>;
/** One line of a return request. */
export type ReturnRequestLine = ReturnRequest['lines'][number];
/** Why an item comes back. */
export type ReturnReasonCode = z.output<typeof ReturnReasonCodeSchema>;
/** How an item travels back. */
export type ReturnMethod = z.output<typeof ReturnMethodSchema>;
/** How money comes back. */
export type RefundMethod = z.output<typeof RefundMethodSchema>;
/** Declared condition of a returned item. */
export type ItemCondition = z.input<typeof ItemConditionSchema>;
/** Roles and what each may refund alone, per currency. */
export type AuthorityTable = z.input<typeof AuthorityTableSchema>;

/** A deadline: the instant, and the same instant on the customer's wall clock. */
export type Deadline = {
  /** The instant in UTC, ISO 8601. */
  readonly at: string;
  /** The same instant in the customer's zone with its offset, e.g. `2026-03-16T23:59:59.999+01:00`. */
  readonly local: string;
  /** The customer's local calendar date on which it falls. */
  readonly localDate: string;
  readonly zone: string;
};

/** On what footing a line may come back. */
export type ReturnBasis = 'policy' | 'law' | 'guarantee' | 'none';

/** The verdict for one requested line: core's Decision shape (`verdict` is `eligible`). */
export type LineDecision = Decision<boolean> & {
  readonly verdict: boolean;
  readonly lineId: string;
  readonly quantity: number;
  readonly eligible: boolean;
  readonly basis: ReturnBasis;
  readonly deadline: Deadline | null;
  readonly reasons: readonly Reason[];
  readonly returnMethods: readonly ReturnMethod[];
  readonly refundMethods: readonly RefundMethod[];
  /**
   * On the legal guarantee (`basis: 'guarantee'`): what the law lets the consumer demand first,
   * or `null` when the regime does not say; `null` on every other basis. The refund is computed
   * either way (a merchant may refund more readily than the law requires).
   */
  readonly remedy: GuaranteeRemedy | null;
};

/** The money of one eligible line. */
export type LineRefund = {
  readonly lineId: string;
  readonly quantity: number;
  readonly items: Money;
  readonly discount: Money;
  readonly tax: Money;
  readonly restockingFee: Money;
  /** Deducted for value lost through handling (EU Art. 14(2)), as assessed by the merchant. */
  readonly diminishedValue: Money;
};

/**
 * The refund in exact minor units.
 * `total = items − discount + tax + outboundShipping − fees − diminishedValue`, where `tax` is
 * added only when prices exclude it (`taxIncluded: false`).
 */
export type RefundBreakdown = {
  readonly currency: Money['currency'];
  readonly lines: readonly LineRefund[];
  readonly items: Money;
  readonly discount: Money;
  /** The tax on the refunded units: contained in `items` when `taxIncluded`, else on top. */
  readonly tax: Money;
  /**
   * The unit prices already include the tax (the order's `pricesIncludeTax`, else what the
   * consumer's law requires of consumer prices: EU and UK yes).
   */
  readonly taxIncluded: boolean;
  readonly outboundShipping: Money;
  readonly restockingFee: Money;
  readonly returnShippingFee: Money;
  /** Deducted for value lost through handling, summed over the lines. */
  readonly diminishedValue: Money;
  readonly total: Money;
  /** Extra store credit when the customer picks store credit and the policy adds a bonus. */
  readonly storeCreditBonus: Money;
  readonly reasons: readonly Reason[];
};

/** When the refund must be paid. */
export type RefundDue = {
  /** The earliest binding instant: the law's limit or the merchant's promise; null when unknown yet. */
  readonly at: string | null;
  readonly byLaw: string | null;
  readonly byPromise: string | null;
  readonly reasons: readonly Reason[];
};

/** Whether the agent may approve alone and, if not, who must: core's Decision shape. */
export type AuthorityDecision = Decision<boolean> & {
  /** May the role approve alone (the same as `mayApproveAlone`). */
  readonly verdict: boolean;
  readonly role: string;
  readonly mayApproveAlone: boolean;
  /** The lowest role that may approve this amount alone, or null when none may. */
  readonly approver: string | null;
  readonly reasons: readonly Reason[];
};

/** Everything {@link evaluateReturn} decides: core's Decision shape (`verdict` is `eligible`). */
export type ReturnDecision = Decision<boolean> & {
  readonly verdict: boolean;
  readonly eligible: boolean;
  readonly regime: { readonly code: string; readonly name: string } | null;
  readonly lines: readonly LineDecision[];
  readonly refund: RefundBreakdown;
  readonly refundDue: RefundDue;
  readonly authority: AuthorityDecision | null;
  readonly reasons: readonly Reason[];
};

export type { Instant };
