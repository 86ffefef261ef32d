import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source('antom', 'Antom Docs: MB WAY', 'https://docs.antom.com/ac/antomop/mbway');
const mollie = source('mollie', 'Mollie Docs: MB Way', 'https://docs.mollie.com/docs/mbways');
const adyen = source(
  'adyen',
  'Adyen Docs: MB Way',
  'https://docs.adyen.com/payment-methods/mb-way/',
);
const solidgate = source(
  'solidgate',
  'Solidgate Docs: MB WAY',
  'https://docs.solidgate.com/payments/alternative-payments/mb-way/',
);

/** MB WAY: Portugal's leading wallet, paid by phone number and confirmed in the app. */
export const mbWay: PaymentMethodInput = {
  id: 'mb-way',
  name: 'MB WAY',
  category: fact('wallet', adyen, 'Payment type: Wallets.'),
  countries: fact(['PT'], adyen),
  popularity: [
    { country: 'PT', scope: 'unstated', share: fact(45, mollie, '"With over 45% market share".') },
  ],
  currencies: fact(['EUR'], adyen),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    adyen,
    'The shopper enters a phone number, then completes the payment in the MB Way app.',
  ),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('0.01', 'EUR')], antom),
      max: fact(
        [limit('1000', 'EUR')],
        antom,
        'The default is 1,000 EUR; buyers can raise it to 5,000 EUR in the app.',
      ),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 120 }, antom),
    },
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'EUR')], mollie),
      max: fact([limit('5000', 'EUR')], mollie),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 120 }, mollie),
      recurring: fact(false, mollie),
    },
    {
      provider: 'adyen',
      refund: fact(
        'full-and-partial',
        adyen,
        'Refunds, partial refunds and multiple partial refunds supported.',
      ),
      recurring: fact(false, adyen),
    },
    {
      provider: 'solidgate',
      min: fact([limit('1', 'EUR')], solidgate),
      max: fact([limit('5000', 'EUR')], solidgate),
      refund: fact('full-and-partial', solidgate, 'Supports only a single partial refund.'),
      recurring: fact(false, solidgate),
    },
  ],
};
