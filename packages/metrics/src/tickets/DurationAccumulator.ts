import { describeValue, parseWith } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkIterable, checkObject } from '../guards.js';
import { QuantileSketch, type QuantileSketchState } from '../quantiles/QuantileSketch.js';
import { quantiles } from '../quantiles/quantiles.js';
import { DurationAccumulatorStateSchema } from '../schemas/sketch.js';
import { checkMetric, meanEstimate } from '../stats/meanEstimate.js';
import type { EstimateOptions } from '../types.js';
import type { DurationSummary } from './summarizeDurations.js';

/** The plain-data state of a {@link DurationAccumulator}. */
export type DurationAccumulatorState = {
  readonly type: 'durations';
  readonly count: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean (Welford's M2). */
  readonly m2: number;
  readonly sketch: QuantileSketchState;
  /** Every value, when exact quantiles were asked for; `null` otherwise. */
  readonly exact: readonly number[] | null;
};

/** A duration summary that says whether its quantiles are exact or sketched. */
export type DurationAccumulatorSummary = DurationSummary & {
  readonly quantiles: 'exact' | 'sketch';
  /** The sketch's relative accuracy when quantiles are sketched. */
  readonly relativeAccuracy: number;
};

/**
 * A mergeable accumulator of durations (minutes): count, mean and variance by Welford's method
 * (merged with Chan, Golub & LeVeque's pairwise formula), a {@link QuantileSketch} for p50/p90/p95
 * within a stated relative error in constant-ish memory, and, on request, every value for exact
 * quantiles. Counts and sketch buckets merge exactly; mean and variance up to floating-point
 * rounding.
 *
 * @example
 * const acc = new DurationAccumulator({ keepExact: true });
 * for (const m of [30, 60, 90, 120]) acc.add(m);
 * acc.summary('resolution-time').median; // 75
 * @since 0.1.0
 */
export class DurationAccumulator {
  /** Whether every value is kept for exact quantiles. */
  readonly keepExact: boolean;
  private count = 0;
  private mean = 0;
  private m2 = 0;
  private sketch: QuantileSketch;
  private exact: number[] | null;

  /**
   * @param options - `relativeAccuracy` of the sketch (0.01) and `keepExact` (false): keep every
   *   value so quantiles are exact (memory grows with the count).
   * @throws {MeridianError} `metrics/invalid-accuracy`.
   */
  constructor(options: { readonly relativeAccuracy?: number; readonly keepExact?: boolean } = {}) {
    checkObject(options, 'DurationAccumulator options', 'an object such as { keepExact: true }');
    this.sketch = new QuantileSketch({ relativeAccuracy: options.relativeAccuracy ?? 0.01 });
    this.keepExact = options.keepExact ?? false;
    this.exact = this.keepExact ? [] : null;
  }

  /**
   * Add one duration in minutes.
   *
   * @throws {MeridianError} `metrics/invalid-value` for negative, NaN or infinite durations.
   */
  add(minutes: number): this {
    if (!(typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0)) {
      fail('metrics/invalid-value', { value: describeValue(minutes) });
    }
    this.sketch.add(minutes);
    this.exact?.push(minutes);
    this.count++;
    const delta = minutes - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (minutes - this.mean);
    return this;
  }

  /**
   * Add many durations in minutes.
   *
   * @returns This accumulator.
   * @throws {MeridianError} `metrics/invalid-value` at the first bad duration (durations are
   *   numbers your code computed, not rows from outside: a bad one is a bug to see, not to count);
   *   `metrics/invalid-argument` when `minutes` is not iterable.
   */
  addAll(minutes: Iterable<number>): this {
    for (const m of checkIterable(minutes, 'addAll input')) this.add(m);
    return this;
  }

  /**
   * The summary under the metric name `options.metric` (default `'duration'`): the same as
   * `summary(metric, options)`, in the shape every accumulator's `result(options?)` has.
   *
   * @param options - Metric name, confidence (0.95) and margin in minutes (10).
   */
  result(options: EstimateOptions & { readonly metric?: string } = {}): DurationAccumulatorSummary {
    checkObject(options, 'Summary options', "an object such as { metric: 'resolution-time' }");
    return this.summary(options.metric ?? 'duration', options);
  }

  /** How many durations were added. */
  get n(): number {
    return this.count;
  }

  /**
   * Mean with its t interval, median, p90, p95, min and max: exact when values are kept,
   * otherwise from the sketch (within its relative accuracy; min and max are always exact).
   *
   * @param metric - Name carried into the result.
   * @param options - Confidence (0.95) and margin in minutes (10).
   */
  summary(metric: string, options: EstimateOptions = {}): DurationAccumulatorSummary {
    checkObject(options, 'Summary options', 'an object such as { confidence: 0.95 }');
    checkMetric(metric);
    const n = this.count;
    const mean = meanEstimate(
      metric,
      { n, mean: this.mean, variance: n > 1 ? this.m2 / (n - 1) : 0 },
      { confidence: options.confidence ?? 0.95, margin: options.margin ?? 10, unit: 'minutes' },
    );
    const exact = this.exact;
    const [median = null, p90 = null, p95 = null] =
      n === 0
        ? []
        : exact !== null
          ? quantiles(exact, [0.5, 0.9, 0.95])
          : this.sketch.quantiles([0.5, 0.9, 0.95]);
    return {
      metric,
      unit: 'minutes',
      n,
      mean,
      median,
      p90,
      p95,
      min: this.sketch.min,
      max: this.sketch.max,
      quantiles: exact !== null ? 'exact' : 'sketch',
      relativeAccuracy: this.sketch.relativeAccuracy,
    };
  }

  /**
   * A new accumulator holding this one's durations and the others'.
   *
   * @throws {MeridianError} `metrics/scale-mismatch` when sketch accuracies or `keepExact` differ.
   */
  merge(...others: readonly DurationAccumulator[]): DurationAccumulator {
    const out = DurationAccumulator.fromJSON(this.toJSON());
    for (const o of others) {
      if (o.keepExact !== out.keepExact) {
        const a = `keepExact ${out.keepExact}`;
        const b = `keepExact ${o.keepExact}`;
        fail('metrics/scale-mismatch', { a: a, b: b });
      }
      out.sketch = out.sketch.merge(o.sketch);
      if (out.exact !== null && o.exact !== null) out.exact.push(...o.exact);
      const n = out.count + o.count;
      if (n > 0) {
        const delta = o.mean - out.mean;
        out.m2 = out.m2 + o.m2 + (delta * delta * out.count * o.count) / n;
        out.mean = out.mean + (delta * o.count) / n;
      }
      out.count = n;
    }
    return out;
  }

  /** The plain-data state. */
  toJSON(): DurationAccumulatorState {
    return {
      type: 'durations',
      count: this.count,
      mean: this.mean,
      m2: this.m2,
      sketch: this.sketch.toJSON(),
      exact: this.exact === null ? null : [...this.exact],
    };
  }

  /**
   * Rebuild from `toJSON()` output.
   *
   * @param json - What `toJSON()` returned.
   * @param options - The options the state is expected to have: when given, a state with another
   *   relative accuracy or `keepExact` is refused (as `merge` refuses it).
   * @throws {ValidationError} `metrics/invalid-duration-state`; {MeridianError}
   *   `metrics/invalid-state`, `metrics/scale-mismatch`.
   */
  static fromJSON(
    json: unknown,
    options?: { readonly relativeAccuracy?: number; readonly keepExact?: boolean },
  ): DurationAccumulator {
    const expected = options === undefined ? undefined : new DurationAccumulator(options);
    const state = parseWith(DurationAccumulatorStateSchema, json, {
      package: 'metrics',
      what: 'duration-state',
    });
    if (
      state.sketch.count !== state.count ||
      (state.exact !== null && state.exact.length !== state.count)
    ) {
      const detail = `count ${state.count} does not match the sketch or the kept values`;
      fail('metrics/invalid-state', { detail: detail });
    }
    const acc = new DurationAccumulator({
      relativeAccuracy: state.sketch.relativeAccuracy,
      keepExact: state.exact !== null,
    });
    acc.sketch = QuantileSketch.fromJSON(state.sketch);
    acc.exact = state.exact === null ? null : [...state.exact];
    acc.count = state.count;
    acc.mean = state.mean;
    acc.m2 = state.m2;
    if (
      expected !== undefined &&
      (expected.keepExact !== acc.keepExact ||
        expected.sketch.relativeAccuracy !== acc.sketch.relativeAccuracy)
    ) {
      const describe = (d: DurationAccumulator) =>
        `keepExact ${d.keepExact}, α = ${d.sketch.relativeAccuracy}`;
      fail('metrics/scale-mismatch', { a: describe(expected), b: describe(acc) });
    }
    return acc;
  }
}
