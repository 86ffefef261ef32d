import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const xendit = source(
  'xendit',
  'Xendit Docs: Zalopay E-Wallet',
  'https://docs.xendit.co/docs/zalopay-e-wallet',
);
const antom = source(
  'antom',
  'Antom Docs: ZaloPay',
  'https://docs.antom.com/ac/antomop/zalopay?lang=zh-cn&platform=cashierpay',
);

/** ZaloPay: a Vietnamese wallet integrated with the Zalo messenger. */
export const zalopay: PaymentMethodInput = {
  id: 'zalopay',
  name: 'ZaloPay',
  category: fact('wallet', xendit),
  countries: fact(['VN'], antom, 'Buyer country: Vietnam.'),
  currencies: fact(['VND'], xendit),
  providers: [
    {
      provider: 'xendit',
      min: fact([limit('1', 'VND')], xendit),
      max: fact([limit('50000000', 'VND')], xendit),
      recurring: fact(false, xendit),
    },
    {
      provider: 'antom',
      min: fact([limit('1000', 'VND')], antom),
      max: fact(
        [limit('10000000', 'VND')],
        antom,
        '10,000,000 VND per payment; 20,000,000 a day; 100,000,000 a month.',
      ),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 180 }, antom),
      recurring: fact(false, antom),
    },
  ],
};
