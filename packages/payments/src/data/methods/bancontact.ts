import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Bancontact',
  'https://developerhub.ppro.com/simple-api/docs/bancontact',
);
const mollie = source(
  'mollie',
  'Mollie Docs: Bancontact',
  'https://docs.mollie.com/docs/bancontact',
);
const antom = source(
  'antom',
  'Antom Docs: Bancontact',
  'https://docs.antom.com/ac/antomop/bancontact',
);
const worldpay = source(
  'worldpay',
  'Worldpay Docs: Bancontact',
  'https://docs.worldpay.com/access/products/apms/bancontact',
);

/** Bancontact: Belgium's debit scheme, by card entry, app or QR code. */
export const bancontact: PaymentMethodInput = {
  id: 'bancontact',
  name: 'Bancontact',
  category: fact('bank-redirect', STRIPE_CATEGORIES, 'Listed under Bank redirects.'),
  countries: fact(['BE'], ppro),
  popularity: [
    {
      country: 'BE',
      scope: 'all',
      rank: fact(1, mollie, '"The most used payment method in Belgium".'),
    },
  ],
  currencies: fact(['EUR'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    ppro,
    'Card entry, app-to-app "URL intent" or a QR code scanned with the app.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('0.01', 'EUR')], ppro),
      max: fact(
        [limit('1500', 'EUR')],
        ppro,
        'EUR 1,500 for mobile payments (URL intent and QR); no known limit for the card-entry flow.',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
    },
    {
      provider: 'mollie',
      min: fact([limit('0.02', 'EUR')], mollie),
      max: fact(
        [limit('1500', 'EUR')],
        mollie,
        'EUR 1,500 for mobile payments; limit does not apply for card entry.',
      ),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 365 }, mollie),
      recurring: fact(false, mollie),
    },
    {
      provider: 'antom',
      min: fact([limit('1', 'EUR')], antom),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
    },
    {
      provider: 'worldpay',
      min: fact([limit('0.02', 'EUR')], worldpay),
      max: fact(
        [limit('5000', 'EUR')],
        worldpay,
        '1,500 EUR on mobile app, 5,000 EUR by bank; a single refund at most 3,000 EUR.',
      ),
      refund: fact('full-and-partial', worldpay),
      refundWindow: fact({ days: 180 }, worldpay),
    },
  ],
};
