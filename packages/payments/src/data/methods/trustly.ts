import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const mollie = source('mollie', 'Mollie Docs: Trustly', 'https://docs.mollie.com/docs/trustly');

/** Trustly: pay-by-bank across Europe, confirmed in online banking. */
export const trustly: PaymentMethodInput = {
  id: 'trustly',
  name: 'Trustly',
  category: fact(
    'bank-redirect',
    mollie,
    '"a popular bank transfer payment provider in Europe"; confirmed in online banking.',
  ),
  countries: fact(
    ['SE', 'FI', 'NO', 'DK', 'DE', 'AT', 'NL', 'EE', 'LT', 'LV', 'GB'],
    mollie,
    'AT, DE, DK, EE, FI, LT, LV, NL, NO, SE, UK.',
  ),
  currencies: fact(['EUR', 'SEK', 'NOK', 'DKK', 'GBP'], mollie),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    mollie,
    'Confirmed with the online banking app.',
  ),
  providers: [
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'EUR')], mollie, 'EUR 0.01 or equivalent.'),
      max: fact(
        [
          limit('50000', 'EUR'),
          limit('25000', 'GBP'),
          limit('595000', 'NOK'),
          limit('580000', 'SEK'),
          limit('375000', 'DKK'),
        ],
        mollie,
        'EUR 50,000; GBP 25,000; NOK 595,000; SEK 580,000; DKK 375,000.',
      ),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 365 }, mollie),
      recurring: fact(false, mollie, 'No, but usable as the first payment of a recurring series.'),
    },
  ],
};
