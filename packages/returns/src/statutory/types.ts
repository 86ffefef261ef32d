import type { CountryCode, Provenance } from '@meridian-cx/core';
import type { z } from 'zod/mini';
import type { ExceptionKindSchema } from '../schemas.js';

/** An exception to a change-of-mind right that a catalogue declares on a line. */
export type ExceptionKind = z.output<typeof ExceptionKindSchema>;

/** One statutory exception: which kind, whether it needs the seal broken, where the law says so. */
export type StatutoryException = {
  readonly kind: ExceptionKind;
  /** The exception bites only when the customer (or the agent) reports the item unsealed. */
  readonly onlyWhenUnsealed?: boolean;
  readonly provenance: Provenance;
};

/**
 * How the law ends a period whose last day is a weekend day or a public holiday: each regime's own
 * rule (EU Reg. 1182/71 Art. 3(4), China Civil Code Art. 203, Korea Civil Act Art. 161, …). The
 * consumer's public holidays come from the caller (`publicHolidays` of `evaluateReturn`), never
 * from the merchant's calendar: the law counts the consumer's days, not the shop's hours.
 */
export type PeriodEndRule = {
  /** Weekdays (0 Sunday … 6 Saturday) on which a period does not end; it moves to the next day. */
  readonly closedWeekdays: readonly number[];
  /** Public holidays of the consumer's country move it too, when the caller gives them. */
  readonly publicHolidays: boolean;
  /**
   * The text leaves it open (whether Saturday counts, whether a custom is needed): the package
   * takes the reading more favourable to the consumer and the note says what is unclear.
   */
  readonly unclear?: boolean;
  readonly provenance: Provenance;
};

/** A statutory change-of-mind (withdrawal) right. */
export type WithdrawalRight = {
  /** Length of the period in calendar days. */
  readonly days: number;
  /**
   * When the period starts: `delivery` of the line's goods, `last-delivery` of the whole order
   * (EU Art. 9(2)(b)(i)), or `purchase` (California).
   */
  readonly from: 'delivery' | 'last-delivery' | 'purchase';
  /** Whether the start day itself counts as day 1 (Japan) or not (most: the period starts the next day). */
  readonly firstDayCounts: boolean;
  /** The right exists only when the seller displayed no return policy (Japan, California). */
  readonly onlyWhenNoPolicyDisplayed?: boolean;
  /** The right exists only when the merchant policy is shorter than this many days (California). */
  readonly onlyWhenPolicyShorterThan?: number;
  /** Goods the policy marks final sale are outside the rule (California § 1723(b): "all sales final"). */
  readonly finalSaleMarkingExempts?: boolean;
  /** Restrict to these subdivisions of the country (California: `CA`). */
  readonly subdivisions?: readonly string[];
  /** Used goods lose the right (China: goods intact; Korea: value decreased by use). */
  readonly conditionBars: boolean;
  /** Goods not returned in their original package lose the right (California § 1723(b)). */
  readonly packagingBars?: boolean;
  /** Sales channels the right covers; default distance sales only. */
  readonly channels?: readonly ('distance' | 'in-store')[];
  /**
   * The consumer is liable for goods that lost value through handling beyond what was needed to
   * establish their nature, characteristics and functioning, unless not told of the right (EU
   * Art. 14(2)): the trader may deduct it from the refund. Absent: no such rule is encoded.
   */
  readonly diminishedValue?: Provenance;
  /**
   * For a contract of regular delivery over a defined period, the period runs from the first good
   * rather than the last (EU Art. 9(2)(b)(iii)). Absent: such orders count like any other.
   */
  readonly regularDeliveryFromFirst?: Provenance;
  /** How a period ending on a weekend day or a public holiday ends; absent: on its last day. */
  readonly periodEnd?: PeriodEndRule;
  /**
   * The consumer may withdraw before the goods arrive (UK reg. 30(1): the period begins when the
   * contract is made; Turkey Reg. Art. 9(2)). Absent: only delivered units may be sent back.
   */
  readonly beforeDelivery?: Provenance;
  /**
   * Information on the right given late: the period ends this many days after the day the
   * consumer received it, when that is later than it would otherwise end (EU Art. 10(2), UK reg.
   * 31: 14 days), provided it was received within `uninformedExtensionMonths` of the day the
   * period started; after that the extension for no information applies. Read from the order's
   * `withdrawalInfoReceivedAt`. Absent: no such rule is encoded.
   */
  readonly lateInformation?: { readonly days: number; readonly provenance: Provenance };
  /**
   * Digital content not supplied on a tangible medium (a line marked `digitalContent`): the period
   * runs from the conclusion of the contract, the order's `placedAt` (EU Art. 9(2)(c)). Absent:
   * such lines count from their supply like goods.
   */
  readonly digitalContentFromContract?: Provenance;
  /** Extension when the consumer was not told of the right (EU Art. 10: 12 months). */
  readonly uninformedExtensionMonths?: number;
  readonly uninformedProvenance?: Provenance;
  readonly exceptions: readonly StatutoryException[];
  readonly provenance: Provenance;
};

