import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: Middle East & Africa payment methods',
  'https://docs.payermax.com/en/doc-center/receipt/cashier/payment-method/middle-east-and-africa.html',
);

/** Egyptian mobile wallets (Vodafone Cash, Etisalat, Orange and bank wallets). */
export const egyptWallets: PaymentMethodInput = {
  id: 'egypt-wallets',
  name: 'Egyptian mobile wallets (Vodafone Cash and others)',
  category: fact('wallet', payermax, 'Payment method type: WALLET.'),
  countries: fact(['EG'], payermax),
  currencies: fact(['EGP'], payermax),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('5', 'EGP')], payermax),
      max: fact(
        [limit('60000', 'EGP')],
        payermax,
        'Vodafone 60,000 EGP a day; Orange 10,000 EGP a transaction; other wallets per provider.',
      ),
      refund: fact('none', payermax, 'Refund supported: N.'),
    },
  ],
};
