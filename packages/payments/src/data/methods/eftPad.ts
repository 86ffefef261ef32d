import type { PaymentMethodInput } from '../../types.js';
import { STRIPE_CATEGORIES } from '../common.js';
import { fact, source } from '../sources.js';

const airwallex = source(
  'airwallex',
  'Airwallex Docs: North America & LATAM online payment methods',
  'https://www.airwallex.com/docs/online-payments__us-and-latam__us',
);
const worldpay = source(
  'worldpay',
  'Worldpay Developer: Canada Electronic Funds Transfer (EFT)',
  'https://developer.worldpay.com/products/apms/20230601/paydirect/eft.md',
);

/** Canadian EFT pre-authorized debit: debits from Canadian bank accounts. */
export const eftPad: PaymentMethodInput = {
  id: 'eft-pad',
  name: 'EFT Pre-Authorized Debit (Canada)',
  category: fact('direct-debit', STRIPE_CATEGORIES, 'Listed under Bank debits.'),
  countries: fact(['CA'], worldpay),
  currencies: fact(['CAD'], worldpay),
  providers: [
    {
      provider: 'airwallex',
      refund: fact('none', airwallex, 'Refunds ⛔.'),
      recurring: fact(true, airwallex),
    },
    {
      provider: 'worldpay',
      refund: fact(
        'none',
        worldpay,
        'Refunds ❌ (reversals ✅); "refunds can occur, and are managed directly at acquirer level".',
      ),
      recurring: fact(
        false,
        worldpay,
        'Recurring ❌: the merchant schedules repeat payments, each treated independently.',
      ),
      confirmation: fact(
        { timing: 'delayed', upToBusinessDays: 1 },
        worldpay,
        'Processed overnight or the next working day.',
      ),
    },
  ],
};
