import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Accept a Konbini payment (Checkout)',
  'https://stripe.com/docs/payments/konbini/accept-a-payment',
);
const stripeApi = source(
  'stripe',
  'Stripe API: payment_method_options.konbini.expires_after_days (stripe-ruby reference)',
  'https://rubydoc.info/gems/stripe/Stripe/Checkout/SessionCreateParams/PaymentMethodOptions/Konbini',
);
const worldline = source(
  'worldline',
  'Worldline Connect: Konbini, additional information',
  'https://docs.connect.worldline-solutions.com/payment-product/konbini/additional-information',
);

/** Konbini: a payment code paid in cash at a Japanese convenience store. */
export const konbini: PaymentMethodInput = {
  id: 'konbini',
  name: 'Konbini',
  category: fact('cash-voucher', STRIPE_CATEGORIES, 'Listed under Vouchers.'),
  countries: fact(['JP'], stripe),
  currencies: fact(['JPY'], stripe, 'All line items must be in JPY.'),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'A payment code and confirmation number, paid at the store.',
  ),
  providers: [
    {
      provider: 'stripe',
      recurring: fact(false, stripe, '"recurring subscription plans are not supported".'),
      voucherExpiry: fact(
        { defaultDays: 3, minDays: 1, maxDays: 60 },
        stripeApi,
        '"between 1 and 60"; "Defaults to 3 days"; ends 23:59:59 JST.',
      ),
    },
    {
      provider: 'worldline',
      max: fact([limit('299999', 'JPY')], worldline),
      refund: fact(
        'to-bank-account',
        worldline,
        '"Konbini does not support refunds via the same payment options and can only be done via bank transfer."',
      ),
      recurring: fact(false, worldline),
      voucherExpiry: fact(
        { defaultDays: 7 },
        worldline,
        '"As a default we have configured that a Payment reference will expire after 7 days."',
      ),
    },
  ],
};
