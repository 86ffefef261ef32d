import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, source } from '../sources.js';

const razorpay = source(
  'razorpay',
  'Razorpay Docs: Migrate from UPI Collect to UPI Intent/QR Code',
  'https://razorpay.com/docs/announcements/upi-collect-migration/standard-integration',
);
const payu = source(
  'payu',
  'PayU Docs: UPI Collect Disablement Information',
  'https://docs.payu.in/docs/upi-collect-disablement-information',
);

/**
 * UPI Collect: the shopper types a UPI ID (VPA) and approves a collect request. NPCI deprecated
 * it for merchants from 28 February 2026 (exemptions: iOS app and mobile web, IPO and securities,
 * mandate execution, e-RUPI, cross-border). The "person-to-person collect ended 1 October
 * 2025" was not found in the sources read, so it is not recorded.
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
  availableUntil: fact(
    '2026-02-27',
    razorpay,
    '"the UPI Collect flow is being deprecated effective 28 February 2026" (last day read as 27 February); iOS app and mobile web, IPO and securities (MCC 6012, 6211), mandate execution, e-RUPI and cross-border payments stay exempt.',
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
