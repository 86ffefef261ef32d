import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: Latin America payment methods',
  'https://docs.payermax.com/doc-center/receipt/cashier/payment-method/latin-america.html',
);

/** Efecty: cash payment at Efecty points in Colombia. */
export const efecty: PaymentMethodInput = {
  id: 'efecty',
  name: 'Efecty',
  category: fact(
    'cash-voucher',
    payermax,
    'Listed by PayerMax under BANK_TRANSFER; Efecty is a cash network, recorded here as a cash voucher with this note.',
  ),
  countries: fact(['CO'], payermax),
  currencies: fact(['COP'], payermax),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('1000', 'COP')], payermax),
      max: fact([limit('15000000', 'COP')], payermax),
      refund: fact('none', payermax, 'Refund supported: N.'),
      voucherExpiry: fact({ defaultDays: 5 }, payermax, 'Close time period 5d.'),
    },
  ],
};
