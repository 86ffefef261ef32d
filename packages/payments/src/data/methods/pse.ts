import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const yuno = source(
  'mercado-pago',
  'Yuno Docs: Mercado Pago - PSE',
  'https://docs.y.uno/docs/mercado-pago-pse',
);

/** PSE: Colombia's online bank debit (Pagos Seguros en Línea). */
export const pse: PaymentMethodInput = {
  id: 'pse',
  name: 'PSE',
  category: fact('bank-redirect', yuno, 'Online bank payment through PSE.'),
  countries: fact(['CO'], yuno),
  currencies: fact(['COP'], yuno),
  providers: [
    {
      provider: 'mercado-pago',
      refund: fact(
        'full-and-partial',
        yuno,
        'Refund support: Yes; partial refunds: Yes; multiple refunds: Yes.',
      ),
      refundWindow: fact({ days: 180 }, yuno, '"Within 180 days of its approval date."'),
      recurring: fact(false, yuno),
    },
  ],
};
