import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const tap = source(
  'tap',
  'Tap Payments Docs: STC Pay',
  'https://developers.tap.company/docs/stcpay',
);
const checkout = source(
  'checkout-com',
  'Checkout.com Docs: stc pay',
  'https://www.checkout.com/docs/payments/add-payment-methods/stc-pay',
);

/** stc pay: a Saudi wallet paid by phone number and one-time password. */
export const stcPay: PaymentMethodInput = {
  id: 'stc-pay',
  name: 'stc pay',
  category: fact('wallet', checkout, 'Payment method type: Digital wallet.'),
  countries: fact(['SA'], tap, '"a local payment option in KSA".'),
  currencies: fact(
    ['SAR'],
    tap,
    '"STC Pay currently supports transactions in Saudi Riyal (SAR) only."',
  ),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    tap,
    'The shopper pays with the phone number registered in STC Pay and a one-time password.',
  ),
  providers: [
    {
      provider: 'checkout-com',
      refund: fact('full-and-partial', checkout),
      recurring: fact(false, checkout),
    },
    { provider: 'tap', recurring: fact(false, tap, '"does not support recurring payments".') },
  ],
};
