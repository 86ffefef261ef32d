import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const adyen = source(
  'adyen',
  'Adyen Docs: NaverPay',
  'https://docs.adyen.com/payment-methods/naverpay',
);
const dodo = source(
  'dodo',
  'Dodo Payments: South Korea payment methods',
  'https://docs.dodopayments.com/features/payment-methods/south-korea',
);

/** Naver Pay: a South Korean wallet linked to the shopper's card. */
export const naverPay: PaymentMethodInput = {
  id: 'naver-pay',
  name: 'Naver Pay',
  category: fact(
    'wallet',
    adyen,
    '"a digital wallet used in South Korea that links directly to a shopper\'s credit card".',
  ),
  countries: fact(['KR'], adyen),
  popularity: [
    {
      country: 'KR',
      scope: 'mobile',
      rank: fact(
        1,
        adyen,
        '"NaverPay is now the most popular mobile payment option in South Korea."',
      ),
    },
  ],
  currencies: fact(['KRW'], dodo, 'All require KRW billing.'),
  providers: [
    { provider: 'adyen' },
    {
      provider: 'dodo',
      recurring: fact(true, dodo, 'Kakao Pay and Naver Pay are offered for subscriptions.'),
    },
  ],
};
