import type { Reason } from '@meridian-cx/core';

/** The survey families Meridian measures. */
export type SurveyKind = 'csat' | 'nps' | 'ces';

/** An integer answer scale, both ends included: `{ min: 1, max: 5 }`. */
export type Scale = { readonly min: number; readonly max: number };

/** How an interval was computed. */
export type IntervalMethod =
  | 'wilson'
  | 'nps-multinomial'
  | 't'
  | 'newcombe-hybrid-score'
  | 'welch-t'
  | 'wald-difference';

/** A two-sided confidence interval. */
export type ConfidenceInterval = {
  readonly lower: number;
  readonly upper: number;
  /** The confidence level, 0.95 by default. */
  readonly confidence: number;
  readonly method: IntervalMethod;
};

/** The unit a value is expressed in: percent (0–100), NPS points (−100…100), scale points, minutes. */
export type MetricUnit = 'percent' | 'points' | 'score' | 'minutes';

/**
 * A measured value with its sample size, its confidence interval and warnings (for instance, a
 * sample too small for the margin of error you asked for). `value` and `interval` are `null`
 * when there is nothing to measure (n = 0, or n = 1 for a mean's interval).
 */
export type Estimate = {
  readonly metric: string;
  readonly unit: MetricUnit;
  readonly value: number | null;
  readonly n: number;
  readonly interval: ConfidenceInterval | null;
  readonly warnings: readonly Reason[];
};

/** An {@link Estimate} from survey responses, with the rejected responses counted by reason. */
export type SurveyEstimate = Estimate & {
  /** Responses that failed validation: counted here, never silently dropped. */
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
};

/** Options shared by every estimate. */
export type EstimateOptions = {
  /** Confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
  /**
   * Margin of error you want to be able to claim. A warning is added when n is below the sample
   * size it needs. For shares and NPS a fraction (0.05 = ±5 points, the default); for means, in
   * scale points (default 0.1).
   */
  readonly margin?: number;
};
