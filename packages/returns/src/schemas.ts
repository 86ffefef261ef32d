// zod schemas for everything that comes from outside: policies from a CMS, orders from the shop,
// return requests from a portal or a help desk, authority tables from HR.
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  InstantSchema,
  isTimeZone,
  MoneySchema,
} from '@meridian-cx/core';
import { z } from 'zod';

const id = z.string().min(1, 'An id cannot be empty.');
const wholeDays = z.number().int('Days are whole numbers.').min(0, 'Days cannot be negative.');
const percent = z
  .number()
  .min(0, 'A percentage cannot be negative.')
  .max(100, 'A percentage is at most 100.');
const isoDate = z.iso.date({ error: 'Write dates as YYYY-MM-DD.' });

/**
 * Why the customer sends an item back; the faulty ones follow the legal guarantee.
 *
 * @example
 * ReturnReasonCodeSchema.parse('defective');
 * @since 0.1.0
 */
export const ReturnReasonCodeSchema = z.enum([
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
export const ReturnMethodSchema = z.enum([
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
export const RefundMethodSchema = z.enum(['original-payment', 'store-credit', 'exchange']);

/**
 * The Art. 16-style exceptions a catalogue can declare on a line (see src/statutory).
 *
 * @example
 * ExceptionKindSchema.parse('sealed-hygiene');
 * @since 0.1.0
 */
export const ExceptionKindSchema = z.enum([
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

const CategoryRuleSchema = z.object({
  finalSale: z.boolean().optional(),
  nonReturnable: z.boolean().optional(),
  windowDays: wholeDays.optional(),
});

const ReturnShippingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('flat'),
    amount: MoneySchema,
    /** The fee in other currencies, in minor units, for shops selling in several. */
    byCurrency: z.record(z.string(), z.number().int().min(0)).optional(),
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
export const ReturnPolicySchema = z.object({
  id,
  windowDays: wholeDays,
  transitBufferDays: wholeDays.default(5),
  extendToBusinessDay: z.boolean().default(false),
  seasonalWindows: z
    .array(
      z.object({
        id,
        purchasedFrom: isoDate,
        purchasedTo: isoDate,
        returnableUntil: isoDate,
      }),
    )
    .default([]),
  nonReturnableCategories: z.array(z.string().min(1)).default([]),
  categories: z.record(z.string().min(1), CategoryRuleSchema).default({}),
  products: z.record(z.string().min(1), CategoryRuleSchema).default({}),
  conditions: z
    .object({
      unused: z.boolean().default(false),
      originalPackaging: z.boolean().default(false),
      tagsAttached: z.boolean().default(false),
    })
    .prefault({}),
  fees: z
    .object({
      restockingPercent: percent.default(0),
      restockingWaivedFor: z
        .array(ReturnReasonCodeSchema)
        .default(['defective', 'not-as-described', 'wrong-item', 'damaged-in-transit']),
      returnShipping: ReturnShippingSchema.default({ kind: 'free' }),
      freeReturnTiers: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  returnMethods: z
    .object({
      default: z.array(ReturnMethodSchema).min(1).default(['prepaid-label']),
      byCountry: z.record(z.string(), z.array(ReturnMethodSchema).min(1)).default({}),
    })
    .prefault({}),
  refundMethods: z
    .object({
      methods: z.array(RefundMethodSchema).min(1).default(['original-payment']),
      storeCreditBonusPercent: percent.default(0),
    })
    .prefault({}),
  refundTiming: z
    .object({
      hoursAfterReceipt: z
        .number()
        .positive()
        .max(24 * 365),
    })
    .optional(),
  refundsOutboundShipping: z.boolean().default(false),
});

const OrderLineSchema = z.object({
  id,
  sku: z.string().min(1),
  category: z.string().min(1).optional(),
  unitPrice: MoneySchema,
  quantity: z.number().int().positive('An order line has at least one unit.'),
  tax: MoneySchema.optional(),
  exceptions: z.array(ExceptionKindSchema).default([]),
});

const ShipmentSchema = z.object({
  id,
  lines: z.array(z.object({ lineId: id, quantity: z.number().int().positive() })).min(1),
  fulfilledAt: InstantSchema.optional(),
  deliveredAt: InstantSchema.optional(),
});

/**
 * An order as the shop knows it: lines, shipments, discounts, shipping, the customer.
 *
 * @example
 * OrderSchema.safeParse(webhookBody).success;
 * @since 0.1.0
 */
export const OrderSchema = z.object({
  id,
  currency: CurrencyCodeSchema,
  placedAt: InstantSchema,
  customer: z.object({
    id: z.string().min(1).optional(),
    country: CountryCodeSchema,
    subdivision: z.string().min(1).optional(),
    zone: z.string().refine(isTimeZone, {
      error: 'Use an IANA time zone name such as "Europe/Berlin", not an abbreviation or offset.',
    }),
    type: z.enum(['consumer', 'business']).default('consumer'),
    tier: z.string().min(1).optional(),
  }),
  channel: z.enum(['distance', 'in-store']).default('distance'),
  /** A contract for regular delivery of goods over a defined period (a subscription box). */
  regularDelivery: z.boolean().default(false),
  lines: z.array(OrderLineSchema).min(1),
  shipments: z.array(ShipmentSchema).default([]),
  discount: MoneySchema.optional(),
  shipping: z.object({ charged: MoneySchema, standardDelivery: MoneySchema.optional() }).optional(),
  withdrawalInfoGiven: z.boolean().default(true),
  returnCostInfoGiven: z.boolean().default(true),
  returnPolicyDisplayed: z.boolean().default(true),
});

/**
 * What the customer declares, or the agent records, about a returned item's condition.
 *
 * @example
 * ItemConditionSchema.parse({ unused: true, unsealed: false });
 * @since 0.1.0
 */
export const ItemConditionSchema = z.object({
  unused: z.boolean().optional(),
  originalPackaging: z.boolean().optional(),
  tagsAttached: z.boolean().optional(),
  unsealed: z.boolean().optional(),
  /**
   * What the returned units lost through handling beyond what was needed to try them, as the
   * merchant assessed it at inspection (EU Art. 14(2)), in the order's currency.
   */
  diminishedValue: MoneySchema.refine((m) => m.amount >= 0, {
    message: 'A diminished value cannot be negative.',
    path: ['amount'],
  }).optional(),
});

/**
 * A return request: which lines, how many units, why, and when the customer said so.
 *
 * @example
 * ReturnRequestSchema.safeParse(formBody).success;
 * @since 0.1.0
 */
export const ReturnRequestSchema = z.object({
  id: id.optional(),
  orderId: id,
  noticeAt: InstantSchema,
  lines: z
    .array(
      z.object({
        lineId: id,
        quantity: z.number().int().positive('Return at least one unit.'),
        reason: ReturnReasonCodeSchema.default('change-of-mind'),
        condition: ItemConditionSchema.default({}),
      }),
    )
    .min(1, 'A return request names at least one line.'),
  refundMethod: RefundMethodSchema.optional(),
  returnMethod: ReturnMethodSchema.optional(),
  receivedAt: InstantSchema.optional(),
  proofOfSendingAt: InstantSchema.optional(),
});

/**
 * Roles and the refund each may grant alone, per currency, in minor units.
 *
 * @example
 * AuthorityTableSchema.parse({ roles: [{ role: 'agent', limits: { EUR: { refund: 10000 } } }] });
 * @since 0.1.0
 */
export const AuthorityTableSchema = z.object({
  roles: z
    .array(
      z.object({
        role: z.string().min(1),
        limits: z.record(
          z.string(),
          z.object({
            refund: z.number().int().min(0),
            discount: z.number().int().min(0).optional(),
          }),
        ),
      }),
    )
    .min(1),
});
