import type { PaymentDataset } from '../../types.js';
// The built-in methods used in the Middle East and Africa: whole entries, each fact with its source and asOf
// as in PAYMENT_DATASET (a test holds the two together).
import { applePay } from '../methods/applePay.js';
import { card } from '../methods/card.js';
import { egyptWallets } from '../methods/egyptWallets.js';
import { fawry } from '../methods/fawry.js';
import { googlePay } from '../methods/googlePay.js';
import { mpesa } from '../methods/mpesa.js';
import { stcPay } from '../methods/stcPay.js';
import { tabby } from '../methods/tabby.js';
import { zaBankTransfer } from '../methods/zaBankTransfer.js';
import { PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES } from './countries.js';
import { regional } from './regional.js';

/**
 * The built-in data for the Middle East and Africa: the 9 methods used there, whole (a method used
 * elsewhere too, such as cards, keeps every country and fact), every provider, and the
 * price-presentation rules and refund bank details of its countries. A request for a country
 * outside it throws `payments/country-not-in-dataset`; join regions with `mergePaymentDatasets`.
 *
 * @example
 * recommendPaymentMethods({ dataset: PAYMENTS_MIDDLE_EAST_AFRICA, country: 'AE', currency: 'AED', amount: 9900, device: 'mobile', at });
 * @since 0.1.0
 */
export const PAYMENTS_MIDDLE_EAST_AFRICA: PaymentDataset = /* @__PURE__ */ regional(
  'PAYMENTS_MIDDLE_EAST_AFRICA',
  PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES,
  [applePay, card, egyptWallets, fawry, googlePay, mpesa, stcPay, tabby, zaBankTransfer],
);
