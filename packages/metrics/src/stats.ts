// @meridian-cx/metrics/stats: the statistics behind the metrics, on their own subpath for code
// that needs an interval or a comparison and no accumulator. Also exported from the main entry.

export type { CompareOptions, Comparison, ComparisonLabels } from './compare/Comparison.js';
export { compareMeans } from './compare/compareMeans.js';
export { compareNps, type NpsCounts } from './compare/compareNps.js';
export { compareProportions, type ProportionCounts } from './compare/compareProportions.js';
export { compareSurveys } from './compare/compareSurveys.js';
export { type MeanSummary, meanEstimate } from './stats/meanEstimate.js';
export { normalCdf, normalQuantile } from './stats/normal.js';
export { npsEstimate } from './stats/npsEstimate.js';
export {
  type ProportionEstimateInput,
  proportionEstimate,
} from './stats/proportionEstimate.js';
export { type SampleSizeOptions, sampleSizeForMargin } from './stats/sampleSizeForMargin.js';
export { studentTCdf, studentTQuantile } from './stats/studentT.js';
export { wilsonInterval } from './stats/wilsonInterval.js';
export type {
  ConfidenceInterval,
  Estimate,
  EstimateOptions,
  IntervalMethod,
  MetricUnit,
} from './types.js';
