import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: KakaoPay',
  'https://developerhub.ppro.com/global-api/docs/kakaopay',
);

/** KakaoPay: a South Korean mobile wallet (KakaoTalk). */
export const kakaoPay: PaymentMethodInput = {
  id: 'kakao-pay',
  name: 'KakaoPay',
  category: fact('wallet', ppro, '"mobile payment and digital wallet service".'),
  countries: fact(['KR'], ppro),
  popularity: [
    {
      country: 'KR',
      scope: 'mobile',
      rank: fact(
        3,
        ppro,
        '"ranks among South Korea\'s top three mobile payment services": recorded as rank 3, the bound the source gives.',
      ),
    },
  ],
  currencies: fact(['KRW'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    ppro,
    'Authentication method: REDIRECT.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('50', 'KRW')], ppro),
      max: fact([limit('2000000', 'KRW')], ppro),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
      recurring: fact(true, ppro, 'Recurring payments: Yes.'),
    },
  ],
};
