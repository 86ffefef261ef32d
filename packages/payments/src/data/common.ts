// Sources shared by many method files: the category taxonomies the providers publish.
import { source } from './sources.js';

/** Stripe's own grouping of payment methods (the "Payment method types" navigation). */
export const STRIPE_CATEGORIES = source(
  'stripe',
  'Stripe Docs: Supported payment methods (categories)',
  'https://docs.stripe.com/payments/payment-methods/overview',
);
