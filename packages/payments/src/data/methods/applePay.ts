import type { PaymentMethodInput } from '../../types.js';
import { DATASET_COUNTRIES } from '../countries.js';
import { fact, limit, source } from '../sources.js';

const stripe = source('stripe', 'Stripe Docs: Apple Pay', 'https://docs.stripe.com/apple-pay');
const paypal = source(
  'paypal',
  'PayPal Developer: Payment methods',
  'https://developer.paypal.com/docs/business/payment-methods/',
);
const paypalApm = source(
  'paypal',
  'PayPal Developer: Supported alternative payment methods',
  'https://developer.paypal.com/limited-release/commerce-platform/accept-payments/apm/supported-apms',
);

/** Apple Pay: cards in the Apple Wallet, on iPhone, iPad, Mac and Apple Watch. */
export const applePay: PaymentMethodInput = {
  id: 'apple-pay',
  name: 'Apple Pay',
  category: fact('wallet', stripe, 'Payment method family: Wallet.'),
  countries: fact(
    DATASET_COUNTRIES.filter((c) => c !== 'IN'),
    stripe,
    'Customer locations: "Worldwide except India".',
  ),
  currencies: fact(
    [
      'EUR',
      'USD',
      'GBP',
      'PLN',
      'CHF',
      'SEK',
      'DKK',
      'NOK',
      'TRY',
      'CAD',
      'MXN',
      'BRL',
      'ARS',
      'CLP',
      'COP',
      'CNY',
      'HKD',
      'TWD',
      'JPY',
      'KRW',
      'IDR',
      'THB',
      'MYR',
      'PHP',
      'SGD',
      'VND',
      'AUD',
      'NZD',
      'AED',
      'SAR',
      'ZAR',
      'NGN',
      'EGP',
      'KES',
    ],
    stripe,
    "Stripe's presentment currencies; the list is the dataset's local currencies.",
  ),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    stripe,
    'iOS apps and Safari on iOS and macOS, on devices that support Apple Pay.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: fact(true, stripe),
    },
    {
      provider: 'paypal',
      currencies: fact(['USD'], paypal, 'PayPal lists Apple Pay for the US.'),
      min: fact([limit('1', 'USD')], paypalApm),
      refund: fact('full', paypal, '"Up to 180 days"; partial refunds not stated.'),
      refundWindow: fact({ days: 180 }, paypal),
    },
  ],
};
