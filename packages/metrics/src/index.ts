// @meridian-cx/metrics: customer-service metrics with honest statistics. Re-exports by name.

export type { CompareOptions, Comparison, ComparisonLabels } from './compare/Comparison.js';
export { compareMeans } from './compare/compareMeans.js';
export { compareNps, type NpsCounts } from './compare/compareNps.js';
export { compareProportions, type ProportionCounts } from './compare/compareProportions.js';
export { compareSurveys } from './compare/compareSurveys.js';
export { repeatPurchaseRate } from './customers/repeatPurchaseRate.js';
export { type RetentionCounts, retentionRate } from './customers/retentionRate.js';
export { type MetricsErrorCode, metricsMessages } from './messages.js';
export { QuantileSketch, type QuantileSketchState } from './quantiles/QuantileSketch.js';
export { quantile } from './quantiles/quantile.js';
export type { QuantileType } from './quantiles/quantilePosition.js';
export { quantiles } from './quantiles/quantiles.js';
export {
  DurationAccumulatorStateSchema,
  OrdersSchema,
  QuantileSketchStateSchema,
  ScaleSchema,
  SurveyAccumulatorStateSchema,
  SurveyKindSchema,
  SurveyResponseSchema,
  surveyResponseSchemaFor,
  TicketAccumulatorStateSchema,
  TicketFactSchema,
} from './schemas.js';
export { firstDayOfWeek, type Weekday } from './segments/firstDayOfWeek.js';
export { type KeyByOptions, keyBy, MISSING, NO_TIME } from './segments/keyBy.js';
export {
  type Mergeable,
  type ResultOf,
  SegmentedAccumulator,
  type SegmentedState,
} from './segments/SegmentedAccumulator.js';
export {
  type BucketOptions,
  type BucketUnit,
  type TimeBucket,
  timeBucket,
} from './segments/timeBucket.js';
export { FIRST_DAY_FALLBACK, FIRST_DAY_FALLBACK_PROVENANCE } from './segments/weekData.js';
export { type MeanSummary, meanEstimate } from './stats/meanEstimate.js';
export { normalCdf, normalQuantile } from './stats/normal.js';
export { npsEstimate } from './stats/npsEstimate.js';
export { type ProportionEstimateInput, proportionEstimate } from './stats/proportionEstimate.js';
export { type SampleSizeOptions, sampleSizeForMargin } from './stats/sampleSizeForMargin.js';
export { studentTCdf, studentTQuantile } from './stats/studentT.js';
export { wilsonInterval } from './stats/wilsonInterval.js';
export { CesAccumulator, type CesOptions } from './survey/CesAccumulator.js';
export { CsatAccumulator, type CsatOptions } from './survey/CsatAccumulator.js';
export {
  checkSurveyResponse,
  type SurveyCheck,
  type SurveyCheckOptions,
  type SurveyResponse,
} from './survey/checkSurveyResponse.js';
export { DEFAULT_SCALES, SURVEY_KINDS } from './survey/defaults.js';
export { NpsAccumulator, type NpsBreakdown } from './survey/NpsAccumulator.js';
export { parseSurveyResponse } from './survey/parseSurveyResponse.js';
export {
  type RatingForm,
  SurveyAccumulator,
  type SurveyAccumulatorState,
} from './survey/SurveyAccumulator.js';
export { type BacklogAge, backlogAge } from './tickets/backlogAge.js';
export {
  DurationAccumulator,
  type DurationAccumulatorState,
  type DurationAccumulatorSummary,
} from './tickets/DurationAccumulator.js';
export {
  type FcrDefinition,
  type FcrEstimate,
  type FcrOptions,
  firstContactResolution,
} from './tickets/firstContactResolution.js';
export { firstResponseTimes } from './tickets/firstResponseTimes.js';
export type { TicketFact } from './tickets/readTickets.js';
export { reopenRate } from './tickets/reopenRate.js';
export { resolutionTimes } from './tickets/resolutionTimes.js';
export { type SlaAttainment, slaAttainment } from './tickets/slaAttainment.js';
export { type DurationSummary, summarizeDurations } from './tickets/summarizeDurations.js';
export {
  TicketAccumulator,
  type TicketAccumulatorOptions,
  type TicketAccumulatorState,
  type TicketMetrics,
} from './tickets/TicketAccumulator.js';
export type { DurationOptions, TicketDurationSummary } from './tickets/ticketDurations.js';
export type {
  ConfidenceInterval,
  Estimate,
  EstimateOptions,
  IntervalMethod,
  MetricUnit,
  Scale,
  SurveyEstimate,
  SurveyKind,
} from './types.js';
