import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: PromptPay payments',
  'https://docs.stripe.com/payments/promptpay',
);
const antom = source(
  'antom',
  'Antom Docs: PromptPay',
  'https://docs.antom.com/ac/antomop/promptpay',
);
const xendit = source(
  'xendit',
  'Xendit Docs: QR PromptPay',
  'https://docs.xendit.co/docs/qr-promptpay',
);

/** PromptPay: Thailand's real-time payment network; the shopper scans a QR code in a bank app. */
export const promptpay: PaymentMethodInput = {
  id: 'promptpay',
  name: 'PromptPay',
  category: fact('real-time-bank-payment', STRIPE_CATEGORIES, 'Listed under Real-time payments.'),
  countries: fact(['TH'], stripe),
  currencies: fact(['THB'], stripe),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    stripe,
    '"Customers see a QR code when checking out"; they scan it with a Thai bank app.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: fact(
        false,
        stripe,
        'Not supported in Checkout subscription mode; invoices only with send_invoice.',
      ),
      confirmation: fact(
        { timing: 'real-time' },
        stripe,
        '"You receive confirmation from Stripe instantly".',
      ),
    },
    {
      provider: 'antom',
      min: fact([limit('0.01', 'THB')], antom),
      max: fact([limit('9999999999.99', 'THB')], antom),
      refund: fact('none', antom, 'Refund ✘, partial refund ✘.'),
      recurring: fact(false, antom),
    },
    {
      provider: 'xendit',
      min: fact([limit('1', 'THB')], xendit),
      max: fact([limit('700000', 'THB')], xendit),
    },
  ],
};
