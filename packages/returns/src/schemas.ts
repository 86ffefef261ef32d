// zod schemas for everything that comes from outside: policies from a CMS, orders from the shop,
// return requests from a portal or a help desk, authority tables from HR. Written on zod/mini, the
// tree-shakable API, so a browser bundle carries only the checks it uses.
import * as z from 'zod/mini';
import {
  country,
  currency,
  flag,
  id,
  instant,
  isoDate,
  label,
  minorUnits,
  money,
  percent,
  units,
  wholeDays,
  zone,
} from './schemas/primitives.js';

/**
 * Why the customer sends an item back; the faulty ones follow the legal guarantee.
 *
 * @example
 * ReturnReasonCodeSchema.parse('defective');
 * @since 0.1.0
 */
export const ReturnReasonCodeSchema = /* @__PURE__ */ z.enum([
  'change-of-mind',
  'defective',
  'not-as-described',
  'wrong-item',
  'damaged-in-transit',
  'other',
]);

/**
 * How an item travels back.
 *
 * @example
 * ReturnMethodSchema.parse('drop-off');
 * @since 0.1.0
 */
export const ReturnMethodSchema = /* @__PURE__ */ z.enum([
  'prepaid-label',
  'drop-off',
  'in-store',
  'courier-pickup',
]);

/**
 * How the money comes back.
 *
 * @example
 * RefundMethodSchema.parse('store-credit');
 * @since 0.1.0
 */
export const RefundMethodSchema = /* @__PURE__ */ z.enum([
  'original-payment',
  'store-credit',
  'exchange',
]);

/**
 * The Art. 16-style exceptions a catalogue can declare on a line (see src/statutory).
 *
 * @example
 * ExceptionKindSchema.parse('sealed-hygiene');
 * @since 0.1.0
 */
export const ExceptionKindSchema = /* @__PURE__ */ z.enum([
  'service-fully-performed',
  'market-fluctuation',
  'made-to-specification',
  'perishable',
  'sealed-hygiene',
  'inseparably-mixed',
  'alcohol-market-value',
  'urgent-repair',
  'sealed-media',
  'newspaper',
  'public-auction',
  'dated-leisure-service',
  'digital-content-begun',
]);

const CategoryRuleSchema = /* @__PURE__ */ z.object({
  finalSale: z.optional(flag),
  nonReturnable: z.optional(flag),
  windowDays: z.optional(wholeDays),
});

const ReturnShippingSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('flat'),
    amount: money,
    /** The fee in other currencies, in minor units, for shops selling in several. */
    byCurrency: z.optional(z.record(z.string(), minorUnits)),
  }),
  z.object({ kind: z.literal('customer-label') }),
]);

/**
 * A merchant return policy as data, as a team keeps it in a CMS.
 *
 * @example
 * ReturnPolicySchema.parse({ id: 'std', windowDays: 30 }).transitBufferDays; // 5
 * @since 0.1.0
 */
export const ReturnPolicySchema = /* @__PURE__ */ z.object({
  id,
  windowDays: wholeDays,
  transitBufferDays: z._default(wholeDays, 5),
  extendToBusinessDay: z._default(flag, false),
  seasonalWindows: z._default(
    z.array(
      z.object({ id, purchasedFrom: isoDate, purchasedTo: isoDate, returnableUntil: isoDate }),
    ),
    [],
  ),
  nonReturnableCategories: z._default(z.array(label), []),
  categories: z._default(z.record(label, CategoryRuleSchema), {}),
  products: z._default(z.record(label, CategoryRuleSchema), {}),
  conditions: z.prefault(
    z.object({
      unused: z._default(flag, false),
      originalPackaging: z._default(flag, false),
      tagsAttached: z._default(flag, false),
    }),
    {},
  ),
  fees: z.prefault(
    z.object({
      restockingPercent: z._default(percent, 0),
      restockingWaivedFor: z._default(z.array(ReturnReasonCodeSchema), [
        'defective',
        'not-as-described',
        'wrong-item',
        'damaged-in-transit',
      ]),
      returnShipping: z._default(ReturnShippingSchema, { kind: 'free' }),
      freeReturnTiers: z._default(z.array(label), []),
    }),
    {},
  ),
  returnMethods: z.prefault(
    z.object({
      default: z._default(z.array(ReturnMethodSchema).check(z.minLength(1)), ['prepaid-label']),
      byCountry: z._default(
        z.record(z.string(), z.array(ReturnMethodSchema).check(z.minLength(1))),
        {},
      ),
    }),
    {},
  ),
  refundMethods: z.prefault(
    z.object({
      methods: z._default(z.array(RefundMethodSchema).check(z.minLength(1)), ['original-payment']),
      storeCreditBonusPercent: z._default(percent, 0),
    }),
    {},
  ),
  refundTiming: z.optional(
    z.object({
      hoursAfterReceipt: z.number().check(z.positive(), z.maximum(24 * 365)),
    }),
  ),
  refundsOutboundShipping: z._default(flag, false),
});

