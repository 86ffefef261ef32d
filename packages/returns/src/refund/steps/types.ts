import type { ReturnReasonCode } from '../../types.js';

/** One eligible line going into the refund. */
export type RefundLineInput = {
  readonly lineId: string;
  /** The index of the order line in `order.lines` (the caller found it when it checked the id). */
  readonly index: number;
  readonly quantity: number;
  readonly reason: ReturnReasonCode;
  /** The line is back on the statutory withdrawal footing (law forbids other charges). */
  readonly byLaw: boolean;
  /** The line is back as faulty goods (legal guarantee or a faulty reason). */
  readonly faulty: boolean;
  /** Value lost through handling, as assessed by the merchant, in minor units (0: none). */
  readonly diminishedValue?: number;
};
