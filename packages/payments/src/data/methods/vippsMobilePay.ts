import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const mastercard = source(
  'mastercard-gateway',
  'Mastercard Gateway: Vipps MobilePay',
  'https://ap-gateway.mastercard.com/api/documentation/integrationGuidelines/supportedFeatures/pickPaymentMethod/browserPayments/vippsMobilePay.html?locale=en_US',
);

/** Vipps MobilePay: the Nordic mobile wallet (Norway, Denmark, Finland). */
export const vippsMobilePay: PaymentMethodInput = {
  id: 'vipps-mobilepay',
  name: 'Vipps MobilePay',
  category: fact('wallet', mastercard, '"a leading mobile wallet".'),
  countries: fact(
    ['NO', 'DK', 'FI'],
    mastercard,
    '"widely used across Norway, Denmark, and Finland".',
  ),
  currencies: fact(
    ['NOK', 'DKK', 'EUR'],
    mastercard,
    'The local currencies of the three countries named (the page lists no currencies).',
  ),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    mastercard,
    'The shopper enters a mobile number and approves the request in the app.',
  ),
  providers: [{ provider: 'mastercard-gateway' }],
};
