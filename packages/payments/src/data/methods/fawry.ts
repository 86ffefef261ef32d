import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const payermax = source(
  'payermax',
  'PayerMax Docs: Middle East & Africa payment methods',
  'https://docs.payermax.com/en/doc-center/receipt/cashier/payment-method/middle-east-and-africa.html',
);
const dlocal = source('dlocal', 'dLocal Docs: Egypt', 'https://docs.dlocal.com/docs/egypt');

/** Fawry: a reference paid in cash at Fawry outlets in Egypt. */
export const fawry: PaymentMethodInput = {
  id: 'fawry',
  name: 'Fawry',
  category: fact('cash-voucher', dlocal, 'payment_method_type TICKET: Cash Payment.'),
  countries: fact(['EG'], dlocal),
  currencies: fact(['EGP'], dlocal),
  providers: [
    {
      provider: 'payermax',
      min: fact([limit('0.1', 'EGP')], payermax),
      max: fact(
        [limit('300000', 'EGP')],
        payermax,
        'Special application needed above 100,000 EGP.',
      ),
      refund: fact('none', payermax, 'Refund supported: N.'),
      voucherExpiry: fact({ defaultDays: 1 }, payermax, 'Close time period 24h.'),
    },
    { provider: 'dlocal' },
  ],
};
