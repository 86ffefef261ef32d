import type { PaymentMethodInput } from '../../types.js';
import { DATASET_COUNTRIES } from '../countries.js';
import { fact, limit, source } from '../sources.js';

const stripe = source('stripe', 'Stripe Docs: Cards', 'https://docs.stripe.com/payments/cards');
const payermax = source(
  'payermax',
  'PayerMax Docs: Latin America payment methods (cards)',
  'https://docs.payermax.com/doc-center/receipt/cashier/payment-method/latin-america.html',
);

/** Credit and debit cards (Visa, Mastercard and the other networks). */
export const card: PaymentMethodInput = {
  id: 'card',
  name: 'Credit and debit cards',
  category: fact('card', stripe),
  countries: fact(
    [...DATASET_COUNTRIES],
    stripe,
    'Stripe enables cards by default on every account and names no customer-location restriction; recorded for every country of this dataset.',
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
      'INR',
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
    "Cards are charged in the presentment currency; the list is the dataset's local currencies.",
  ),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'Customers enter card details at checkout.',
  ),
  providers: [
    {
      provider: 'stripe',
      recurring: fact(true, stripe, 'Cards can be saved and charged off-session.'),
      refund: fact('full-and-partial', stripe),
    },
    {
      provider: 'payermax',
      currencies: fact(['BRL'], payermax),
      min: fact([limit('1', 'BRL')], payermax),
      max: fact([limit('50000', 'BRL')], payermax, 'Local schemes HiperCard and ELO supported.'),
      refund: fact('full-and-partial', payermax),
    },
  ],
};
