import type { BusinessCalendar } from '@meridian-cx/core';
import type { StatutoryRegime, WithdrawalRight } from '../statutory/types.js';
import type { Order, OrderLine, ParsedReturnPolicy, ReturnRequestLine } from '../types.js';
import type { OrderDeliveries } from './deliveries.js';

/** What the statutory route reads for one requested line. */
export type StatutoryArgs = {
  readonly regime: StatutoryRegime | null;
  readonly order: Order;
  readonly line: OrderLine;
  readonly request: ReturnRequestLine;
  readonly policy: ParsedReturnPolicy;
  readonly deliveries: OrderDeliveries;
  readonly zone: string;
  readonly noticeMs: number;
  readonly placedMs: number;
  /**
   * When the consumer received the withdrawal information (epoch ms of
   * `order.withdrawalInfoReceivedAt`, as checkOrder parsed it); NaN when the order does not say.
   */
  readonly infoReceivedMs: number;
  readonly calendar: BusinessCalendar | undefined;
  /** The consumer's public holidays, when the caller gave them for the consumer's country. */
  readonly holidays: ReadonlySet<string> | null;
};

/**
 * The same arguments once a regime with a withdrawal right is known: the steps of the statutory
 * route take these, so that each reads `args.regime.withdrawal` without checking it again (and
 * without a context object built per line).
 */
export type RightArgs = StatutoryArgs & {
  readonly regime: StatutoryRegime & { readonly withdrawal: WithdrawalRight };
};

/** Whether the line's regime gives a withdrawal right at all (narrows the arguments). */
export function hasWithdrawalRight(args: StatutoryArgs): args is RightArgs {
  const w = args.regime?.withdrawal;
  return w !== null && w !== undefined;
}
