import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: North America & Latin America payment methods',
  'https://docs.payermax.com/en/doc-center/receipt/cashier/payment-method/north-america-and-latin-america.html',
);

/** Rapipago: cash payment at Rapipago outlets in Argentina. */
export const rapipago: PaymentMethodInput = {
  id: 'rapipago',
  name: 'Rapipago',
  category: fact('cash-voucher', payermax, 'Payment method type: OTC (over the counter).'),
  countries: fact(['AR'], payermax),
  currencies: fact(
    ['USD'],
    payermax,
    'PayerMax states the Argentine limits in USD; the shopper pays in pesos at the outlet.',
  ),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('1', 'USD')], payermax),
      max: fact([limit('2000', 'USD')], payermax),
      refund: fact('none', payermax, 'Refund supported: N.'),
      voucherExpiry: fact({ defaultDays: 7 }, payermax, 'Close time period 7d.'),
    },
  ],
};
