import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: MoMo payments',
  'https://docs.stripe.com/payments/momo',
);
const adyen = source(
  'adyen',
  'Adyen Docs: MoMo',
  'https://docs.adyen.com/payment-methods/momo-wallet',
);

/** MoMo: Vietnam's most used e-wallet. */
export const momo: PaymentMethodInput = {
  id: 'momo',
  name: 'MoMo',
  category: fact('wallet', stripe, 'Payment method family: Wallet.'),
  countries: fact(['VN'], stripe),
  popularity: [
    {
      country: 'VN',
      scope: 'wallets',
      share: fact(70, adyen, '"more than 70% of the market share" (of e-wallets).'),
    },
  ],
  currencies: fact(['VND'], stripe),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    adyen,
    'Desktop: a QR code scanned with the MoMo app; mobile: into the app.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe),
      recurring: fact(true, stripe, 'Recurring payments through saved mandates.'),
    },
    { provider: 'adyen' },
  ],
};
