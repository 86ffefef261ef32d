import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const worldpay = source(
  'worldpay',
  'Worldpay Docs: Swish',
  'https://docs.worldpay.com/access/products/apms/swish',
);

/** Swish: Sweden's mobile payment app, confirmed with BankID. */
export const swish: PaymentMethodInput = {
  id: 'swish',
  name: 'Swish',
  category: fact('real-time-bank-payment', STRIPE_CATEGORIES, 'Listed under Real-time payments.'),
  countries: fact(['SE'], worldpay),
  currencies: fact(['SEK'], worldpay),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    worldpay,
    'The shopper needs the Swish and BankID apps on the phone; a desktop browser hands over to the app.',
  ),
  providers: [
    {
      provider: 'worldpay',
      min: fact([limit('0.01', 'SEK')], worldpay),
      max: fact([limit('150000', 'SEK')], worldpay),
      refund: fact('full-and-partial', worldpay),
    },
  ],
};
