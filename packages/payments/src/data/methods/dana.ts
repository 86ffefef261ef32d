import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const xendit = source('xendit', 'Xendit Docs: DANA', 'https://docs.xendit.co/docs/dana');
const adyen = source('adyen', 'Adyen Docs: DANA', 'https://docs.adyen.com/payment-methods/dana');
const chargebee = source(
  'adyen',
  'Chargebee Docs: DANA via Adyen',
  'https://www.chargebee.com/docs/payments/2.0/payment-gateways-and-configuration/adyen-dana',
);

/** DANA: an Indonesian e-wallet. */
export const dana: PaymentMethodInput = {
  id: 'dana',
  name: 'DANA',
  category: fact('wallet', xendit, 'Type: EWALLET.'),
  countries: fact(['ID'], xendit),
  currencies: fact(['IDR'], xendit),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    adyen,
    'Redirect to DANA, log in with the mobile number, confirm with the PIN.',
  ),
  providers: [
    {
      provider: 'xendit',
      min: fact([limit('100', 'IDR')], xendit),
      max: fact([limit('20000000', 'IDR')], xendit),
    },
    {
      provider: 'adyen',
      min: fact(
        [limit('300', 'IDR')],
        chargebee,
        '"The minimum amount for a DANA payment is 300 IDR."',
      ),
      recurring: fact(
        true,
        chargebee,
        'Chargebee supports DANA through Adyen "for one-time payments and subscriptions" (private beta).',
      ),
    },
  ],
};
