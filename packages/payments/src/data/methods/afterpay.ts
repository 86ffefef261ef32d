import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Afterpay / Clearpay',
  'https://developerhub.ppro.com/simple-api/docs/afterpay',
);
const paypal = source(
  'paypal',
  'PayPal Developer: Accept Afterpay payments',
  'https://developer.paypal.com/limited-release/alternative-payment-methods/afterpay/overview',
);
const stripe = source(
  'stripe',
  'Stripe Docs: Afterpay and Clearpay payments',
  'https://docs.stripe.com/payments/afterpay-clearpay',
);
const dodo = source(
  'dodo',
  'Dodo Payments: Buy Now Pay Later',
  'https://docs.dodopayments.com/features/payment-methods/bnpl',
);

/** Afterpay (Clearpay in the UK): pay in 4 interest-free instalments. */
export const afterpay: PaymentMethodInput = {
  id: 'afterpay',
  name: 'Afterpay / Clearpay',
  category: fact('bnpl', stripe, 'Payment method family: Buy now, pay later.'),
  countries: fact(
    ['AU', 'NZ', 'US', 'GB', 'CA'],
    stripe,
    'Business locations AU, CA, GB, NZ, US (Stripe lists where merchants may offer it).',
  ),
  currencies: fact(
    ['AUD', 'NZD', 'USD', 'GBP', 'CAD'],
    stripe,
    'One currency per business location.',
  ),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    stripe,
    'Redirect to Afterpay to approve a payment plan.',
  ),
  providers: [
    {
      provider: 'stripe',
      recurring: fact(false, stripe, 'Usability: Single-use.'),
      confirmation: fact(
        { timing: 'real-time' },
        stripe,
        'Payment confirmation timing: Immediate.',
      ),
    },
    {
      provider: 'ppro',
      currencies: fact(['USD', 'GBP'], ppro),
      min: fact(
        [limit('1', 'USD'), limit('1', 'GBP')],
        ppro,
        'Pay-in-4; monthly payments from USD 400.',
      ),
      max: fact(
        [limit('2000', 'USD'), limit('1200', 'GBP')],
        ppro,
        'Pay-in-4; monthly payments up to USD 4,000.',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 120 }, ppro),
      recurring: fact(false, ppro),
    },
    {
      provider: 'paypal',
      currencies: fact(['USD', 'GBP'], paypal),
      min: fact([limit('1', 'USD'), limit('1', 'GBP')], paypal),
      refund: fact(
        'full-and-partial',
        paypal,
        '"Yes, full/partial/ multiple refunds within 120 days".',
      ),
      refundWindow: fact({ days: 120 }, paypal),
    },
    {
      provider: 'dodo',
      currencies: fact(['USD', 'GBP'], dodo),
      min: fact([limit('50.01', 'USD')], dodo, '"$50.01 (or equivalent)".'),
      recurring: fact(false, dodo),
    },
  ],
};
