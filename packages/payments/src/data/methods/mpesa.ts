import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const flutterwave = source(
  'flutterwave',
  'Flutterwave Docs: M-PESA',
  'https://developer.flutterwave.com/docs/m-pesa',
);
const pesapal = source(
  'pesapal',
  'Pesapal API 3.0: Refund Request',
  'https://developer.pesapal.com/how-to-integrate/e-commerce/api-30-json/refund-request',
);

/** M-PESA: Kenya's mobile money, approved on the shopper's phone. */
export const mpesa: PaymentMethodInput = {
  id: 'mpesa',
  name: 'M-PESA',
  category: fact('wallet', flutterwave, '"Mobile Money support in Kenya".'),
  countries: fact(['KE'], flutterwave),
  currencies: fact(
    ['KES'],
    flutterwave,
    '"If you\'re collecting money in KES, your customers can pay with M-PESA."',
  ),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    flutterwave,
    'The merchant passes the mobile number; the customer authorizes in the M-PESA app.',
  ),
  providers: [
    { provider: 'flutterwave' },
    {
      provider: 'pesapal',
      refund: fact(
        'full',
        pesapal,
        '"You can only fully refund a payment mobile payment"; one refund per payment.',
      ),
    },
  ],
};
