import type { PaymentMethodInput } from '../../types.js';
import { fact, source } from '../sources.js';

const wechat = source(
  'wechat-pay',
  'WeChat Pay: Refunds FAQ',
  'https://pay.weixin.qq.com/wechatpay_h5/pages/faq/refund.shtml',
);

/** WeChat Pay: the wallet inside WeChat. */
export const wechatPay: PaymentMethodInput = {
  id: 'wechat-pay',
  name: 'WeChat Pay',
  category: fact('wallet', wechat),
  countries: fact(
    ['CN'],
    wechat,
    'Users of WeChat Cross-Border Pay are mainly Chinese users with a Chinese Mainland ID card.',
  ),
  currencies: fact(['CNY'], wechat, 'Refunds require CNY; transaction funds are held as CNY.'),
  providers: [
    {
      provider: 'wechat-pay',
      refund: fact(
        'full-and-partial',
        wechat,
        '"Can an order be partially refunded? Yes. But an order can be refunded for a maximum of 50 times."',
      ),
      refundWindow: fact(
        { days: 365 },
        wechat,
        '"Only the transaction orders completed in the last 365 days are refundable."',
      ),
    },
  ],
};
