// The shape of one payment method: what it is, where shoppers use it, and the terms at each
// provider that offers it. Every field is a sourced fact; a field nobody could source is absent.

import * as z from 'zod/mini';
import { CountrySchema, CurrencySchema, MoneyInputSchema } from './codes.js';
import { factSchema, IsoDateSchema, MethodIdSchema, ProviderIdSchema } from './fact.js';

/** The categories of payment method (the list, in the words checkout teams use). */
export const METHOD_CATEGORIES = [
  'card',
  'wallet',
  'bank-redirect',
  'real-time-bank-payment',
  'bank-transfer',
  'direct-debit',
  'bnpl',
  'cash-voucher',
  'carrier-billing',
] as const;

/** zod schema of a method category. */
export const MethodCategorySchema = z.enum(METHOD_CATEGORIES);

/**
 * How a method fits a device. `mobile`: `preferred` (mobile-first: the app is the flow),
 * `supported`, `unsupported`. `desktop`: `supported` (redirect or form), `qr` (the shopper scans
 * a code with the phone), `unsupported`.
 */
export const DeviceFitSchema = z.object({
  mobile: z.enum(['preferred', 'supported', 'unsupported']),
  desktop: z.enum(['supported', 'qr', 'unsupported']),
});

/** A non-negative amount in minor units (a limit). */
export const LimitSchema = z
  .extend(MoneyInputSchema, {})
  .check(z.refine((m) => m.amount >= 0, { error: 'A limit is an amount ≥ 0 in minor units.' }));

/** A refund window: so many days, or so many calendar months, after the payment. */
export const RefundWindowSchema = z.union([
  z.object({ days: z.int().check(z.minimum(1)) }),
  z.object({ months: z.int().check(z.minimum(1)) }),
]);

/**
 * What a provider can do for a refund: `full-and-partial`, `full` (partial refunds not supported or not stated: treated as unavailable), `none` (no refund through
 * the provider at all), `to-bank-account` (the provider pays the refund to a bank account that the
 * customer supplies, not back to the method).
 */
export const RefundSupportSchema = z.enum(['full-and-partial', 'full', 'none', 'to-bank-account']);

/** How long until the merchant knows the payment succeeded. */
export const ConfirmationSchema = z.object({
  timing: z.enum(['real-time', 'delayed']),
  upToBusinessDays: z.optional(z.int().check(z.minimum(0))),
  upToMinutes: z.optional(z.int().check(z.minimum(0))),
});

/** How long a cash voucher can be paid: the default, and the range a merchant may set. */
export const VoucherExpirySchema = z.object({
  defaultDays: z.optional(z.int().check(z.minimum(0))),
  minDays: z.optional(z.int().check(z.minimum(0))),
  maxDays: z.optional(z.int().check(z.minimum(0))),
});

/** The terms of one provider for one method; each field sourced, each optional. */
export const ProviderTermsSchema = z.object({
  provider: ProviderIdSchema,
  currencies: z.optional(factSchema(z.array(CurrencySchema).check(z.minLength(1)))),
  /** The smallest amount, one entry per currency the source gives. */
  min: z.optional(factSchema(z.array(LimitSchema).check(z.minLength(1)))),
  /** The largest amount, one entry per currency the source gives. */
  max: z.optional(factSchema(z.array(LimitSchema).check(z.minLength(1)))),
  refund: z.optional(factSchema(RefundSupportSchema)),
  refundWindow: z.optional(factSchema(RefundWindowSchema)),
  recurring: z.optional(factSchema(z.boolean())),
  confirmation: z.optional(factSchema(ConfirmationSchema)),
  voucherExpiry: z.optional(factSchema(VoucherExpirySchema)),
  availableFrom: z.optional(factSchema(IsoDateSchema)),
  availableUntil: z.optional(factSchema(IsoDateSchema)),
  successor: z.optional(factSchema(MethodIdSchema)),
});

/** How popular a method is in one country: its rank among online methods, or its share. */
export const PopularitySchema = z.object({
  country: CountrySchema,
  /**
   * What the rank or share is measured among, as the source says: `all` online payment methods,
   * `wallets`, `mobile` payment apps, `bank` payment methods, `bnpl` providers, or `unstated`.
   * Only `all` ranks and shares order a recommendation first; the others come after them.
   */
  scope: z.enum(['all', 'wallets', 'mobile', 'bank', 'bnpl', 'unstated']),
  rank: z.optional(factSchema(z.int().check(z.minimum(1)))),
  share: z.optional(factSchema(z.number().check(z.gt(0), z.lte(100)))),
});

/** zod schema of one payment method of the dataset. */
export const PaymentMethodSchema = z.object({
  id: MethodIdSchema,
  name: z.string().check(z.minLength(1)),
  category: factSchema(MethodCategorySchema),
  /** Where shoppers use it, the main market first. */
  countries: factSchema(z.array(CountrySchema).check(z.minLength(1))),
  popularity: z.optional(z.array(PopularitySchema)),
  currencies: factSchema(z.array(CurrencySchema).check(z.minLength(1))),
  device: z.optional(factSchema(DeviceFitSchema)),
  availableFrom: z.optional(factSchema(IsoDateSchema)),
  /** The last day (UTC) on which the method took payments. */
  availableUntil: z.optional(factSchema(IsoDateSchema)),
  successor: z.optional(factSchema(MethodIdSchema)),
  providers: z.array(ProviderTermsSchema),
});
