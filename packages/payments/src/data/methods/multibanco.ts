import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Multibanco',
  'https://developerhub.ppro.com/simple-api/docs/multibanco',
);
const mollie = source(
  'mollie',
  'Mollie Docs: Multibanco',
  'https://docs.mollie.com/docs/multibanco',
);
const hipay = source(
  'hipay',
  'HiPay Developer: Multibanco',
  'https://developer.hipay.com/online-payments/payment-means/multibanco',
);

/** Multibanco: a Portuguese reference paid in online banking or at a Multibanco ATM. */
export const multibanco: PaymentMethodInput = {
  id: 'multibanco',
  name: 'Multibanco',
  category: fact('cash-voucher', STRIPE_CATEGORIES, 'Listed under Vouchers.'),
  countries: fact(['PT'], ppro),
  currencies: fact(['EUR'], ppro),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    ppro,
    'A reference paid in online banking or at an ATM.',
  ),
  providers: [
    {
      provider: 'ppro',
      max: fact([limit('99999', 'EUR')], ppro),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ months: 15 }, ppro),
      voucherExpiry: fact({ defaultDays: 7 }, ppro, 'Session timeout 7 days.'),
    },
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'EUR')], mollie),
      max: fact([limit('5000', 'EUR')], mollie),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 456 }, mollie),
      recurring: fact(false, mollie),
      voucherExpiry: fact({ defaultDays: 7 }, mollie, 'Session timeout 7 days.'),
    },
    {
      provider: 'hipay',
      refund: fact('to-bank-account', hipay, '"refunds are made by IBAN bank transfers only".'),
      voucherExpiry: fact({ defaultDays: 3 }, hipay, 'expiration_limit: "the default value is 3".'),
    },
  ],
};
