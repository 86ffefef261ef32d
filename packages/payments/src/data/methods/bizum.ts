import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const mollie = source(
  'mollie',
  'Mollie Docs: Bizum (gateway, beta)',
  'https://docs.mollie.com/docs/bizum',
);

/** Bizum: Spain's mobile payment solution, confirmed in the banking app. */
export const bizum: PaymentMethodInput = {
  id: 'bizum',
  name: 'Bizum',
  category: fact('real-time-bank-payment', STRIPE_CATEGORIES, 'Listed under Real-time payments.'),
  countries: fact(['ES', 'AD'], mollie),
  currencies: fact(['EUR'], mollie),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    mollie,
    'A notification from the banking app verifies the payment.',
  ),
  providers: [
    {
      provider: 'mollie',
      min: fact([limit('0.50', 'EUR')], mollie),
      max: fact([limit('2000', 'EUR')], mollie),
    },
  ],
};
