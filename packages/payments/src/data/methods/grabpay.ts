import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const stripe = source(
  'stripe',
  'Stripe Docs: GrabPay payments',
  'https://www.stripe.com/docs/payments/grabpay',
);
const ppro = source(
  'ppro',
  'PPRO Developer Hub: GrabPay Malaysia',
  'https://developerhub.ppro.com/simple-api/docs/grabpay-malaysia',
);
const antom = source(
  'antom',
  'Antom Docs: Grabpay MY/PH',
  'https://docs.antom.com/ac/antomop/grabpay_',
);
const paymongo = source(
  'paymongo',
  'PayMongo Docs: Refunding transactions',
  'https://developers.paymongo.com/docs/refunding-transactions',
);

/** GrabPay: the wallet of the Grab super-app (Singapore, Malaysia, the Philippines). */
export const grabpay: PaymentMethodInput = {
  id: 'grabpay',
  name: 'GrabPay',
  category: fact('wallet', antom, 'Payment type: Digital wallet.'),
  countries: fact(
    ['MY', 'SG', 'PH'],
    ppro,
    'PPRO supports GrabPay in Singapore and Malaysia; Antom lists Malaysia and the Philippines.',
  ),
  currencies: fact(
    ['MYR', 'PHP'],
    antom,
    'Processing currencies MYR, PHP (the SGD terms for Singapore were not in the sources read).',
  ),
  device: fact(
    { mobile: 'preferred', desktop: 'supported' },
    stripe,
    'Redirect to GrabPay, authentication by one-time password.',
  ),
  providers: [
    {
      provider: 'stripe',
      refund: fact('full-and-partial', stripe),
      refundWindow: fact(
        { days: 90 },
        stripe,
        '"GrabPay payments can be refunded up to 90 days after the original payment."',
      ),
    },
    {
      provider: 'ppro',
      currencies: fact(['MYR'], ppro),
      min: fact([limit('1.01', 'MYR')], ppro),
      max: fact([limit('1500', 'MYR')], ppro),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact(
        { days: 90 },
        ppro,
        'The merchant needs enough unsettled wallet balance for the refund to succeed.',
      ),
    },
    {
      provider: 'antom',
      currencies: fact(['MYR', 'PHP'], antom),
      min: fact([limit('0.01', 'MYR'), limit('10', 'PHP')], antom, '0.01 MYR; 10 PHP.'),
      max: fact([limit('1500', 'MYR'), limit('50000', 'PHP')], antom, '1,500 MYR; 50,000 PHP.'),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
    },
    {
      provider: 'paymongo',
      currencies: fact(['PHP'], paymongo),
      refund: fact(
        'full',
        paymongo,
        '"Partial refunds are not applicable to GrabPay and PayMaya transactions".',
      ),
      refundWindow: fact({ days: 90 }, paymongo),
    },
  ],
};
