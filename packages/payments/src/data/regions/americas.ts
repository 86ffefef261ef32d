import type { PaymentDataset } from '../../types.js';
// The built-in methods used in the Americas: whole entries, each fact with its source and asOf
// as in PAYMENT_DATASET (a test holds the two together).
import { achDirectDebit } from '../methods/achDirectDebit.js';
import { afterpay } from '../methods/afterpay.js';
import { applePay } from '../methods/applePay.js';
import { boleto } from '../methods/boleto.js';
import { card } from '../methods/card.js';
import { efecty } from '../methods/efecty.js';
import { eftPad } from '../methods/eftPad.js';
import { googlePay } from '../methods/googlePay.js';
import { klarna } from '../methods/klarna.js';
import { mercadoPago } from '../methods/mercadoPago.js';
import { oxxo } from '../methods/oxxo.js';
import { pix } from '../methods/pix.js';
import { pse } from '../methods/pse.js';
import { rapipago } from '../methods/rapipago.js';
import { spei } from '../methods/spei.js';
import { webpay } from '../methods/webpay.js';
import { PAYMENTS_AMERICAS_COUNTRIES } from './countries.js';
import { regional } from './regional.js';

/**
 * The built-in data for the Americas: the 16 methods used there, whole (a method used
 * elsewhere too, such as cards, keeps every country and fact), every provider, and the
 * price-presentation rules and refund bank details of its countries. A request for a country
 * outside it throws `payments/country-not-in-dataset`; join regions with `mergePaymentDatasets`.
 *
 * @example
 * recommendPaymentMethods({ dataset: PAYMENTS_AMERICAS, country: 'BR', currency: 'BRL', amount: 9900, device: 'mobile', at });
 * @since 0.1.0
 */
export const PAYMENTS_AMERICAS: PaymentDataset = /* @__PURE__ */ regional(
  'PAYMENTS_AMERICAS',
  PAYMENTS_AMERICAS_COUNTRIES,
  [
    achDirectDebit,
    afterpay,
    applePay,
    boleto,
    card,
    efecty,
    eftPad,
    googlePay,
    klarna,
    mercadoPago,
    oxxo,
    pix,
    pse,
    rapipago,
    spei,
    webpay,
  ],
);
