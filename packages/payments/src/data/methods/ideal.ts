import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: iDEAL | Wero payments',
  'https://docs.stripe.com/payments/ideal',
);
const adyen = source(
  'adyen',
  'Adyen Docs: iDEAL',
  'https://docs.adyen.com/payment-methods/ideal/api-only',
);
const worldline = source(
  'worldline',
  'Worldline Connect: Wero FAQ',
  'https://docs.connect.worldline-solutions.com/payment-product/wero/faqs',
);
const mangopay = source(
  'mangopay',
  'Mangopay Docs: iDEAL',
  'https://docs.mangopay.com/guides/payment-methods/ideal',
);

/**
 * iDEAL (co-branded "iDEAL | Wero" from 2026): Dutch online banking. Its end is only estimated:
 * merchants switch to Wero "in the course of 2026 and 2027", so no `availableUntil` is set.
 */
export const ideal: PaymentMethodInput = {
  id: 'ideal',
  name: 'iDEAL | Wero',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(['NL'], stripe, 'Customer locations: the Netherlands.'),
  popularity: [
    {
      country: 'NL',
      scope: 'bank',
      rank: fact(1, adyen, '"the most used online banking method in the Netherlands".'),
    },
  ],
  currencies: fact(['EUR'], stripe),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'Redirect to online banking; the experience depends on the bank.',
  ),
  successor: fact(
    'wero',
    stripe,
    '"Switch to Wero in the course of 2026 and 2027"; Worldline: "By the end of 2027 at the latest, all iDEAL merchants will have transitioned to Wero".',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: fact(
        false,
        stripe,
        'Recurring only through SEPA Direct Debit after the first iDEAL payment, not by iDEAL itself.',
      ),
      confirmation: fact(
        { timing: 'real-time' },
        stripe,
        'Immediate notification of success or failure.',
      ),
      successor: fact('wero', stripe),
    },
    {
      provider: 'adyen',
      successor: fact(
        'wero',
        adyen,
        'Mandatory iDEAL-Wero co-branding between January 29, 2026 and March 31, 2026 on API-only integrations.',
      ),
    },
    {
      provider: 'worldline',
      successor: fact(
        'wero',
        worldline,
        '"By the end of 2027 at the latest, all iDEAL merchants will have transitioned to Wero."',
      ),
    },
    {
      provider: 'mangopay',
      refund: fact(
        'full',
        mangopay,
        'Refunds "Yes, within 365 days"; partial not stated on the page.',
      ),
      refundWindow: fact({ days: 365 }, mangopay),
      recurring: fact(false, mangopay),
    },
  ],
};
