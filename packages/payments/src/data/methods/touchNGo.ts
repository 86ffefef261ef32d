import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  "PPRO Developer Hub: Touch 'n Go",
  'https://developerhub.ppro.com/simple-api/docs/touch-n-go',
);

/** Touch 'n Go eWallet: a Malaysian wallet. */
export const touchNGo: PaymentMethodInput = {
  id: 'touch-n-go',
  name: "Touch 'n Go eWallet",
  category: fact('wallet', ppro),
  countries: fact(['MY'], ppro),
  currencies: fact(['MYR'], ppro),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    ppro,
    "Redirect to the Touch 'n Go app, one-time password.",
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('1.01', 'MYR')], ppro),
      max: fact([limit('20000', 'MYR')], ppro),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact(
        { days: 30 },
        ppro,
        'The merchant needs enough wallet balance, else refunds may fail.',
      ),
    },
  ],
};
