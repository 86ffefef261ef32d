import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { disputed, fact, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: giropay payments (deprecated)',
  'https://docs.stripe.com/payments/giropay',
);
const worldline = source(
  'worldline',
  'Worldline Direct: Wero',
  'https://docs.direct.worldline-solutions.com/payment-methods-and-features/payment-methods/wero',
);
const mangopay = source(
  'mangopay',
  'Mangopay Docs: Giropay',
  'https://docs.mangopay.com/guides/payment-methods/giropay',
);

/** giropay: German online banking; it ended on 30 June 2024. Worldline names Wero as its successor; Mangopay says there is none. */
export const giropay: PaymentMethodInput = {
  id: 'giropay',
  name: 'giropay',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(['DE'], stripe),
  popularity: [
    {
      country: 'DE',
      scope: 'all',
      share: fact(
        10,
        stripe,
        '"giropay accounts for 10% of online checkouts in Germany" (before it ended).',
      ),
    },
  ],
  currencies: fact(['EUR'], stripe),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'Redirect to online banking.',
  ),
  availableUntil: fact(
    '2024-06-30',
    stripe,
    '"No new business onboarding or transactions will be possible after June 30, 2024."',
  ),
  successor: disputed(
    fact('wero', worldline, '"Wero ... replacing Giropay and soon Payconiq and iDEAL".'),
    fact('none', mangopay, 'Paydirekt ceased giropay "without providing a direct alternative".'),
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / yes.'),
      recurring: fact(false, stripe),
      availableUntil: fact('2024-06-30', stripe),
    },
    {
      provider: 'mangopay',
      refund: fact(
        'full-and-partial',
        mangopay,
        'Refunds: Yes; "Refunds will be possible for one year" after 1 July 2024.',
      ),
      refundWindow: fact(
        { months: 12 },
        mangopay,
        'Read as: refunds stay possible for a year after the end; the page gives no per-payment window.',
      ),
      recurring: fact(false, mangopay),
      availableUntil: fact(
        '2024-06-30',
        mangopay,
        '"Giropay no longer available after June 30, 2024"; "Effective July 1, 2024: Pay-ins will fail".',
      ),
    },
  ],
};
