import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: Africa payment methods',
  'https://docs.payermax.com/en/doc-center/receipt/cashier/payment-method/africa.html',
);

/** Bank transfer in South Africa. */
export const zaBankTransfer: PaymentMethodInput = {
  id: 'za-bank-transfer',
  name: 'South African bank transfer',
  category: fact('bank-transfer', payermax, 'Payment method type: BANK_TRANSFER.'),
  countries: fact(['ZA'], payermax),
  currencies: fact(['ZAR'], payermax),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('1', 'ZAR')], payermax),
      max: fact([limit('15000', 'ZAR')], payermax),
      refund: fact('none', payermax, 'Refund supported: N.'),
    },
  ],
};
