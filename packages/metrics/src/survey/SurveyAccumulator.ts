import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkIterable } from '../guards.js';
import type { EstimateOptions, Scale, SurveyEstimate, SurveyKind } from '../types.js';
import { inspectSurveyResponse } from './checkSurveyResponse.js';

/** How answers are collected: numbers on a scale, or good/bad ratings (Zendesk-style CSAT). */
export type RatingForm = 'numeric' | 'good-bad';

/** The plain-data state of a survey accumulator: what `toJSON()` returns and `fromJSON()` takes. */
export type SurveyAccumulatorState = {
  readonly type: SurveyKind;
  readonly scale: Scale;
  /** Lowest score that counts as satisfied (CSAT) or as "5 or more" (CES). */
  readonly threshold?: number;
  readonly ratings?: RatingForm;
  /** `counts[i]` responses scored `scale.min + i`. */
  readonly counts: readonly number[];
  /** Rejected responses by reason code. */
  readonly rejected: Readonly<Record<string, number>>;
};

/**
 * The shared machinery of the CSAT, NPS and CES accumulators: a histogram of scores on an integer
 * scale plus rejected counts by reason. Its memory does not depend on how many responses it has
 * seen, and merging adds counts, so merge is exactly associative and commutative. Use one of
 * {@link CsatAccumulator}, {@link NpsAccumulator}, {@link CesAccumulator}.
 *
 * Every accumulator of the package keeps one contract: `add(input)` and `addAll(inputs)` return
 * the accumulator itself (chainable; a bad input is counted by reason, never thrown), `result()`
 * reads it, `merge(...others)` returns a new one, `toJSON()` is plain data and
 * `static fromJSON(json, options?)` rebuilds it, refusing a state made under other options.
 *
 * @example
 * const acc: SurveyAccumulator = new CsatAccumulator();
 * acc.add({ survey: 'csat', score: 4, respondedAt: '2026-03-02T10:00:00Z' }); // accepted
 * acc.add({ survey: 'csat', score: 9, respondedAt: '2026-03-02T10:00:00Z' }); // rejected
 * acc.rejectedBy; // { 'score.off-scale': 1 }
 * @since 0.1.0
 */
export abstract class SurveyAccumulator {
  /** The survey family this accumulator measures. */
  readonly type: SurveyKind;
  /** The answer scale. */
  readonly scale: Scale;
  /** The rating form. */
  readonly ratings: RatingForm;
  /** The threshold, where the metric has one. */
  readonly threshold: number | undefined;
  protected readonly counts: number[];
  protected readonly rejections: Record<string, number>;
  private readonly scales: Partial<Record<SurveyKind, Scale>>;

  protected constructor(state: SurveyAccumulatorState) {
    if (new.target === SurveyAccumulator) {
      fail('metrics/invalid-argument', {
        what: 'SurveyAccumulator',
        expected: 'created through CsatAccumulator, NpsAccumulator or CesAccumulator',
        value: 'new SurveyAccumulator(…)',
      });
    }
    this.type = state.type;
    this.scale = { min: state.scale.min, max: state.scale.max };
    this.ratings = state.ratings ?? 'numeric';
    this.threshold = state.threshold;
    this.counts = [...state.counts];
    this.rejections = { ...state.rejected };
    // Good/bad ratings are checked as CSAT's own form; numbers are checked against this scale.
    this.scales = this.ratings === 'good-bad' ? {} : { [state.type]: this.scale };
  }

  /**
   * Add one response from outside. A valid response increments its score; an invalid one is
   * counted under its rejection reason in `rejectedBy` (never thrown, never dropped). To learn
   * the reason of one response, use `checkSurveyResponse`.
   *
   * @returns This accumulator (read `rejected` for what was refused).
   */
  add(input: unknown): this {
    const checked = inspectSurveyResponse(input, this.scales);
    if (!checked.ok) return this.#reject(checked.reason.code);
    if (checked.survey !== this.type) return this.#reject('survey.mismatch');
    const score = checked.score;
    if (this.ratings === 'good-bad') {
      if (score === 'good') this.counts[1] = (this.counts[1] as number) + 1;
      else if (score === 'bad') this.counts[0] = (this.counts[0] as number) + 1;
      else return this.#reject('score.wrong-form');
      return this;
    }
    if (typeof score !== 'number') return this.#reject('score.wrong-form');
    const i = score - this.scale.min;
    this.counts[i] = (this.counts[i] as number) + 1;
    return this;
  }

  /**
   * Add many responses.
   *
   * @returns This accumulator (read `rejected` for how many were refused).
   * @throws {MeridianError} `metrics/invalid-argument` when `inputs` is not iterable.
   */
  addAll(inputs: Iterable<unknown>): this {
    for (const input of checkIterable(inputs, 'addAll input')) this.add(input);
    return this;
  }

  /** The estimate this accumulator reports, with its interval and rejected counts. */
  abstract result(options?: EstimateOptions): SurveyEstimate;

