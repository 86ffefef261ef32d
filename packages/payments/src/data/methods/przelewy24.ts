import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { disputed, fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Przelewy24 payments',
  'https://stripe.com/docs/payments/p24',
);
const ppro = source(
  'ppro',
  'PPRO Developer Hub: Przelewy24',
  'https://developerhub.ppro.com/simple-api/docs/przelewy24',
);
const mollie = source(
  'mollie',
  'Mollie Docs: Przelewy24',
  'https://docs.mollie.com/docs/przelewy24',
);
const mollieBlik = source('mollie', 'Mollie Docs: BLIK', 'https://docs.mollie.com/docs/blik');
const antom = source(
  'antom',
  'Antom Docs: Przelewy24',
  'https://docs.antom.com/ac/antomop/przelewy24',
);
const airwallex = source(
  'airwallex',
  'Airwallex Docs: Przelewy24 | P24',
  'https://www.airwallex.com/docs/payments__eu-and-uk__przelewy24-or-p24',
);
const worldpay = source(
  'worldpay',
  'Worldpay Developer: Przelewy24',
  'https://developer.worldpay.com/products/access/apms/przelewy24/',
);

/** Przelewy24: a Polish aggregator of bank transfers (and BLIK) through a redirect. */
export const przelewy24: PaymentMethodInput = {
  id: 'przelewy24',
  name: 'Przelewy24',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(['PL'], ppro),
  popularity: [
    {
      country: 'PL',
      scope: 'all',
      rank: disputed(
        fact(
          2,
          mollieBlik,
          'Mollie calls BLIK "Poland\'s most popular payment method"; we rank P24 after it.',
        ),
        fact(1, mollie, 'Mollie\'s P24 page: "The most popular payment method in Poland".'),
      ),
    },
  ],
  currencies: fact(['PLN', 'EUR'], ppro, 'Processing currencies EUR, PLN; consumer currency PLN.'),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'Redirect to Przelewy24, then to the bank.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('0.01', 'PLN')], ppro),
      max: fact([limit('55000', 'PLN')], ppro, 'PLN 55,000 or EUR equivalent.'),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
    },
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'PLN')], mollie),
      max: fact([limit('55000', 'PLN')], mollie),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 365 }, mollie),
      recurring: fact(false, mollie),
    },
    {
      provider: 'antom',
      currencies: fact(['PLN'], antom),
      min: fact([limit('0.01', 'PLN')], antom),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
    },
    {
      provider: 'airwallex',
      min: fact([limit('1', 'PLN')], airwallex),
      max: fact([limit('55000', 'PLN')], airwallex),
      refund: fact('full-and-partial', airwallex),
      refundWindow: fact({ days: 365 }, airwallex),
      recurring: fact(false, airwallex),
    },
    {
      provider: 'worldpay',
      currencies: fact(['PLN'], worldpay),
      max: fact([limit('50000', 'PLN')], worldpay),
      refund: fact('full-and-partial', worldpay),
    },
  ],
};
