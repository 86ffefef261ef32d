import type { PaymentDataset } from '../../types.js';
// The built-in methods used in Europe (the EU and EEA, the UK, Switzerland, Andorra and Türkiye): whole entries, each fact with its source and asOf
// as in PAYMENT_DATASET (a test holds the two together).
import { afterpay } from '../methods/afterpay.js';
import { applePay } from '../methods/applePay.js';
import { bancontact } from '../methods/bancontact.js';
import { bizum } from '../methods/bizum.js';
import { blik } from '../methods/blik.js';
import { card } from '../methods/card.js';
import { giropay } from '../methods/giropay.js';
import { googlePay } from '../methods/googlePay.js';
import { ideal } from '../methods/ideal.js';
import { klarna } from '../methods/klarna.js';
import { mbWay } from '../methods/mbWay.js';
import { multibanco } from '../methods/multibanco.js';
import { przelewy24 } from '../methods/przelewy24.js';
import { sepaDirectDebit } from '../methods/sepaDirectDebit.js';
import { sofort } from '../methods/sofort.js';
import { swish } from '../methods/swish.js';
import { trustly } from '../methods/trustly.js';
import { twint } from '../methods/twint.js';
import { vippsMobilePay } from '../methods/vippsMobilePay.js';
import { wero } from '../methods/wero.js';
import { PAYMENTS_EUROPE_COUNTRIES } from './countries.js';
import { regional } from './regional.js';

/**
 * The built-in data for Europe (the EU and EEA, the UK, Switzerland, Andorra and Türkiye): the 20 methods used there, whole (a method used
 * elsewhere too, such as cards, keeps every country and fact), every provider, and the
 * price-presentation rules and refund bank details of its countries. A request for a country
 * outside it throws `payments/country-not-in-dataset`; join regions with `mergePaymentDatasets`.
 *
 * @example
 * recommendPaymentMethods({ dataset: PAYMENTS_EUROPE, country: 'PL', currency: 'PLN', amount: 4900, device: 'mobile', at });
 * @since 0.1.0
 */
export const PAYMENTS_EUROPE: PaymentDataset = /* @__PURE__ */ regional(
  'PAYMENTS_EUROPE',
  PAYMENTS_EUROPE_COUNTRIES,
  [
    afterpay,
    applePay,
    bancontact,
    bizum,
    blik,
    card,
    giropay,
    googlePay,
    ideal,
    klarna,
    mbWay,
    multibanco,
    przelewy24,
    sepaDirectDebit,
    sofort,
    swish,
    trustly,
    twint,
    vippsMobilePay,
    wero,
  ],
);
