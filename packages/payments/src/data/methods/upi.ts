import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: UPI AutoPay',
  'https://docs.stripe.com/payments/upi/upi-autopay',
);
const solidgate = source(
  'solidgate',
  'Solidgate Docs: UPI Intent',
  'https://docs.solidgate.com/payments/alternative-payments/apms-overview/upi/upi-intent/',
);

/** UPI (intent and QR): India's real-time payments, approved in the shopper's UPI app. */
export const upi: PaymentMethodInput = {
  id: 'upi',
  name: 'UPI',
  category: fact('real-time-bank-payment', STRIPE_CATEGORIES, 'Listed under Real-time payments.'),
  countries: fact(['IN'], solidgate),
  currencies: fact(['INR'], solidgate),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    solidgate,
    'An app-to-app deep link on mobile; "On desktop, the same deep link is rendered as a QR code".',
  ),
  providers: [
    {
      provider: 'stripe',
      recurring: fact(
        true,
        stripe,
        'E-mandates (UPI AutoPay); recurring debits over 15,000 INR need the PIN each time.',
      ),
    },
    {
      provider: 'solidgate',
      min: fact([limit('29.50', 'INR')], solidgate),
      refund: fact(
        'full-and-partial',
        solidgate,
        'Refund yes, partial refunds yes, multiple partial refunds no.',
      ),
      recurring: fact(true, solidgate),
    },
    { provider: 'razorpay' },
  ],
};
