import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const paymongo = source(
  'paymongo',
  'PayMongo Docs: Refunding transactions',
  'https://developers.paymongo.com/docs/refunding-transactions',
);

/** GCash: the leading e-wallet in the Philippines. */
export const gcash: PaymentMethodInput = {
  id: 'gcash',
  name: 'GCash',
  category: fact('wallet', paymongo, 'Listed among e-wallet transactions.'),
  countries: fact(['PH'], paymongo),
  currencies: fact(['PHP'], paymongo, 'Amounts in centavos (PHP).'),
  providers: [
    {
      provider: 'paymongo',
      refund: fact('full-and-partial', paymongo, 'GCash: partial and full refunds.'),
      refundWindow: fact({ days: 180 }, paymongo, '"Within 180 days from the date of payment".'),
    },
  ],
};
