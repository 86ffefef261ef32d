// Types inferred from the schemas: what a user writes and what the functions return.
import type * as z from 'zod/mini';
import type {
  PaymentDatasetSchema,
  PricePresentationSchema,
  ProviderSchema,
  RefundDetailsSchema,
} from './schemas/dataset.js';
import type {
  DeviceFitSchema,
  PaymentMethodSchema,
  ProviderTermsSchema,
  RefundSupportSchema,
  RefundWindowSchema,
} from './schemas/method.js';

/** One sourced claim: the value, who it speaks for, the source, the day it was checked. */
export type Claim<T> = {
  value: T;
  /** The provider (or `scheme`, or the publisher of a market figure) the claim speaks for. */
  speaksFor: string;
  source: { title: string; url: string; pinpoint?: string };
  /** The day the claim was checked, YYYY-MM-DD. */
  asOf: string;
  note?: string;
};
/** A sourced fact: the claim used, and the other claims where sources disagree (not used). */
export type Fact<T> = Claim<T> & { alternatives?: Claim<T>[] };
/** A payment method of the dataset. */
export type PaymentMethod = z.output<typeof PaymentMethodSchema>;
/** One provider's terms for one method. */
export type ProviderTerms = z.output<typeof ProviderTermsSchema>;
/** A provider the dataset knows. */
export type Provider = z.output<typeof ProviderSchema>;
/** A country's price-presentation rule. */
export type PricePresentation = z.output<typeof PricePresentationSchema>;
/** The bank details a refund by transfer needs in one country. */
export type RefundDetails = z.output<typeof RefundDetailsSchema>;
/** How a method fits mobile and desktop. */
export type DeviceFit = z.output<typeof DeviceFitSchema>;
/** What a provider can do for a refund. */
export type RefundSupport = z.output<typeof RefundSupportSchema>;
/** A refund window in days or months. */
export type RefundWindow = z.output<typeof RefundWindowSchema>;
/** A whole dataset, as written. */
export type PaymentDatasetInput = z.input<typeof PaymentDatasetSchema>;
/** A validated dataset: what `definePaymentDataset` and `parsePaymentDataset` return. */
export type PaymentDataset = z.output<typeof PaymentDatasetSchema> & { readonly __validated: true };
/** A payment method as written in a data file or an override (before validation). */
export type PaymentMethodInput = z.input<typeof PaymentMethodSchema>;