  #reject(code: string): this {
    this.rejections[code] = (this.rejections[code] ?? 0) + 1;
    return this;
  }

  /** Accepted responses. */
  get n(): number {
    let n = 0;
    for (const c of this.counts) n += c;
    return n;
  }

  /** Rejected responses, all reasons together. */
  get rejected(): number {
    let n = 0;
    for (const k in this.rejections) n += this.rejections[k] as number;
    return n;
  }

  /** Rejected responses by reason code. */
  get rejectedBy(): Readonly<Record<string, number>> {
    return { ...this.rejections };
  }

  /** The score distribution: one row per point of the scale. */
  distribution(): readonly { readonly score: number; readonly count: number }[] {
    return this.counts.map((count, i) => ({ score: this.scale.min + i, count }));
  }

  /** Accepted responses scoring at least `min`. */
  countAtLeast(min: number): number {
    checkScore(min, 'countAtLeast');
    let n = 0;
    for (let i = Math.max(0, min - this.scale.min); i < this.counts.length; i++) {
      n += this.counts[i] as number;
    }
    return n;
  }

  /** Accepted responses scoring at most `max`. */
  countAtMost(max: number): number {
    checkScore(max, 'countAtMost');
    let n = 0;
    const end = Math.min(this.counts.length - 1, max - this.scale.min);
    for (let i = 0; i <= end; i++) n += this.counts[i] as number;
    return n;
  }

  /** n, mean and sample variance of the accepted scores, computed exactly from the histogram. */
  meanSummary(): { n: number; mean: number; variance: number } {
    let n = 0;
    let total = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i] as number;
      n += c;
      total += c * (this.scale.min + i);
    }
    if (n === 0) return { n: 0, mean: 0, variance: 0 };
    const mean = total / n;
    let squares = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const d = this.scale.min + i - mean;
      squares += (this.counts[i] as number) * d * d;
    }
    return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
  }

  /** The plain-data state, for JSON and for shipping shards between workers. */
  toJSON(): SurveyAccumulatorState {
    return {
      type: this.type,
      scale: { ...this.scale },
      ...(this.threshold !== undefined ? { threshold: this.threshold } : {}),
      ratings: this.ratings,
      counts: [...this.counts],
      rejected: { ...this.rejections },
    };
  }

  /** Replace the counts and rejections with those of a validated state. */
  protected load(state: SurveyAccumulatorState): this {
    const counts = (state as { counts?: unknown } | null)?.counts;
    const rejected = (state as { rejected?: unknown } | null)?.rejected;
    if (
      !Array.isArray(counts) ||
      counts.length !== this.counts.length ||
      typeof rejected !== 'object' ||
      rejected === null
    ) {
      fail('metrics/invalid-state', {
        detail: `load takes a state checked by fromJSON, with ${this.counts.length} counts`,
      });
    }
    this.counts.splice(0, this.counts.length, ...state.counts);
    for (const k in state.rejected) this.rejections[k] = state.rejected[k] as number;
    return this;
  }

  /** The state of `this` plus `other`, after checking they measure the same thing. */
  protected mergedState(other: SurveyAccumulator): SurveyAccumulatorState {
    checkAccumulator(other, 'Each accumulator to merge');
    const a = this.definition();
    const b = other.definition();
    if (a !== b) {
      fail('metrics/scale-mismatch', { a: a, b: b });
    }
    const rejected: Record<string, number> = { ...this.rejections };
    for (const k in other.rejections)
      rejected[k] = (rejected[k] ?? 0) + (other.rejections[k] as number);
    return {
      ...this.toJSON(),
      counts: this.counts.map((c, i) => c + (other.counts[i] as number)),
      rejected,
    };
  }

  /** A one-line description of what this accumulator measures, compared before merging. */
  definition(): string {
    const t = this.threshold !== undefined ? ` threshold ${this.threshold}` : '';
    return `${this.type} ${this.ratings} ${this.scale.min}–${this.scale.max}${t}`;
  }
}

/** Throw `metrics/invalid-argument` unless `value` is a survey accumulator. Internal. */
export function checkAccumulator(value: unknown, what: string): asserts value is SurveyAccumulator {
  if (!(value instanceof SurveyAccumulator)) {
    fail('metrics/invalid-argument', {
      what,
      expected:
        'a CsatAccumulator, NpsAccumulator or CesAccumulator (revive a serialised one with fromJSON)',
      value: describeValue(value),
    });
  }
}

/**
 * Throw `metrics/scale-mismatch` when a revived accumulator was counted under another definition
 * than the options a caller expects (the same refusal as `merge`). Internal, for `fromJSON`.
 */
export function checkRevived<A extends SurveyAccumulator>(revived: A, expected: A | undefined): A {
  if (expected !== undefined && expected.definition() !== revived.definition()) {
    fail('metrics/scale-mismatch', { a: expected.definition(), b: revived.definition() });
  }
  return revived;
}

function checkScore(value: unknown, what: string): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    fail('metrics/invalid-argument', {
      what: `The score of ${what}`,
      expected: 'a number on the scale',
      value: describeValue(value),
    });
  }
}
