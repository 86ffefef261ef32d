import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source('antom', 'Antom Docs: Tabby', 'https://docs.antom.com/ac/antomop/tabby');

/** Tabby: buy now, pay later in Saudi Arabia and the United Arab Emirates. */
export const tabby: PaymentMethodInput = {
  id: 'tabby',
  name: 'Tabby',
  category: fact('bnpl', antom, 'Payment type: Buy now pay later.'),
  countries: fact(['SA', 'AE'], antom),
  popularity: [
    {
      country: 'SA',
      scope: 'bnpl',
      rank: fact(1, antom, '"MENA\'s largest BNPL provider" (among BNPL providers).'),
    },
    {
      country: 'AE',
      scope: 'bnpl',
      rank: fact(1, antom, '"MENA\'s largest BNPL provider" (among BNPL providers).'),
    },
  ],
  currencies: fact(['SAR', 'AED'], antom),
  device: fact({ mobile: 'supported', desktop: 'supported' }, antom, 'Payment flow: Redirect.'),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('10', 'SAR'), limit('10', 'AED')], antom),
      max: fact(
        [limit('10000', 'SAR'), limit('20000', 'AED')],
        antom,
        'Merchants can apply for higher limits case by case.',
      ),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
    },
  ],
};
