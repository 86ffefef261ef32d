import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const airwallex = source(
  'airwallex',
  'Airwallex Docs: FPS',
  'https://www.airwallex.com/docs/payments__apac__fps',
);

/** FPS: Hong Kong's Faster Payment System, paid by scanning a QR code in a banking app. */
export const fps: PaymentMethodInput = {
  id: 'fps',
  name: 'FPS (Faster Payment System)',
  category: fact('real-time-bank-payment', airwallex, 'Payment type: Instant Bank Transfer.'),
  countries: fact(['HK'], airwallex),
  currencies: fact(['HKD', 'CNY'], airwallex),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    airwallex,
    '"a payer can scan an FPS QR code and confirm ... on his mobile banking App".',
  ),
  providers: [
    {
      provider: 'airwallex',
      min: fact([limit('0.01', 'HKD')], airwallex),
      refund: fact('full-and-partial', airwallex),
      recurring: fact(false, airwallex),
    },
  ],
};
