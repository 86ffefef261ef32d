import type { PaymentMethodInput } from '../../types.js';
import { DATASET_COUNTRIES } from '../countries.js';
import { fact, source } from '../sources.js';

const stripe = source('stripe', 'Stripe Docs: Google Pay', 'https://docs.stripe.com/google-pay');

/** Google Pay: cards saved to a Google account, in Android apps and Chrome. */
export const googlePay: PaymentMethodInput = {
  id: 'google-pay',
  name: 'Google Pay',
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
    'Android apps and websites (Chrome).',
  ),
  providers: [{ provider: 'stripe', recurring: fact(true, stripe, 'Recurring payments: Yes.') }],
};
