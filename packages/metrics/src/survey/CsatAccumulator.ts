import { meanEstimate } from '../stats/meanEstimate.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { EstimateOptions, Scale, SurveyEstimate } from '../types.js';
import { DEFAULT_SCALES } from './defaults.js';
import { checkRevived, type RatingForm, SurveyAccumulator } from './SurveyAccumulator.js';
import { checkScale, parseSurveyState } from './surveyState.js';

/** How CSAT is defined. Every option documents its default. */
export type CsatOptions = {
  /** Answer scale. Default 1–5. Ignored for good/bad ratings (which use 0 = bad, 1 = good). */
  readonly scale?: Scale;
  /** Lowest satisfied score. Default: the top two boxes (4 on 1–5, i.e. `max − 1`). */
  readonly threshold?: number;
  /** `'numeric'` (default) or `'good-bad'` for two-way ratings as Zendesk collects them. */
  readonly ratings?: RatingForm;
};

/**
 * A mergeable CSAT accumulator: feed it survey responses (one pass, memory independent of their
 * number), merge shards in any order, serialise with `toJSON()`, and read CSAT as the share of
 * satisfied answers (top-2-box by default) or as the mean score, each with a confidence interval.
 *
 * @example
 * const acc = new CsatAccumulator();
 * acc.add({ survey: 'csat', score: 5, respondedAt: '2026-03-02T10:00:00Z' });
 * acc.add({ survey: 'csat', score: 2, respondedAt: '2026-03-02T10:05:00Z' });
 * acc.result().value; // 50
 * @since 0.1.0
 */
export class CsatAccumulator extends SurveyAccumulator {
  /**
   * @param options - Scale (1–5), threshold (top-2-box) and rating form (numeric).
   * @throws {MeridianError} `metrics/invalid-scale`, `metrics/invalid-threshold`.
   */
  constructor(options: CsatOptions = {}) {
    const ratings = options.ratings ?? 'numeric';
    const scale =
      ratings === 'good-bad' ? { min: 0, max: 1 } : (options.scale ?? DEFAULT_SCALES.csat);
    const threshold = ratings === 'good-bad' ? 1 : (options.threshold ?? scale.max - 1);
    checkScale(scale, threshold);
    super({
      type: 'csat',
      scale,
      threshold,
      ratings,
      counts: new Array<number>(scale.max - scale.min + 1).fill(0),
      rejected: {},
    });
  }

  /**
   * CSAT as the percentage of satisfied answers (score ≥ threshold; "good" ratings), with a Wilson
   * score interval.
   *
   * @param options - Confidence (0.95) and margin (±5 points) for the sample-size warning.
   * @returns Value in percent, n, interval, warnings, and rejected counts.
   */
  result(options: EstimateOptions = {}): SurveyEstimate {
    const satisfied = this.countAtLeast(this.threshold as number);
    return {
      ...proportionEstimate({ ...options, metric: 'csat', successes: satisfied, n: this.n }),
      rejected: this.rejected,
      rejectedBy: this.rejectedBy,
    };
  }

  /**
   * CSAT as the mean score, with a Student t interval (some tools report this instead of the share).
   *
   * @param options - Confidence (0.95) and margin (±0.1 points).
   */
  mean(options: EstimateOptions = {}): SurveyEstimate {
    return {
      ...meanEstimate('csat.mean', this.meanSummary(), options),
      rejected: this.rejected,
      rejectedBy: this.rejectedBy,
    };
  }

  /** A new accumulator holding this one's responses and the others'. */
  merge(...others: readonly CsatAccumulator[]): CsatAccumulator {
    let state = this.toJSON();
    for (const other of others) state = CsatAccumulator.fromJSON(state).mergedState(other);
    return CsatAccumulator.fromJSON(state);
  }

  /**
   * Rebuild an accumulator from `toJSON()` output.
   *
   * @param json - What `toJSON()` returned (or its JSON text, parsed).
   * @param options - The options the state is expected to have been counted under: when given,
   *   a state with another scale, threshold or rating form is refused (as `merge` refuses it).
   * @throws {ValidationError} `metrics/invalid-accumulator-state`; {MeridianError}
   *   `metrics/invalid-state`, `metrics/scale-mismatch`.
   */
  static fromJSON(json: unknown, options?: CsatOptions): CsatAccumulator {
    const expected = options === undefined ? undefined : new CsatAccumulator(options);
    const state = parseSurveyState(json, 'csat');
    const revived: CsatOptions = {
      scale: state.scale,
      ...(state.threshold !== undefined ? { threshold: state.threshold } : {}),
      ...(state.ratings !== undefined ? { ratings: state.ratings } : {}),
    };
    return checkRevived(new CsatAccumulator(revived).load(state), expected);
  }
}
