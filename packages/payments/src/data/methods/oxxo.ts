import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: OXXO payments',
  'https://docs.stripe.com/payments/oxxo',
);
const stripeCheckout = source(
  'stripe',
  'Stripe Docs: Accept an OXXO payment (Checkout)',
  'https://stripe.com/docs/payments/oxxo/accept-a-payment',
);
const ppro = source(
  'ppro',
  'PPRO Developer Hub: OXXO Pay',
  'https://developerhub.ppro.com/global-api/docs/oxxopay',
);
const solidgate = source(
  'solidgate',
  'Solidgate Docs: OXXO',
  'https://docs.solidgate.com/payments/alternative-payments/oxxo/',
);
const adyen = source('adyen', 'Adyen Docs: OXXO', 'https://docs.adyen.com/payment-methods/oxxo');

/** OXXO: a cash voucher paid at OXXO convenience stores in Mexico. */
export const oxxo: PaymentMethodInput = {
  id: 'oxxo',
  name: 'OXXO',
  category: fact('cash-voucher', STRIPE_CATEGORIES, 'Listed under Vouchers.'),
  countries: fact(['MX'], ppro),
  currencies: fact(['MXN'], ppro),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    ppro,
    'A voucher (barcode) shown on any device, paid in cash at a store.',
  ),
  providers: [
    {
      provider: 'stripe',
      recurring: fact(
        false,
        stripeCheckout,
        '"You can only use one-time line items (recurring subscription plans are not supported)."',
      ),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        stripe,
        '"you receive confirmation by the next business day".',
      ),
      voucherExpiry: fact(
        { defaultDays: 5, minDays: 1, maxDays: 7 },
        stripe,
        '"Vouchers expire after 5 days by default. You can set a custom expiration from 1 to 7 days".',
      ),
    },
    {
      provider: 'ppro',
      min: fact([limit('1', 'MXN')], ppro),
      max: fact([limit('10000', 'MXN')], ppro),
      refund: fact('full-and-partial', ppro, 'Refund: Full - Partial - Multiple.'),
      refundWindow: fact({ days: 365 }, ppro),
      recurring: fact(false, ppro),
      voucherExpiry: fact({ defaultDays: 5 }, ppro, 'Authentication timeout 5 days.'),
    },
    {
      provider: 'solidgate',
      min: fact([limit('1', 'MXN')], solidgate),
      max: fact([limit('10000', 'MXN')], solidgate),
      refund: fact('full', solidgate, 'Refund: Yes; Partial refunds: No.'),
      recurring: fact(false, solidgate),
      confirmation: fact({ timing: 'delayed', upToBusinessDays: 1 }, solidgate),
    },
    {
      provider: 'adyen',
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        adyen,
        '"typically received within one business day, but can take longer".',
      ),
    },
  ],
};
