import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const dodo = source(
  'dodo',
  'Dodo Payments: Buy Now Pay Later',
  'https://docs.dodopayments.com/features/payment-methods/bnpl',
);

/** Klarna: buy now, pay later (pay in 4, in 30 days, financing) in the US and much of Europe. */
export const klarna: PaymentMethodInput = {
  id: 'klarna',
  name: 'Klarna',
  category: fact('bnpl', dodo),
  countries: fact(
    [
      'DE',
      'SE',
      'AT',
      'BE',
      'CZ',
      'DK',
      'FI',
      'FR',
      'GR',
      'IE',
      'IT',
      'NL',
      'NO',
      'PL',
      'PT',
      'RO',
      'ES',
      'CH',
      'GB',
      'US',
    ],
    dodo,
    '"US + 19 European countries".',
  ),
  currencies: fact(['EUR', 'USD', 'GBP', 'DKK', 'NOK', 'SEK', 'CZK', 'RON', 'PLN', 'CHF'], dodo),
  providers: [
    {
      provider: 'dodo',
      min: fact([limit('50.01', 'USD')], dodo, '"$50.01 (or equivalent)".'),
      recurring: fact(false, dodo, 'Subscriptions: No.'),
    },
  ],
};
