import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import * as page from '../pages/oxxo.js';
import { disputed, fact, limit } from '../sources.js';

/**
 * OXXO: a cash voucher paid at OXXO convenience stores in Mexico. Stripe, Adyen and Worldpay
 * refund nothing through it (Stripe: merchants "credit their customers who reach out directly");
 * PPRO, Solidgate's docs page and Reach document refunds.
 */
export const oxxo: PaymentMethodInput = {
  id: 'oxxo',
  name: 'OXXO',
  category: fact('cash-voucher', STRIPE_CATEGORIES, 'Listed under Vouchers.'),
  countries: fact(['MX'], page.ppro),
  currencies: fact(['MXN'], page.ppro),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    page.ppro,
    'A voucher (barcode) shown on any device, paid in cash at a store.',
  ),
  providers: [
    {
      provider: 'stripe',
      min: fact([limit('10', 'MXN')], page.stripeRefunds, '"at least 10.00 MXN".'),
      max: fact([limit('10000', 'MXN')], page.stripeRefunds, '"no more than 10,000.00 MXN".'),
      refund: fact(
        'none',
        page.stripeRefunds,
        '"OXXO payments can\'t be refunded. Some merchants have created a separate process to credit their customers who reach out directly."',
      ),
      recurring: fact(
        false,
        page.stripeCheckout,
        '"You can only use one-time line items (recurring subscription plans are not supported)."',
      ),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        page.stripe,
        '"you receive confirmation by the next business day".',
      ),
      voucherExpiry: fact(
        { defaultDays: 5, minDays: 1, maxDays: 7 },
        page.stripe,
        '"Vouchers expire after 5 days by default. You can set a custom expiration from 1 to 7 days".',
      ),
    },
    {
      provider: 'ppro',
      min: fact([limit('1', 'MXN')], page.ppro),
      max: fact([limit('10000', 'MXN')], page.ppro),
      refund: fact('full-and-partial', page.ppro, 'Refund: Full - Partial - Multiple.'),
      refundWindow: fact({ days: 365 }, page.ppro),
      recurring: fact(false, page.ppro),
      voucherExpiry: fact({ defaultDays: 5 }, page.ppro, 'Authentication timeout 5 days.'),
    },
    {
      provider: 'solidgate',
      min: disputed(
        fact([limit('1', 'MXN')], page.solidgate),
        fact(
          [limit('10', 'MXN')],
          page.solidgateSupport,
          '"at least $10.00 MXN" (the support article).',
        ),
      ),
      max: fact([limit('10000', 'MXN')], page.solidgate),
      refund: disputed(
        fact('full', page.solidgate, 'Refund: Yes; Partial refunds: No.'),
        fact(
          'none',
          page.solidgateSupport,
          '"OXXO payments cannot be refunded" (the support article, in Stripe\'s words).',
        ),
      ),
      recurring: fact(false, page.solidgate),
      confirmation: fact({ timing: 'delayed', upToBusinessDays: 1 }, page.solidgate),
    },
    {
      provider: 'adyen',
      refund: fact('none', page.adyen, 'Refunds ✗, partial refunds ✗ (table).'),
      recurring: fact(false, page.adyen, 'Recurring ✗.'),
      confirmation: fact({ timing: 'delayed', upToBusinessDays: 1 }, page.adyen, '"Typically".'),
    },
    {
      provider: 'worldpay',
      min: fact([limit('10', 'MXN')], page.worldpay, '"Minimum Transaction Value: 10,00 MXN".'),
      max: fact([limit('10000', 'MXN')], page.worldpay, 'Maximum 10.000,00 MXN.'),
      refund: fact(
        'none',
        page.worldpay,
        'Reversals ❌, partial reversals ❌ (a Worldpay APM reversal is a cancel or a refund).',
      ),
      recurring: fact(false, page.worldpay, 'Recurring ❌.'),
      voucherExpiry: fact({ minDays: 1, maxDays: 30 }, page.worldpay, 'Validity 1–30 days.'),
    },
    {
      provider: 'reach',
      max: fact([limit('10000', 'MXN')], page.reach, 'Maximum MXN 10.000.'),
      refund: fact('full', page.reach, 'Refunds within 180 days; partial not stated.'),
      refundWindow: fact({ days: 180 }, page.reach, '"a refund period of 180 days".'),
      recurring: fact(true, page.reach, 'Recurring Payments: Yes.'),
    },
  ],
};
