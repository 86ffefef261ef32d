import type { PaymentMethodInput } from '../../types.js';
import { disputed, fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: BLIK payments',
  'https://docs.stripe.com/payments/blik',
);
const stripeDe = source(
  'stripe',
  'Stripe Docs: BLIK-Zahlungen (de-DE)',
  'https://docs.stripe.com/payments/blik?locale=de-DE',
);
const ppro = source(
  'ppro',
  'PPRO Developer Hub: BLIK',
  'https://developerhub.ppro.com/simple-api/docs/blik',
);
const mollie = source('mollie', 'Mollie Docs: BLIK', 'https://docs.mollie.com/docs/blik');
const antom = source('antom', 'Antom Docs: BLIK', 'https://docs.antom.com/ac/antomop/blik');
const paypal = source(
  'paypal',
  'PayPal Developer: BLIK',
  'https://developer.paypal.com/platforms/checkout/apm/blik/',
);
const viva = source(
  'viva',
  'Viva Developer: BLIK',
  'https://developer.viva.com/payment-methods/native-pos-payment-methods/blik-for-pos',
);

/** BLIK: a six-digit code from the shopper's banking app, approved in the app. */
export const blik: PaymentMethodInput = {
  id: 'blik',
  name: 'BLIK',
  category: fact(
    'real-time-bank-payment',
    ppro,
    'PPRO: "a bank transfer payment method"; Stripe lists it under bank redirects.',
  ),
  countries: fact(['PL'], stripe, 'Customer locations: Poland.'),
  popularity: [
    {
      country: 'PL',
      scope: 'all',
      rank: fact(1, mollie, '"Poland\'s most popular payment method".'),
      share: fact(
        60,
        viva,
        '"a 60% market share of all e-commerce payments" (Viva, for its POS page).',
      ),
    },
  ],
  currencies: fact(['PLN'], stripe, 'Presentment currency PLN.'),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    stripe,
    'The code comes from the banking app; the shopper approves in the app on the phone, also when paying on a desktop.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: disputed(
        fact(false, stripe, 'English page: Recurring payments: No.'),
        fact(true, stripeDe, 'German page: Wiederkehrende Zahlungen: Ja (Private preview).'),
      ),
      confirmation: fact(
        { timing: 'real-time', upToMinutes: 1 },
        stripe,
        'Customers have 60 seconds to authorize.',
      ),
    },
    {
      provider: 'ppro',
      min: fact([limit('0.01', 'PLN')], ppro),
      max: fact(
        [limit('50000', 'PLN')],
        ppro,
        'PLN 50,000 per transaction; most issuers limit to PLN 10,000.',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ months: 13 }, ppro),
    },
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'PLN')], mollie),
      max: fact([limit('50000', 'PLN')], mollie),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ months: 13 }, mollie),
      recurring: fact(false, mollie),
    },
    {
      provider: 'antom',
      min: fact([limit('0.01', 'PLN')], antom),
      max: fact([limit('10000', 'PLN')], antom),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
    },
    {
      provider: 'paypal',
      min: fact([limit('1', 'PLN')], paypal),
      refund: fact('full', paypal, 'Refunds "Within 180 days"; partial refunds not stated.'),
      refundWindow: fact({ days: 180 }, paypal),
    },
  ],
};