const OrderLineSchema = /* @__PURE__ */ z.object({
  id,
  sku: label,
  category: z.optional(label),
  /**
   * The price of one unit as the customer saw it. Whether it includes tax is the order's
   * `pricesIncludeTax`.
   */
  unitPrice: money,
  quantity: units,
  /** The tax on the whole line (all its units), in the order's currency. */
  tax: z.optional(money),
  exceptions: z._default(z.array(ExceptionKindSchema), []),
  /**
   * Perishable goods: the last day they can reasonably be expected to last (a use-by date). The
   * UK's short-term right to reject faulty goods ends then when that is sooner than its 30 days
   * (Consumer Rights Act 2015 s. 22(4)).
   */
  perishableUntil: z.optional(isoDate),
  /**
   * Digital content not supplied on a tangible medium (a download, a licence key by e-mail): the
   * EU and UK periods run from the conclusion of the contract (Directive 2011/83/EU Art. 9(2)(c)),
   * and without a shipment the line counts as supplied when the order was placed. Whether the
   * consumer consented to immediate performance is the Art. 16(m) exception, declared apart
   * (`exceptions: ['digital-content-begun']`).
   */
  digitalContent: z.optional(flag),
});

const ShipmentSchema = /* @__PURE__ */ z.object({
  id,
  lines: z.array(z.object({ lineId: id, quantity: units })).check(z.minLength(1)),
  fulfilledAt: z.optional(instant),
  deliveredAt: z.optional(instant),
});

/**
 * An order as the shop knows it: lines, shipments, discounts, shipping, the customer.
 *
 * @example
 * OrderSchema.safeParse(webhookBody).success;
 * @since 0.1.0
 */
export const OrderSchema = /* @__PURE__ */ z
  .object({
    id,
    currency,
    placedAt: instant,
    customer: z.object({
      id: z.optional(label),
      country,
      subdivision: z.optional(label),
      zone,
      type: z._default(z.enum(['consumer', 'business']), 'consumer'),
      tier: z.optional(label),
    }),
    channel: z._default(z.enum(['distance', 'in-store']), 'distance'),
    /** A contract for regular delivery of goods over a defined period (a subscription box). */
    regularDelivery: z._default(flag, false),
    lines: z.array(OrderLineSchema).check(z.minLength(1, 'An order has at least one line.')),
    shipments: z._default(z.array(ShipmentSchema), []),
    discount: z.optional(money),
    shipping: z.optional(z.object({ charged: money, standardDelivery: z.optional(money) })),
    /**
     * Whether the line prices include the tax on each line (`tax`): then the refund's tax is part of
     * the refunded prices, not added on top. Default: as the consumer's law requires of consumer
     * prices (EU, UK: included), else not included.
     */
    pricesIncludeTax: z.optional(flag),
    withdrawalInfoGiven: z._default(flag, true),
    /**
     * When the consumer received the information on the right of withdrawal, when the trader gave
     * it after the contract was made: the period then ends 14 days after that day if that is later
     * (EU Directive 2011/83/EU Art. 10(2), UK SI 2013/3134 reg. 31). Overrides `withdrawalInfoGiven`.
     */
    withdrawalInfoReceivedAt: z.optional(instant),
    returnCostInfoGiven: z._default(flag, true),
    returnPolicyDisplayed: z._default(flag, true),
  })
  .check(
    z.superRefine((order, ctx) => {
      const seen = new Set<string>();
      order.lines.forEach((line, i) => {
        if (seen.has(line.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', i, 'id'],
            message: `Line id ${JSON.stringify(line.id)} appears twice: give every order line its own id (it would be refunded twice).`,
            input: line.id,
          });
        }
        seen.add(line.id);
      });
    }),
  );

