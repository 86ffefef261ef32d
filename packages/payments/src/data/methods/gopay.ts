import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source(
  'antom',
  'Antom Docs: Wallet payment methods',
  'https://docs.antom.com/ac/cashierpay/wallet?pageVersion=1&version=v1.37',
);

/** GoPay: the Indonesian wallet of the Gojek app. */
export const gopay: PaymentMethodInput = {
  id: 'gopay',
  name: 'GoPay',
  category: fact('wallet', antom),
  countries: fact(['ID'], antom),
  currencies: fact(['IDR'], antom),
  device: fact({ mobile: 'supported', desktop: 'supported' }, antom, 'Payment flow: Redirect.'),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('1', 'IDR')], antom),
      max: fact(
        [limit('20000000', 'IDR')],
        antom,
        '2,000,000 IDR for non-KYC users; 20,000,000 IDR for KYC users.',
      ),
      refund: fact('none', antom, 'Refund ✘, partial refund ✘.'),
    },
  ],
};
