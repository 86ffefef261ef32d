import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, limit, source } from '../sources.js';

const mollie = source(
  'mollie',
  'Mollie Docs: SEPA Direct Debit',
  'https://docs.mollie.com/docs/sepa-direct-debit',
);
const worldpay = source(
  'worldpay',
  'Worldpay Docs: SEPA Direct Debit',
  'https://docs.worldpay.com/access/products/apms/sepa',
);

/** SEPA Direct Debit: euro debits from an IBAN under a mandate; the standard for subscriptions. */
export const sepaDirectDebit: PaymentMethodInput = {
  id: 'sepa-direct-debit',
  name: 'SEPA Direct Debit',
  category: fact('direct-debit', STRIPE_CATEGORIES, 'Listed under Bank debits.'),
  countries: fact(
    ['DE', 'NL', 'BE', 'AT', 'FR', 'IT', 'ES', 'PT', 'FI', 'SE', 'DK', 'PL', 'NO'],
    mollie,
    'All 27 EU countries, IS, LI, NO, AD, SM, MC, VA; recorded for the EU and EEA countries of this dataset.',
  ),
  currencies: fact(['EUR'], mollie),
  device: fact(
    { mobile: 'supported', desktop: 'supported' },
    mollie,
    'The shopper gives an IBAN and accepts a mandate.',
  ),
  providers: [
    {
      provider: 'mollie',
      min: fact([limit('0.01', 'EUR')], mollie),
      max: fact([limit('1000', 'EUR')], mollie, '1,000.00 EUR is the default limit.'),
      refund: fact('full-and-partial', mollie),
      refundWindow: fact({ days: 365 }, mollie),
      recurring: fact(true, mollie),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 9 },
        mollie,
        'Settlement delay 9 business days; chargeable back within 8 weeks.',
      ),
    },
    {
      provider: 'worldpay',
      refund: fact('full-and-partial', worldpay, 'Refunds yes, partial refund yes.'),
    },
  ],
};
