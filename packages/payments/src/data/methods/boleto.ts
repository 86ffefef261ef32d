import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: Boleto payments',
  'https://docs.stripe.com/payments/boleto',
);
const ppro = source(
  'ppro',
  'PPRO Developer Hub: Boleto Bancário',
  'https://developerhub.ppro.com/global-api/docs/boleto-bancario',
);
const worldline = source(
  'worldline',
  'Worldline Connect: Boleto Bancário, additional information',
  'https://docs.connect.worldline-solutions.com/payment-product/boleto-bancario/additional-information',
);
const worldlineOverview = source(
  'worldline',
  'Worldline Connect: Boleto Bancário overview',
  'https://docs.connect.worldline-solutions.com/payment-product/boleto-bancario',
);

/** Boleto Bancário: a Brazilian voucher paid in cash, at an ATM or in online banking. */
export const boleto: PaymentMethodInput = {
  id: 'boleto',
  name: 'Boleto Bancário',
  category: fact('cash-voucher', STRIPE_CATEGORIES, 'Listed under Vouchers.'),
  countries: fact(['BR'], stripe),
  popularity: [
    {
      country: 'BR',
      scope: 'all',
      share: fact(
        20,
        worldlineOverview,
        '"processing around 20 percent of the e-payments in Brazil".',
      ),
    },
  ],
  currencies: fact(['BRL'], stripe),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    ppro,
    'REDIRECT and SCAN_CODE flows: a barcode on any device.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('none', stripe, 'Refunds / Partial refunds: No / No.'),
      recurring: fact(
        true,
        stripe,
        'Recurring Payments: Yes (through subscriptions and invoices).',
      ),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        stripe,
        '"You\'ll receive payment confirmation after 1 business day".',
      ),
    },
    {
      provider: 'ppro',
      min: fact([limit('0.02', 'BRL')], ppro),
      max: fact([limit('250000', 'BRL')], ppro),
      refund: fact('full-and-partial', ppro, 'Refund: Full - Partial - Multiple.'),
      refundWindow: fact({ days: 365 }, ppro),
      recurring: fact(false, ppro),
      voucherExpiry: fact({ defaultDays: 3 }, ppro, 'Authentication timeout 3 days.'),
    },
    {
      provider: 'worldline',
      refund: fact(
        'to-bank-account',
        worldline,
        '"Refunds on this payment product are made via bank transfer (Payment Product ID 1027)".',
      ),
      refundWindow: fact(
        { days: 180 },
        worldline,
        '"The maximum timeline for processing a refund is 180 days."',
      ),
    },
  ],
};
