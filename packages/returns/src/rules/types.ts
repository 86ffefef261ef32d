import type { Reason } from '@meridian-cx/core';
import type {
  Order,
  OrderLine,
  ParsedReturnPolicy,
  ReturnReasonCode,
  ReturnRequestLine,
} from '../types.js';

/** What a rule sees about one requested line. */
export type RuleContext = {
  readonly policy: ParsedReturnPolicy;
  readonly order: Order;
  readonly line: OrderLine;
  readonly request: ReturnRequestLine;
  readonly reason: ReturnReasonCode;
  /** The customer's IANA zone. */
  readonly zone: string;
  /** Local date of the order in the customer's zone (YYYY-MM-DD). */
  readonly purchaseDate: string;
  /** Local date the line was delivered (or is estimated delivered), or null when not yet. */
  readonly deliveryDate: string | null;
  /** The window in days decided by the rules run so far (starts at `policy.windowDays`). */
  readonly windowDays: number;
};

/** What a rule contributes. Every field is optional; reasons explain the others. */
export type RuleEffect = {
  readonly reasons?: readonly Reason[];
  /** Replace the return window (days from delivery). */
  readonly windowDays?: number;
  /** Returnable until the end of this local date, when later than the window (YYYY-MM-DD). */
  readonly returnableUntil?: string;
  /** The merchant policy refuses this line (final sale, non-returnable, condition unmet). */
  readonly deny?: boolean;
};

/** A typed, ordered return rule. Built-ins and team rules share this shape. */
export type ReturnRule = {
  readonly id: string;
  /** Lower runs first; built-ins use 10–50, team rules default to 100. */
  readonly order: number;
  readonly evaluate: (ctx: RuleContext) => RuleEffect | undefined;
};
