// The pages the OXXO facts come from, one source per page (kept apart so that the method file
// stays short).
import { source } from '../sources.js';

export const stripe = source(
  'stripe',
  'Stripe Docs: OXXO payments',
  'https://docs.stripe.com/payments/oxxo',
);
// The stored copy of Stripe's page with its "Refunds" and "Amount limits" sections (an earlier
// version of the page above; the same text is in the Wayback Machine copy of 27 May 2022).
export const stripeRefunds = source(
  'stripe',
  'Stripe Docs: OXXO payments (Refunds, Amount limits)',
  'https://stripe.com/docs/payments/oxxo',
  'Refunds; Amount limits',
);
export const stripeCheckout = source(
  'stripe',
  'Stripe Docs: Accept an OXXO payment (Checkout)',
  'https://stripe.com/docs/payments/oxxo/accept-a-payment',
);
export const ppro = source(
  'ppro',
  'PPRO Developer Hub: OXXO Pay',
  'https://developerhub.ppro.com/global-api/docs/oxxopay',
);
export const solidgate = source(
  'solidgate',
  'Solidgate Docs: OXXO',
  'https://docs.solidgate.com/payments/alternative-payments/oxxo/',
);
export const solidgateSupport = source(
  'solidgate',
  'Solidgate Support: OXXO',
  'https://support.solidgate.com/support/solutions/articles/80001027292-oxxo',
);
export const adyen = source(
  'adyen',
  'Adyen Docs: OXXO',
  'https://docs.adyen.com/payment-methods/oxxo',
);
export const worldpay = source(
  'worldpay',
  'Worldpay Developer: OXXO',
  'https://developer.worldpay.com/products/apms/oxxo',
  'Feature summary',
);
export const reach = source(
  'reach',
  'Reach Docs: OXXO',
  'https://docs.withreach.com/docs/oxxo',
  'Properties',
);
