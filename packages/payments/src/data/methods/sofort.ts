import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Remove and replace SOFORT in your integration',
  'https://docs.stripe.com/payments/sofort/accept-a-payment',
);
const airwallex = source(
  'airwallex',
  'Airwallex Docs: Sofort',
  'https://www.airwallex.com/docs/payments__eu-and-uk__sofort.',
);
const mangopay = source(
  'mangopay',
  'Mangopay API reference: Web Direct Debit PayIns (Sofort)',
  'https://docs.mangopay.com/api-reference/web-direct-debit-payins',
);
const recurly = source(
  'adyen',
  'Recurly Docs: Klarna Debit Risk (formerly Sofort), processed through Adyen',
  'https://docs.recurly.com/docs/sofort',
);

/** Sofort (Klarna): online banking; each provider ended it on its own date, Klarna took over. */
export const sofort: PaymentMethodInput = {
  id: 'sofort',
  name: 'Sofort',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(
    ['DE', 'AT', 'BE', 'ES', 'IT', 'NL', 'CH', 'GB'],
    airwallex,
    'Shopper countries AT, BE, DE, ES, IT, NL, CH, GB.',
  ),
  currencies: fact(['EUR', 'CHF', 'GBP'], airwallex),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    airwallex,
    'Online banking through the Sofort payment page.',
  ),
  successor: fact('klarna', stripe, 'Alternatives include Klarna\'s "pay in full" option.'),
  providers: [
    {
      provider: 'stripe',
      availableUntil: fact(
        '2025-03-30',
        stripe,
        '"SOFORT has been discontinued as of 31 March 2025": the last day read as 30 March.',
      ),
      successor: fact('klarna', stripe),
    },
    {
      provider: 'airwallex',
      min: fact([limit('1', 'EUR')], airwallex),
      max: fact(
        [limit('5000', 'EUR')],
        airwallex,
        "5,000.00 EUR for low and medium risk; the consumer's bank limits apply.",
      ),
      refund: fact('full-and-partial', airwallex),
      refundWindow: fact(
        { days: 365 },
        airwallex,
        '"Refunds will still remain available for up to 365 days following the transaction date".',
      ),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 14 },
        airwallex,
        '"may take 2 to 14 business days to confirm".',
      ),
      availableUntil: fact(
        '2025-09-28',
        airwallex,
        '"no longer be available as of 29th September 2025".',
      ),
    },
    {
      provider: 'mangopay',
      availableUntil: fact(
        '2024-05-31',
        mangopay,
        '"As of June 1, 2024, the Sofort payment method was no longer available with Mangopay."',
      ),
      successor: fact(
        'klarna',
        mangopay,
        '"Platforms looking for Sofort are invited to integrate Klarna."',
      ),
    },
    {
      provider: 'adyen',
      availableUntil: fact(
        '2024-09-30',
        recurly,
        '"Sofort has been deprecated and migrated to Klarna Debit Risk as of Sept 30th, 2024"; only merchants with existing Sofort accounts at Adyen continue. Secondary: Adyen\'s own page was not found; Chargebee (docs/adyen-sofort) agrees that existing users continue and new onboarding ended, with no date.',
      ),
      successor: fact('klarna', recurly),
    },
  ],
};
