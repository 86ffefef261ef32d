import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const airwallex = source(
  'airwallex',
  'Airwallex Docs: North America & LATAM online payment methods',
  'https://www.airwallex.com/docs/online-payments__us-and-latam__us',
);
const paypal = source(
  'paypal',
  'PayPal Developer: Supported alternative payment methods',
  'https://developer.paypal.com/limited-release/commerce-platform/accept-payments/apm/supported-apms',
);

/** ACH Direct Debit: debits from US bank accounts. */
export const achDirectDebit: PaymentMethodInput = {
  id: 'ach-direct-debit',
  name: 'ACH Direct Debit',
  category: fact('direct-debit', STRIPE_CATEGORIES, 'Listed under Bank debits.'),
  countries: fact(['US'], paypal),
  currencies: fact(['USD'], paypal),
  providers: [
    {
      provider: 'airwallex',
      refund: fact('full', airwallex, 'Refunds ✅ (partial not stated).'),
      recurring: fact(true, airwallex),
    },
    {
      provider: 'paypal',
      min: fact([limit('1', 'USD')], paypal),
      refund: fact('full', paypal, 'Refunds: Yes (partial not stated).'),
    },
  ],
};
