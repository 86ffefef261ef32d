import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { disputed, fact, source } from '../sources.js';

const razorpay = source(
  'razorpay',
  'Razorpay Docs: Migrate from UPI Collect to UPI Intent/QR Code',
  'https://razorpay.com/docs/announcements/upi-collect-migration/standard-integration',
);
const npci = source(
  'scheme',
  'Financial Express: UPI payment rules to change from October 1 (NPCI circular of 29 July 2025)',
  'https://www.financialexpress.com/life/technology-phonepe-gpay-and-paytm-upi-users-alert-upi-payment-rules-to-change-from-october-1-check-crucial-details-3945690',
);
const payu = source(
  'payu',
  'PayU Docs: UPI Collect Disablement Information',
  'https://docs.payu.in/docs/upi-collect-disablement-information',
);

/**
 * UPI Collect: the shopper types a UPI ID (VPA) and approves a collect request. NPCI deprecated
 * it for merchants from 28 February 2026 (exemptions: iOS app and mobile web, IPO and securities,
 * mandate execution, e-RUPI, cross-border). Person-to-person collect requests ended earlier, on
 * 1 October 2025 (NPCI circular of 29 July 2025); that date is recorded beside the merchant one
 * and not used, because it did not apply to merchants.
 */
export const upiCollect: PaymentMethodInput = {
  id: 'upi-collect',
  name: 'UPI Collect (VPA entry)',
  category: fact(
    'real-time-bank-payment',
    STRIPE_CATEGORIES,
    'UPI is listed under Real-time payments.',
  ),
  countries: fact(['IN'], razorpay),
  currencies: fact(['INR'], razorpay),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    razorpay,
    'The shopper enters a VPA, UPI ID or mobile number, then approves in the UPI app.',
  ),
  availableUntil: disputed(
    fact(
      '2026-02-27',
      razorpay,
      '"the UPI Collect flow is being deprecated effective 28 February 2026" (last day read as 27 February); iOS app and mobile web, IPO and securities (MCC 6012, 6211), mandate execution, e-RUPI and cross-border payments stay exempt.',
    ),
    fact(
      '2025-09-30',
      npci,
      'Person-to-person collect only: "no P2P collect transaction is initiated, routed, or processed on UPI beyond October 1, 2025"; merchant collect requests were not affected.',
    ),
  ),
  successor: fact('upi', razorpay, '"migrate to UPI Intent or UPI QR code".'),
  providers: [
    {
      provider: 'razorpay',
      availableUntil: fact('2026-02-27', razorpay),
      successor: fact('upi', razorpay),
    },
    {
      provider: 'payu',
      availableUntil: fact('2026-02-27', payu, '"deprecated effective 28 February 2026".'),
      successor: fact('upi', payu, '"UPI Intent or UPI QR".'),
    },
  ],
};
