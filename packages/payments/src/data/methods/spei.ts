import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const rapyd = source('rapyd', 'Rapyd Docs: SPEI MX', 'https://docs.rapyd.net/en/spei-mx.html');
const stripe = source(
  'stripe',
  'Stripe Docs: Mexico bank transfers payments',
  'https://docs.stripe.com/payments/mx-bank-transfers',
);

/** SPEI: Mexico's interbank transfer system, paid from the shopper's banking app. */
export const spei: PaymentMethodInput = {
  id: 'spei',
  name: 'SPEI bank transfer',
  category: fact('bank-transfer', rapyd, 'Payment Method Category: Bank Transfer.'),
  countries: fact(['MX'], rapyd),
  currencies: fact(['MXN'], rapyd),
  providers: [
    {
      provider: 'rapyd',
      min: fact([limit('60', 'MXN')], rapyd),
      refund: fact('full', rapyd, '"Yes, refund can take up to 24 hours"; partial not stated.'),
      recurring: fact(false, rapyd),
    },
    {
      provider: 'stripe',
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        stripe,
        'Payment confirmation timing: up to 1 business day; most within 30 minutes on business days.',
      ),
      recurring: fact(false, stripe, 'Usability: Single-use.'),
    },
  ],
};
