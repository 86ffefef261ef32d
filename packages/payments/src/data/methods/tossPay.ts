import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Toss Pay',
  'https://developerhub.ppro.com/simple-api/docs/toss-pay',
);

/** Toss Pay: a South Korean wallet paying by linked bank account or card. */
export const tossPay: PaymentMethodInput = {
  id: 'toss-pay',
  name: 'Toss Pay',
  category: fact('wallet', ppro, '"Integrate Toss Pay wallet".'),
  countries: fact(['KR'], ppro),
  currencies: fact(['KRW'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    ppro,
    'Desktop: phone number and date of birth, or scan a QR code with the app; mobile: redirect into the app.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('100', 'KRW')], ppro),
      max: fact(
        [limit('2000000', 'KRW')],
        ppro,
        "Linked bank account: 2M KRW; linked credit card: the customer's credit limit.",
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 365 }, ppro),
    },
  ],
};