/** What the law says about the refund after a withdrawal. */
export type StatutoryRefund = {
  /** The outbound delivery charge is refunded with the goods (when the whole order comes back). */
  readonly includesOutboundDelivery: boolean;
  /**
   * How much of it: only the least expensive standard delivery (EU Art. 13(2)), or everything
   * paid for delivery (Brazil CDC Art. 49 sole paragraph: "a qualquer título"). Default standard.
   */
  readonly outboundDelivery?: 'standard' | 'all';
  /** Days the trader has to pay back; 0 means immediately. */
  readonly dueDays: number;
  /**
   * `dueDays` are business days (South Korea: 3 영업일): Monday to Friday in the customer's zone,
   * minus the days the `calendar` passed to `evaluateReturn` is closed (its public holidays).
   */
  readonly businessDays?: boolean;
  /**
   * Counted from the withdrawal notice, from receipt of the returned goods, or from the goods
   * back or the consumer's evidence of sending them, whichever is first (UK reg. 34(6)).
   */
  readonly from: 'notice' | 'goods-received' | 'goods-back';
  /** The trader may wait until the goods, or proof of sending, arrive (EU Art. 13(3)). */
  readonly mayWithholdUntilGoodsBack: boolean;
  /**
   * Where the trader offered to collect the goods, or no goods were supplied, the refund runs from
   * the notice and is not withheld (EU Art. 13(3) "unless the trader has offered to collect";
   * UK reg. 34(5)). Absent: no such rule is encoded.
   */
  readonly fromNoticeWhenCollected?: Provenance;
  /** The consumer bears no cost but the direct return cost: no restocking fee (EU Art. 9(1), 14). */
  readonly noOtherCharges: boolean;
  readonly provenance: Provenance;
};

/** Who pays the direct cost of sending goods back after a withdrawal. */
export type StatutoryReturnCost = {
  readonly payer: 'consumer' | 'trader';
  /** The trader pays when it did not tell the consumer the cost is theirs (EU Art. 14(1)). */
  readonly traderPaysIfNotInformed: boolean;
  readonly provenance: Provenance;
};

/**
 * What the law lets the consumer demand first for faulty goods:
 * - `refund`: reject the goods for a full refund;
 * - `repair-or-replacement`: the goods are brought into conformity first; a price reduction or a
 *   refund only when that fails or is impossible;
 * - `depends-on-failure`: for a major failure the consumer chooses refund or replacement, for a
 *   minor one the seller may repair first (Australian Consumer Law).
 */
export type GuaranteeRemedy = 'refund' | 'repair-or-replacement' | 'depends-on-failure';

/** The legal guarantee for faulty or not-as-described goods. */
export type LegalGuarantee = {
  /** Months from delivery in which a lack of conformity must become apparent; absent when not fixed. */
  readonly months?: number;
  /**
   * Days after the day of delivery during which faulty goods may be rejected for a full refund
   * (the UK's short-term right to reject: 30). Absent where there is no such period.
   */
  readonly rejectDays?: number;
  /** The first remedy once `rejectDays` has passed (or from delivery); absent when not encoded. */
  readonly remedy?: GuaranteeRemedy;
  /** The source of `rejectDays` and `remedy`, when it is not `provenance`'s. */
  readonly remedyProvenance?: Provenance;
  /**
   * Perishable goods: the short-term right to reject ends when the goods can reasonably be
   * expected to perish, when that is sooner than `rejectDays` (UK CRA s. 22(4)). Read from the
   * line's `perishableUntil`. Absent: no such rule is encoded.
   */
  readonly rejectPerishable?: Provenance;
  /**
   * The burden of proof: a lack of conformity that becomes apparent within `months` of delivery is
   * presumed to have existed at delivery, unless the seller proves otherwise (Directive (EU)
   * 2019/771 Art. 11: one year, or two where a member state chose so, in `countries`).
   */
  readonly presumption?: {
    readonly months: number;
    readonly provenance: Provenance;
    /** Member states with a period of their own (Art. 11(2)), by ISO 3166-1 code. */
    readonly countries?: Readonly<
      Record<string, { readonly months: number; readonly provenance: Provenance }>
    >;
  };
  /**
   * The remedy follows the failure the caller finds (`majorFailure` on a request line): for a
   * major failure the consumer may reject the goods and choose a refund or a replacement, for a
   * minor one the supplier may remedy first (Australian Consumer Law ss. 259–263). Absent: not
   * encoded.
   */
  readonly failureRemedies?: {
    readonly major: GuaranteeRemedy;
    readonly minor: GuaranteeRemedy;
    readonly provenance: Provenance;
  };
  readonly provenance: Provenance;
};

/**
 * A right to return goods that differ from what was advertised or contracted, within `months`
 * of supply and `days` of when the consumer learned or could have learned of it, whichever ends
 * first (South Korea, E-Commerce Act Art. 17(3)). Applies to lines returned as `not-as-described`
 * or `wrong-item`; the day of learning is the request line's `apparentAt` (default: the notice).
 */
export type NotAsDescribedRight = {
  readonly months: number;
  readonly days: number;
  readonly provenance: Provenance;
};

/** A jurisdiction's consumer law on distance-sale returns, as data. */
export type StatutoryRegime = {
  readonly code: string;
  readonly name: string;
  readonly countries: readonly CountryCode[];
  readonly withdrawal: WithdrawalRight | null;
  /** Why there is no withdrawal right, when there is none. */
  readonly noWithdrawalProvenance?: Provenance;
  readonly refund: StatutoryRefund | null;
  readonly returnCost: StatutoryReturnCost | null;
  readonly guarantee: LegalGuarantee | null;
  /** Goods not as advertised or contracted (South Korea Art. 17(3)); absent: not encoded. */
  readonly notAsDescribed?: NotAsDescribedRight;
  /**
   * Prices shown to consumers must include taxes (EU Directive 2011/83/EU Art. 6(1)(e), UK SI
   * 2013/3134 Sch. 2): an order that does not say otherwise is read as tax-inclusive.
   */
  readonly consumerPricesIncludeTax?: Provenance;
};

/**
 * The notes of a regime's entries by the path of each entry's provenance in the regime:
 * property names joined by dots, an exception named by its kind
 * (`withdrawal.exceptions.sealed-hygiene.provenance`). Read them with `withNotes` from
 * `@meridian-cx/returns/notes`.
 */
export type RegimeNotes = Readonly<Record<string, string>>;
