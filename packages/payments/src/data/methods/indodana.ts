import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const xendit = source(
  'xendit',
  'Xendit Docs: Indodana PayLater',
  'https://docs.xendit.co/docs/indodana-paylater',
);

/** Indodana PayLater: Indonesian buy-now-pay-later credit. */
export const indodana: PaymentMethodInput = {
  id: 'indodana',
  name: 'Indodana PayLater',
  category: fact(
    'bnpl',
    xendit,
    '"a digital credit service that allows users to purchase goods or services on credit".',
  ),
  countries: fact(['ID'], xendit),
  currencies: fact(['IDR'], xendit),
  providers: [
    {
      provider: 'xendit',
      min: fact([limit('10000', 'IDR')], xendit),
      max: fact([limit('25000000', 'IDR')], xendit),
      refund: fact(
        'full-and-partial',
        xendit,
        'Refund ✅, partial refund ✅, multiple partial refunds ❌.',
      ),
      refundWindow: fact({ days: 30 }, xendit),
      recurring: fact(false, xendit),
    },
  ],
};
