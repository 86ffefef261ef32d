import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source(
  'antom',
  'Antom Docs: Maya',
  'https://docs.antom.com/ac/antomop/maya_deprecated?pageVersion=7&version=1.0.105',
);
const paymongo = source(
  'paymongo',
  'PayMongo Docs: Refunding transactions',
  'https://developers.paymongo.com/docs/refunding-transactions',
);

/** Maya (formerly PayMaya): a Philippine e-wallet. */
export const maya: PaymentMethodInput = {
  id: 'maya',
  name: 'Maya',
  category: fact('wallet', antom, 'Payment type: Wallet.'),
  countries: fact(['PH'], antom),
  currencies: fact(['PHP'], antom),
  providers: [
    {
      provider: 'antom',
      min: fact([limit('1', 'PHP')], antom),
      max: fact([limit('100000', 'PHP')], antom),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 365 }, antom),
      recurring: fact(false, antom, 'Auto Debit ✘.'),
    },
    {
      provider: 'paymongo',
      refund: fact(
        'full',
        paymongo,
        '"Partial refunds are not applicable to GrabPay and PayMaya transactions".',
      ),
      refundWindow: fact({ days: 365 }, paymongo),
    },
  ],
};
