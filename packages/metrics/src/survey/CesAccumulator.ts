import { meanEstimate } from '../stats/meanEstimate.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { EstimateOptions, Scale, SurveyEstimate } from '../types.js';
import { DEFAULT_SCALES } from './defaults.js';
import { checkRevived, SurveyAccumulator } from './SurveyAccumulator.js';
import { checkScale, parseSurveyState } from './surveyState.js';

/** How CES is defined. */
export type CesOptions = {
  /** Agreement scale. Default 1–7 (CES 2.0). */
  readonly scale?: Scale;
  /** Lowest score counted as "agrees it was easy". Default 5. */
  readonly threshold?: number;
};

/**
 * A mergeable Customer Effort Score accumulator: the mean agreement on a 1–7 scale and the share
 * answering 5 or more, each with its interval. CES has no single standard; both readings are
 * offered and named.
 *
 * @example
 * const acc = new CesAccumulator();
 * for (const score of [7, 6, 5, 2]) acc.add({ survey: 'ces', score, respondedAt: '2026-03-02T10:00:00Z' });
 * acc.mean().value; // 5
 * acc.share().value; // 75
 * @since 0.1.0
 */
export class CesAccumulator extends SurveyAccumulator {
  /**
   * @param options - Scale (1–7) and threshold (5).
   * @throws {MeridianError} `metrics/invalid-scale`, `metrics/invalid-threshold`.
   */
  constructor(options: CesOptions = {}) {
    const scale = options.scale ?? DEFAULT_SCALES.ces;
    const threshold = options.threshold ?? 5;
    checkScale(scale, threshold);
    super({
      type: 'ces',
      scale,
      threshold,
      counts: new Array<number>(scale.max - scale.min + 1).fill(0),
      rejected: {},
    });
  }

  /** CES as the mean score with a Student t interval (the usual headline). */
  mean(options: EstimateOptions = {}): SurveyEstimate {
    return {
      ...meanEstimate('ces', this.meanSummary(), options),
      rejected: this.rejected,
      rejectedBy: this.rejectedBy,
    };
  }

  /** The same as {@link CesAccumulator.mean}. */
  result(options: EstimateOptions = {}): SurveyEstimate {
    return this.mean(options);
  }

  /** CES as the percentage answering at least the threshold (5), with a Wilson interval. */
  share(options: EstimateOptions = {}): SurveyEstimate {
    return {
      ...proportionEstimate({
        ...options,
        metric: 'ces.share',
        successes: this.countAtLeast(this.threshold as number),
        n: this.n,
      }),
      rejected: this.rejected,
      rejectedBy: this.rejectedBy,
    };
  }

  /** A new accumulator holding this one's responses and the others'. */
  merge(...others: readonly CesAccumulator[]): CesAccumulator {
    let state = this.toJSON();
    for (const other of others) state = CesAccumulator.fromJSON(state).mergedState(other);
    return CesAccumulator.fromJSON(state);
  }

  /**
   * Rebuild an accumulator from `toJSON()` output.
   *
   * @param json - What `toJSON()` returned.
   * @param options - The options the state is expected to have: when given, a state with another
   *   scale or threshold is refused (as `merge` refuses it).
   * @throws {ValidationError} `metrics/invalid-accumulator-state`; {MeridianError}
   *   `metrics/invalid-state`, `metrics/scale-mismatch`.
   */
  static fromJSON(json: unknown, options?: CesOptions): CesAccumulator {
    const expected = options === undefined ? undefined : new CesAccumulator(options);
    const state = parseSurveyState(json, 'ces');
    const revived = new CesAccumulator({
      scale: state.scale,
      ...(state.threshold !== undefined ? { threshold: state.threshold } : {}),
    }).load(state);
    return checkRevived(revived, expected);
  }
}
