import type { PaymentDataset } from '../../types.js';
// The built-in methods used in Asia-Pacific: whole entries, each fact with its source and asOf
// as in PAYMENT_DATASET (a test holds the two together).
import { afterpay } from '../methods/afterpay.js';
import { alipay } from '../methods/alipay.js';
import { applePay } from '../methods/applePay.js';
import { card } from '../methods/card.js';
import { dana } from '../methods/dana.js';
import { fps } from '../methods/fps.js';
import { gcash } from '../methods/gcash.js';
import { googlePay } from '../methods/googlePay.js';
import { gopay } from '../methods/gopay.js';
import { grabpay } from '../methods/grabpay.js';
import { indodana } from '../methods/indodana.js';
import { kakaoPay } from '../methods/kakaoPay.js';
import { konbini } from '../methods/konbini.js';
import { koreanCards } from '../methods/koreanCards.js';
import { linePay } from '../methods/linePay.js';
import { maya } from '../methods/maya.js';
import { momo } from '../methods/momo.js';
import { naverPay } from '../methods/naverPay.js';
import { ovo } from '../methods/ovo.js';
import { payco } from '../methods/payco.js';
import { paypay } from '../methods/paypay.js';
import { promptpay } from '../methods/promptpay.js';
import { tossPay } from '../methods/tossPay.js';
import { touchNGo } from '../methods/touchNGo.js';
import { truemoney } from '../methods/truemoney.js';
import { upi } from '../methods/upi.js';
import { upiCollect } from '../methods/upiCollect.js';
import { wechatPay } from '../methods/wechatPay.js';
import { zalopay } from '../methods/zalopay.js';
import { PAYMENTS_ASIA_PACIFIC_COUNTRIES } from './countries.js';
import { regional } from './regional.js';

/**
 * The built-in data for Asia-Pacific: the 29 methods used there, whole (a method used
 * elsewhere too, such as cards, keeps every country and fact), every provider, and the
 * price-presentation rules and refund bank details of its countries. A request for a country
 * outside it throws `payments/country-not-in-dataset`; join regions with `mergePaymentDatasets`.
 *
 * @example
 * recommendPaymentMethods({ dataset: PAYMENTS_ASIA_PACIFIC, country: 'JP', currency: 'JPY', amount: 5000, device: 'mobile', at });
 * @since 0.1.0
 */
export const PAYMENTS_ASIA_PACIFIC: PaymentDataset = /* @__PURE__ */ regional(
  'PAYMENTS_ASIA_PACIFIC',
  PAYMENTS_ASIA_PACIFIC_COUNTRIES,
  [
    afterpay,
    alipay,
    applePay,
    card,
    dana,
    fps,
    gcash,
    googlePay,
    gopay,
    grabpay,
    indodana,
    kakaoPay,
    konbini,
    koreanCards,
    linePay,
    maya,
    momo,
    naverPay,
    ovo,
    payco,
    paypay,
    promptpay,
    tossPay,
    touchNGo,
    truemoney,
    upi,
    upiCollect,
    wechatPay,
    zalopay,
  ],
);
