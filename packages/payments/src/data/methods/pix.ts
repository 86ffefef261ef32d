import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Pix payments',
  'https://docs.stripe.com/payments/pix',
);
const antom = source('antom', 'Antom Docs: Pix', 'https://docs.antom.com/ac/antomop/pix');
const paypal = source(
  'paypal',
  'PayPal Developer: Pix, issue and manage refunds',
  'https://developer.paypal.com/limited-release/alternative-payment-methods/pix/manage-pix-payments/manage-refunds',
);
const worldline = source(
  'worldline',
  'Worldline Connect: Pix FAQ',
  'https://docs.connect.worldline-solutions.com/payment-product/pix/faqs',
);

/** Pix: Brazil's real-time payment system, by QR code or copy-and-paste string in a bank app. */
export const pix: PaymentMethodInput = {
  id: 'pix',
  name: 'Pix',
  category: fact('real-time-bank-payment', STRIPE_CATEGORIES, 'Listed under Real-time payments.'),
  countries: fact(['BR'], stripe),
  currencies: fact(['BRL'], stripe),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    stripe,
    'Customers scan a QR code or copy a Pix string into their banking app.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe, 'Refunds / Partial refunds: Yes / Yes.'),
      recurring: fact(
        true,
        stripe,
        'Recurring payments: Yes, through Pix Automático (not for Stripe accounts in Brazil).',
      ),
    },
    {
      provider: 'antom',
      min: fact([limit('1', 'BRL')], antom),
      refund: fact('full', antom, 'Refund ✔, Partial refund ✘.'),
      refundWindow: fact({ days: 90 }, antom),
      recurring: fact(false, antom, 'Auto Debit ✘.'),
    },
    {
      provider: 'paypal',
      refund: fact(
        'full-and-partial',
        paypal,
        '"You can generate multiple refunds if the total amount doesn\'t exceed the original".',
      ),
      refundWindow: fact({ days: 90 }, paypal, '"up to 90 days after settlement".'),
    },
    {
      provider: 'worldline',
      refund: fact(
        'full',
        worldline,
        "Partial not stated. Refunds go to the payer's Pix key; in about 1% of cases the customer is e-mailed for bank details.",
      ),
    },
  ],
};
