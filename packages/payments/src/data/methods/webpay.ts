import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: Latin America payment methods',
  'https://docs.payermax.com/doc-center/receipt/cashier/payment-method/latin-america.html',
);

/** Webpay: Chilean bank payment (Transbank). */
export const webpay: PaymentMethodInput = {
  id: 'webpay',
  name: 'Webpay',
  category: fact('bank-transfer', payermax, 'Payment method type: BANK_TRANSFER.'),
  countries: fact(['CL'], payermax),
  currencies: fact(['CLP'], payermax),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('1000', 'CLP')], payermax),
      max: fact([limit('800000', 'CLP')], payermax),
      refund: fact('none', payermax, 'Refund supported: N.'),
    },
  ],
};
