// @meridian-cx/payments: which payment methods to offer, where, within which limits, and how a
// refund reaches the customer. Re-exports by name: the public surface at a glance.
export { PAYMENTS_AMERICAS } from './data/regions/americas.js';
export { PAYMENTS_ASIA_PACIFIC } from './data/regions/asiaPacific.js';
export {
  PAYMENTS_AMERICAS_COUNTRIES,
  PAYMENTS_ASIA_PACIFIC_COUNTRIES,
  PAYMENTS_EUROPE_COUNTRIES,
  PAYMENTS_MIDDLE_EAST_AFRICA_COUNTRIES,
} from './data/regions/countries.js';
export { PAYMENTS_EUROPE } from './data/regions/europe.js';
export { PAYMENTS_MIDDLE_EAST_AFRICA } from './data/regions/middleEastAfrica.js';
export { PAYMENT_DATASET } from './dataset/builtin.js';
export { definePaymentDataset, type PaymentDatasetSpec } from './dataset/definePaymentDataset.js';
export { mergePaymentDatasets } from './dataset/mergePaymentDatasets.js';
export { parsePaymentDataset } from './dataset/parsePaymentDataset.js';
export {
  type CountryTopMethods,
  countryTopMethods,
  renderCountryTable,
} from './docs/countryTopMethods.js';
export { PAYMENTS_ERROR_CODES, type PaymentsErrorCode } from './failures.js';
export {
  type Conversion,
  convertWithRates,
  type RateTable,
  RateTableSchema,
} from './money/convertWithRates.js';
export { formatForShopper } from './money/formatForShopper.js';
export { type PresentationRule, pricePresentation } from './money/pricePresentation.js';
export { type RecommendationRequest, RecommendationRequestSchema } from './recommend/input.js';
export {
  type LeftOutMethod,
  type Recommendation,
  type RecommendedMethod,
  recommendPaymentMethods,
} from './recommend/recommendPaymentMethods.js';
export { type RefundRequest, RefundRequestSchema } from './refund/input.js';
export {
  type DetailsToCollect,
  type RefundDecision,
  type RefundOption,
  type RefundRouteKind,
  refundRoute,
} from './refund/refundRoute.js';
export {
  PaymentDatasetSchema,
  PricePresentationSchema,
  ProviderSchema,
  RefundDetailsSchema,
} from './schemas/dataset.js';
export { claimSchema, factSchema, MethodIdSchema, ProviderIdSchema } from './schemas/fact.js';
export {
  DeviceFitSchema,
  METHOD_CATEGORIES,
  MethodCategorySchema,
  PaymentMethodSchema,
  ProviderTermsSchema,
  RefundSupportSchema,
  RefundWindowSchema,
} from './schemas/method.js';
export type {
  Claim,
  DeviceFit,
  Fact,
  PaymentDataset,
  PaymentDatasetInput,
  PaymentMethod,
  PaymentMethodInput,
  PricePresentation,
  Provider,
  ProviderTerms,
  RefundDetails,
  RefundSupport,
  RefundWindow,
} from './types.js';
