import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Wero payments',
  'https://docs.stripe.com/payments/wero',
);
const stripeCheckout = source(
  'stripe',
  'Stripe Docs: Accept a payment with Wero',
  'https://docs.stripe.com/payments/wero/accept-a-payment',
);
const worldline = source(
  'worldline',
  'Worldline Connect: Wero, countries and currencies',
  'https://docs.connect.worldline-solutions.com/payment-product/wero/countries-and-currencies',
);
const worldlineDirect = source(
  'worldline',
  'Worldline Direct: Wero',
  'https://docs.direct.worldline-solutions.com/payment-methods-and-features/payment-methods/wero',
);

/** Wero: the European Payments Initiative's wallet on bank accounts; iDEAL's successor. */
export const wero: PaymentMethodInput = {
  id: 'wero',
  name: 'Wero',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(
    ['DE', 'BE'],
    worldline,
    "Belgium and Germany; Worldline's FAQ: France and Luxembourg in the second half of 2026, the Netherlands migrating from the end of 2026.",
  ),
  currencies: fact(['EUR'], worldline),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    stripe,
    '"secure transactions on desktop and mobile devices"; the payment is confirmed in the Wero or banking app.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: fact(
        false,
        stripeCheckout,
        'Recurring payments: No; Checkout must be in payment mode.',
      ),
      confirmation: fact(
        { timing: 'real-time' },
        stripeCheckout,
        '"typically completes in under 10 seconds".',
      ),
    },
    {
      provider: 'worldline',
      refund: fact('full-and-partial', worldlineDirect, 'Partial, multiple and full refunds.'),
    },
  ],
};
