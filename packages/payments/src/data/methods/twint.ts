import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: TWINT (Simple API)',
  'https://developerhub.ppro.com/simple-api/docs/twint',
);
const pproGlobal = source(
  'ppro',
  'PPRO Developer Hub: TWINT (Global API)',
  'https://developerhub.ppro.com/global-api/docs/twint',
);
const stripe = source(
  'stripe',
  'Stripe Docs: TWINT payments',
  'https://docs.stripe.com/payments/twint',
);
const antom = source('antom', 'Antom Docs: TWINT', 'https://docs.antom.com/ac/antomop/twint');
const mangopay = source(
  'mangopay',
  'Mangopay Docs: TWINT',
  'https://docs.mangopay.com/guides/payment-methods/twint',
);

/** TWINT: Switzerland's mobile payment app; QR code on a desktop, app switch on a phone. */
export const twint: PaymentMethodInput = {
  id: 'twint',
  name: 'TWINT',
  category: fact(
    'wallet',
    antom,
    'Payment type: Digital wallet (Stripe groups it with bank redirects).',
  ),
  countries: fact(['CH'], ppro),
  popularity: [
    {
      country: 'CH',
      scope: 'mobile',
      rank: fact(
        1,
        ppro,
        '"In Switzerland, TWINT is the most popular mobile payment option with 5 million users."',
      ),
    },
  ],
  currencies: fact(['CHF'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    stripe,
    'Mobile: redirect to the app; desktop: scan the QR code with the app.',
  ),
  providers: [
    {
      provider: 'stripe',
      max: fact([limit('5000', 'CHF')], stripe, 'Maximum amount 5000.00 CHF.'),
      refund: fact('full-and-partial', stripe),
      recurring: fact(true, stripe),
    },
    {
      provider: 'ppro',
      min: fact([limit('0.01', 'CHF')], ppro),
      max: fact(
        [limit('5000', 'CHF')],
        pproGlobal,
        'Varies per issuing bank (in most cases CHF 5,000 a month).',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ months: 6 }, ppro),
      recurring: fact(true, pproGlobal),
    },
    {
      provider: 'antom',
      min: fact([limit('0.01', 'CHF')], antom),
      max: fact([limit('5000', 'CHF')], antom),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 180 }, antom),
    },
    {
      provider: 'mangopay',
      refund: fact('full', mangopay, 'Refunds "Yes, up to 365 days"; partial not stated.'),
      refundWindow: fact({ days: 365 }, mangopay),
      recurring: fact(false, mangopay),
    },
  ],
};
