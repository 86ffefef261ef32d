import { npsEstimate } from '../stats/npsEstimate.js';
import type { EstimateOptions, SurveyEstimate } from '../types.js';
import { DEFAULT_SCALES } from './defaults.js';
import { SurveyAccumulator } from './SurveyAccumulator.js';
import { failState, parseSurveyState } from './surveyState.js';

/** Promoters (9–10), passives (7–8) and detractors (0–6) behind an NPS. */
export type NpsBreakdown = {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
};

/**
 * A mergeable Net Promoter Score accumulator on the 0–10 scale: NPS = % promoters (9–10) −
 * % detractors (0–6), with the multinomial confidence interval.
 *
 * @example
 * const acc = new NpsAccumulator();
 * for (const score of [10, 9, 8, 3]) acc.add({ survey: 'nps', score, respondedAt: '2026-03-02T10:00:00Z' });
 * acc.result().value; // 25
 * @since 0.1.0
 */
export class NpsAccumulator extends SurveyAccumulator {
  constructor() {
    super({
      type: 'nps',
      scale: DEFAULT_SCALES.nps,
      counts: new Array<number>(11).fill(0),
      rejected: {},
    });
  }

  /** Counts of promoters, passives and detractors. */
  breakdown(): NpsBreakdown {
    const promoters = this.countAtLeast(9);
    const detractors = this.countAtMost(6);
    return { promoters, passives: this.n - promoters - detractors, detractors };
  }

  /**
   * NPS in points (−100…100) with the interval p − d ± z·√((p + d − (p − d)²)/n).
   *
   * @param options - Confidence (0.95) and margin (±5 points; 1,537 responses in the worst case).
   */
  result(options: EstimateOptions = {}): SurveyEstimate & NpsBreakdown {
    const b = this.breakdown();
    return {
      ...npsEstimate({ promoters: b.promoters, detractors: b.detractors, n: this.n }, options),
      ...b,
      rejected: this.rejected,
      rejectedBy: this.rejectedBy,
    };
  }

  /** A new accumulator holding this one's responses and the others'. */
  merge(...others: readonly NpsAccumulator[]): NpsAccumulator {
    let state = this.toJSON();
    for (const other of others) state = NpsAccumulator.fromJSON(state).mergedState(other);
    return NpsAccumulator.fromJSON(state);
  }

  /**
   * Rebuild an accumulator from `toJSON()` output. NPS has one definition (0–10; promoters 9–10,
   * detractors 0–6), so unlike the other accumulators there are no options to check against.
   *
   * @throws {ValidationError} `metrics/invalid-accumulator-state`; {MeridianError} `metrics/invalid-state`.
   */
  static fromJSON(json: unknown): NpsAccumulator {
    const state = parseSurveyState(json, 'nps');
    if (state.scale.min !== 0 || state.scale.max !== 10)
      failState('an NPS accumulator is on the 0–10 scale');
    return new NpsAccumulator().load(state);
  }
}