/**
 * What the customer declares, or the agent records, about a returned item's condition.
 *
 * @example
 * ItemConditionSchema.parse({ unused: true, unsealed: false });
 * @since 0.1.0
 */
export const ItemConditionSchema = /* @__PURE__ */ z.object({
  unused: z.optional(flag),
  originalPackaging: z.optional(flag),
  tagsAttached: z.optional(flag),
  unsealed: z.optional(flag),
  /**
   * What the returned units lost through handling beyond what was needed to try them, as the
   * merchant assessed it at inspection (EU Art. 14(2)), in the order's currency.
   */
  diminishedValue: z.optional(money),
});

/**
 * A return request: which lines, how many units, why, and when the customer said so.
 *
 * @example
 * ReturnRequestSchema.safeParse(formBody).success;
 * @since 0.1.0
 */
export const ReturnRequestSchema = /* @__PURE__ */ z.object({
  id: z.optional(id),
  orderId: id,
  noticeAt: instant,
  lines: z
    .array(
      z.object({
        lineId: id,
        quantity: units,
        reason: z._default(ReturnReasonCodeSchema, 'change-of-mind'),
        condition: z._default(ItemConditionSchema, {}),
        /**
         * When the fault became apparent, or the consumer learned (or could have learned) that the
         * goods differ from the advertisement or the contract: the burden of proof (Directive (EU)
         * 2019/771 Art. 11) and Korea's 30 days (Art. 17(3)) count from it. Default: the notice.
         */
        apparentAt: z.optional(instant),
        /**
         * The failure is major (Australian Consumer Law s. 260) or not, as the agent or an
         * inspection found: decides the remedy where the law makes it depend on the failure.
         */
        majorFailure: z.optional(flag),
      }),
    )
    .check(z.minLength(1, 'A return request names at least one line.')),
  refundMethod: z.optional(RefundMethodSchema),
  returnMethod: z.optional(ReturnMethodSchema),
  receivedAt: z.optional(instant),
  proofOfSendingAt: z.optional(instant),
  /**
   * The trader offered to collect the goods itself: the law's refund clock then runs from the
   * notice and the refund may not wait for the goods (EU Art. 13(3), UK reg. 34(5)).
   */
  traderCollects: z.optional(flag),
});

/**
 * The public holidays of one country, as dates: what the law's period rules need to know.
 *
 * @example
 * PublicHolidaysSchema.parse({ country: 'DE', dates: ['2026-04-06'] });
 * @since 0.1.0
 */
export const PublicHolidaysSchema = /* @__PURE__ */ z.object({ country, dates: z.array(isoDate) });

/**
 * Roles and the refund each may grant alone, per currency, in minor units.
 *
 * @example
 * AuthorityTableSchema.parse({ roles: [{ role: 'agent', limits: { EUR: { refund: 10000 } } }] });
 * @since 0.1.0
 */
export const AuthorityTableSchema = /* @__PURE__ */ z.object({
  roles: z
    .array(
      z.object({
        role: label,
        limits: z.record(
          z.string(),
          z.object({ refund: minorUnits, discount: z.optional(minorUnits) }),
        ),
      }),
    )
    .check(z.minLength(1)),
});
