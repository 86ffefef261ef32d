import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const dodo = source(
  'dodo',
  'Dodo Payments: South Korea payment methods',
  'https://docs.dodopayments.com/features/payment-methods/south-korea',
);

/** PAYCO: a South Korean wallet. */
export const payco: PaymentMethodInput = {
  id: 'payco',
  name: 'PAYCO',
  category: fact('wallet', dodo),
  countries: fact(['KR'], dodo),
  currencies: fact(['KRW'], dodo),
  providers: [
    {
      provider: 'dodo',
      recurring: fact(false, dodo, 'PAYCO is offered for one-time payments only.'),
    },
  ],
};
