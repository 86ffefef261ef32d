import type { PaymentMethodInput } from '../../types.js';
import { fact, limit, source } from '../sources.js';

const ppro = source(
  'ppro',
  'PPRO Developer Hub: Alipay Online',
  'https://developerhub.ppro.com/simple-api/docs/alipay-online',
);

/** Alipay: China's largest wallet; on a desktop the shopper scans a QR code with the app. */
export const alipay: PaymentMethodInput = {
  id: 'alipay',
  name: 'Alipay',
  category: fact('wallet', ppro),
  countries: fact(['CN'], ppro, "Country where the consumer's wallet is domiciled: CN."),
  currencies: fact(
    ['CNY', 'AUD', 'CAD', 'CHF', 'EUR', 'GBP', 'HKD', 'JPY', 'NZD', 'SGD', 'USD'],
    ppro,
    'Processing currencies; the consumer pays in CNY.',
  ),
  device: fact(
    { mobile: 'preferred', desktop: 'qr' },
    ppro,
    'Desktop: a QR code to scan; mobile: a payment link into the app.',
  ),
  providers: [
    {
      provider: 'ppro',
      min: fact([limit('0.1', 'CNY')], ppro),
      max: fact(
        [limit('300000', 'CNY')],
        ppro,
        'Wallet balance CNY 300,000 per transaction; bank card CNY 50,000 per bank or lower.',
      ),
      refund: fact('full-and-partial', ppro),
      refundWindow: fact({ days: 360 }, ppro),
    },
  ],
};
