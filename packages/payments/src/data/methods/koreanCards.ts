import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Korean local cards',
  'https://developerhub.ppro.com/simple-api/docs/korean-local-cards',
);

/** Korean local cards: domestic credit and debit cards of 23 South Korean banks. */
export const koreanCards: PaymentMethodInput = {
  id: 'korean-cards',
  name: 'Korean local cards',
  category: fact('card', ppro),
  countries: fact(['KR'], ppro),
  currencies: fact(['KRW'], ppro),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    ppro,
    'Desktop: card details and a push notification to the banking app.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('100', 'KRW')], ppro),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
    },
  ],
};
