import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source(
  'antom',
  'Antom Docs: TrueMoney',
  'https://docs.antom.com/ac/antomop/truemoney',
);

/** TrueMoney: Thailand's most popular e-wallet. */
export const truemoney: PaymentMethodInput = {
  id: 'truemoney',
  name: 'TrueMoney',
  category: fact('wallet', antom, 'Payment type: Digital wallet.'),
  countries: fact(['TH'], antom),
  popularity: [
    {
      country: 'TH',
      scope: 'wallets',
      rank: fact(1, antom, '"the most popular e-wallet in Thailand" (among e-wallets).'),
    },
  ],
  currencies: fact(['THB'], antom),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    antom,
    'Payment flow: Redirect into the wallet.',
  ),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('1', 'THB')], antom),
      max: fact([limit('30000', 'THB')], antom, '30,000 THB per transaction; 50,000 THB per day.'),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
      recurring: fact(
        true,
        antom,
        'The page has a tab "For One-time Payments, Subscription Payment".',
      ),
    },
  ],
};
