import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source(
  'antom',
  'Antom Docs: Wallet payment methods',
  'https://docs.antom.com/ac/cashierpay/wallet',
);

/** LINE Pay (Japan): the wallet of the LINE messenger. */
export const linePay: PaymentMethodInput = {
  id: 'line-pay',
  name: 'LINE Pay',
  category: fact('wallet', antom),
  countries: fact(['JP'], antom),
  currencies: fact(['JPY', 'USD'], antom),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('1', 'JPY')], antom),
      max: fact(
        [limit('999999', 'JPY')],
        antom,
        'KYC-compliant buyers: 999,999 JPY per transaction; others 100,000 JPY.',
      ),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 30 }, antom),
    },
  ],
};
