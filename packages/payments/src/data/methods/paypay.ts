import type { PaymentMethodInput } from '../../types.js';
import { disputed, fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: PayPay',
  'https://developerhub.ppro.com/global-api/docs/pay-pay',
);
const antom = source(
  'antom',
  'Antom Docs: Wallet payment methods',
  'https://docs.antom.com/ac/cashierpay/wallet',
);
const antomOld = source(
  'antom',
  'Antom Docs: Wallet payment methods (page version 15)',
  'https://docs.antom.com/ac/cashierpay/wallet?pageVersion=15',
);
const adyen = source(
  'adyen',
  'Adyen Docs: PayPay',
  'https://docs.adyen.com/payment-methods/paypay',
);

/** PayPay: Japan's leading mobile payment app. */
export const paypay: PaymentMethodInput = {
  id: 'paypay',
  name: 'PayPay',
  category: fact('wallet', adyen, 'Payment type: Wallets.'),
  countries: fact(['JP'], ppro),
  popularity: [
    {
      country: 'JP',
      scope: 'wallets',
      share: fact(
        45,
        ppro,
        '"a payment ratio exceeding 45%, surpassing other digital wallets in Japan".',
      ),
    },
  ],
  currencies: fact(['JPY'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    antom,
    'Mobile: a deep link into the app; PC: log in on the web page or scan the PayPay QR code with the app.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('1', 'JPY')], ppro),
      max: fact(
        [limit('500000', 'JPY')],
        ppro,
        'Last 24 hours: 500,000 JPY; last 30 days: 2,000,000 JPY.',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
      recurring: fact(true, ppro),
    },
    {
      provider: 'antom',
      min: fact([limit('1', 'JPY')], antom),
      max: fact(
        [limit('500000', 'JPY')],
        antom,
        'Balance: last 24 hours 500,000 yen; last 30 days 2,000,000 yen.',
      ),
      refund: disputed(
        fact('full-and-partial', antom, 'The current page: refund ✔, partial refund ✔.'),
        fact('full', antomOld, 'An earlier version of the same page: partial refund ✘.'),
      ),
      refundWindow: disputed(
        fact({ days: 365 }, antom),
        fact({ days: 90 }, antomOld, 'An earlier version gave 90 days.'),
      ),
    },
    {
      provider: 'adyen',
      refund: fact(
        'full-and-partial',
        adyen,
        'Refunds, partial refunds, multiple partial refunds.',
      ),
    },
  ],
};
