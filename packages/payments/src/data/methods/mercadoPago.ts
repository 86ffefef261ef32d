import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const antom = source(
  'antom',
  'Antom Docs: Mercado Pago',
  'https://docs.antom.com/ac/antomop/mp_mdx',
);
const payermax = source(
  'payermax',
  'PayerMax Docs: North America & Latin America payment methods',
  'https://docs.payermax.com/en/doc-center/receipt/cashier/payment-method/north-america-and-latin-america.html',
);

/** Mercado Pago: the wallet of Mercado Libre across Latin America. */
export const mercadoPago: PaymentMethodInput = {
  id: 'mercado-pago',
  name: 'Mercado Pago',
  category: fact('wallet', antom, 'Payment type: Digital wallet.'),
  countries: fact(
    ['BR', 'MX', 'CL', 'PE'],
    antom,
    'Buyer country/region: Brazil, Peru, Chile, Mexico ("already in 7 countries in Latin America").',
  ),
  currencies: fact(['BRL', 'MXN', 'CLP', 'PEN'], antom),
  device: fact({ mobile: 'supported', desktop: 'supported' }, antom, 'Payment flow: Redirect.'),
  providers: [
    {
      provider: 'antom',
      min: fact(
        [limit('5', 'BRL'), limit('5', 'MXN'), limit('10', 'CLP'), limit('1', 'PEN')],
        antom,
      ),
      max: fact(
        [
          limit('60000', 'BRL'),
          limit('200000', 'MXN'),
          limit('70000000', 'CLP'),
          limit('30000', 'PEN'),
        ],
        antom,
      ),
      refund: fact('full-and-partial', antom),
      refundWindow: fact({ days: 180 }, antom),
    },
    {
      provider: 'payermax',
      currencies: fact(['BRL'], payermax),
      min: fact([limit('0.01', 'BRL')], payermax),
      max: fact([limit('10000000', 'BRL')], payermax),
      refund: fact('full-and-partial', payermax, 'Refund Y, partial refund Y.'),
    },
  ],
};
