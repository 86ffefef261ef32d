import { describeValue, parseWith } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkIterable } from '../guards.js';
import { QuantileSketchStateSchema } from '../schemas/sketch.js';

/** The plain-data state of a {@link QuantileSketch}. */
export type QuantileSketchState = {
  readonly type: 'ddsketch';
  readonly relativeAccuracy: number;
  readonly count: number;
  readonly zeroCount: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly sum: number;
  /** `[bucket index, count]`, ascending by index. */
  readonly bins: readonly (readonly [number, number])[];
  /**
   * The most buckets the sketch keeps (default 2048). Older states without it read as 2048.
   * When values span more, the lowest buckets collapse into one (DDSketch's collapsing-lowest
   * store): memory stays bounded, high quantiles keep their guarantee, the lowest lose it.
   */
  readonly maxBins?: number;
  /** Whether low buckets were collapsed: quantiles below the collapsed counts are then approximate. */
  readonly collapsed?: boolean;
};

/** The default bound on buckets: 1 second to 10 years at 1% needs about 1,000. */
const DEFAULT_MAX_BINS = 2048;
/** The largest bound a caller may ask for: enough for any realistic range at 0.01% accuracy. */
const MAX_MAX_BINS = 1 << 16;

// Values below this go to the zero bucket: log-buckets cannot index them without overflow.
const MIN_INDEXABLE = 1e-300;

/**
 * A mergeable quantile sketch with a relative-error guarantee, after DDSketch (Masson, Rim & Lee,
 * "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees", VLDB 2019).
 *
 * Values fall in logarithmic buckets (γ^(i−1), γ^i] with γ = (1 + α)/(1 − α); a bucket answers with
 * 2γ^i/(γ + 1), which is within relative error α of every value in it. So `quantile(q)` is within
 * α of the exact order statistic of rank ⌊q·(n − 1)⌋ (0-based), for any input. Merging adds bucket
 * counts: exact, associative and commutative. Memory grows with log(max/min)/log γ, not with n
 * (about 800 buckets span 1 second to 4 months at α = 1%). Values must be finite and ≥ 0
 * (durations, amounts).
 *
 * @example
 * const sketch = new QuantileSketch({ relativeAccuracy: 0.01 });
 * for (const minutes of [3, 8, 15, 42, 90, 240]) sketch.add(minutes);
 * sketch.quantile(0.5); // within 1% of 15
 * @since 0.1.0
 */
export class QuantileSketch {
  /** The relative accuracy α: every quantile is within α·x of the exact value x. */
  readonly relativeAccuracy: number;
  private readonly gamma: number;
  private readonly multiplier: number;
  // Dense bucket counts: store[i] counts bucket index offset + i. Buckets of real data are
  // contiguous enough that an array beats a map, and its length is bounded by log(max/min)/log γ.
  private store: number[] = [];
  private offset = 0;
  private zeros = 0;
  private total = 0;
  private low = Number.POSITIVE_INFINITY;
  private high = Number.NEGATIVE_INFINITY;
  private running = 0;
  /** The most buckets kept; see {@link QuantileSketchState.maxBins}. */
  readonly maxBins: number;
  private collapsedLow = false;

  /**
   * @param options - `relativeAccuracy` α, default 0.01 (1%); `maxBins`, default 2048, the bound
   *   on memory (1 to 65,536): values spanning more buckets collapse the lowest ones.
   * @throws {MeridianError} `metrics/invalid-accuracy` unless 0 < α < 1;
   *   `metrics/invalid-argument` for a `maxBins` that is not an integer from 1 to 65,536.
   */
  constructor(options: { readonly relativeAccuracy?: number; readonly maxBins?: number } = {}) {
    if (typeof options !== 'object' || options === null) {
      fail('metrics/invalid-argument', {
        what: 'The sketch options',
        expected: 'an object such as { relativeAccuracy: 0.01 }',
        value: describeValue(options),
      });
    }
    const maxBins = options.maxBins ?? DEFAULT_MAX_BINS;
    if (!(Number.isInteger(maxBins) && maxBins >= 1 && maxBins <= MAX_MAX_BINS)) {
      fail('metrics/invalid-argument', {
        what: 'maxBins',
        expected: `an integer from 1 to ${MAX_MAX_BINS}`,
        value: describeValue(maxBins),
      });
    }
    this.maxBins = maxBins;
    const alpha = options.relativeAccuracy ?? 0.01;
    if (!(typeof alpha === 'number' && alpha > 0 && alpha < 1)) {
      fail('metrics/invalid-accuracy', { value: describeValue(alpha) });
    }
    this.relativeAccuracy = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.multiplier = 1 / Math.log(this.gamma);
  }

  /**
   * Add a value, `count` times.
   *
   * @throws {MeridianError} `metrics/invalid-value` for negative, NaN or infinite values;
   *   `metrics/invalid-count` for a count that is not a positive integer.
   */
  add(value: number, count = 1): this {
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
      fail('metrics/invalid-value', { value: describeValue(value) });
    }
    if (!(Number.isSafeInteger(count) && count > 0)) {
      fail('metrics/invalid-count', { what: 'count', value: describeValue(count) });
    }
    if (value < MIN_INDEXABLE) this.zeros += count;
    else this.#addToBin(Math.ceil(Math.log(value) * this.multiplier), count);
    this.total += count;
    this.running += value * count;
    if (value < this.low) this.low = value;
    if (value > this.high) this.high = value;
    return this;
  }

  /**
   * Count `count` values in bucket `key`, keeping at most `maxBins` contiguous buckets: when the
   * span would grow past the bound, buckets below `highest − maxBins + 1` fold into that one.
   */
  /**
   * Add many values, once each.
   *
   * @returns This sketch.
   * @throws {MeridianError} `metrics/invalid-value` at the first negative, NaN or infinite value;
   *   `metrics/invalid-argument` when `values` is not iterable.
   */
  addAll(values: Iterable<number>): this {
    for (const v of checkIterable(values, 'addAll input')) this.add(v);
    return this;
  }

  #addToBin(key: number, count: number): void {
    const store = this.store;
    if (store.length === 0) {
      this.offset = key;
      store.push(count);
      return;
    }
    const top = this.offset + store.length - 1;
    if (key < this.offset) {
      // Below the lowest bucket: extend down only as far as the bound allows; below that, the
      // value joins the lowest bucket kept.
      const lowest = Math.max(key, top - this.maxBins + 1);
      if (lowest < this.offset) {
        this.store = new Array<number>(this.offset - lowest).fill(0).concat(store);
        this.offset = lowest;
      }
      if (key < this.offset) this.collapsedLow = true;
      const at = Math.max(key, this.offset) - this.offset;
      this.store[at] = (this.store[at] as number) + count;
      return;
    }
    if (key > top) {
      const lowest = key - this.maxBins + 1;
      if (lowest > this.offset) {
        // Fold every bucket below the new lowest into it.
        this.collapsedLow = true;
        const cut = Math.min(lowest - this.offset, store.length);
        let folded = 0;
        for (let i = 0; i < cut; i++) folded += store[i] as number;
        this.store = store.slice(cut);
        this.offset = lowest;
        if (this.store.length === 0) this.store.push(0);
        this.store[0] = (this.store[0] as number) + folded;
      }
      while (this.offset + this.store.length - 1 < key) this.store.push(0);
    }
    const i = key - this.offset;
    this.store[i] = (this.store[i] as number) + count;
  }

  /** Non-empty buckets as `[index, count]`, ascending. */
  #bins(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.store.length; i++) {
      const c = this.store[i] as number;
      if (c > 0) out.push([this.offset + i, c]);
    }
    return out;
  }

  /** How many values were added. */
  get count(): number {
    return this.total;
  }

  /** Sum of the values (floating point: shards may differ from a single pass in the last bits). */
  get sum(): number {
    return this.running;
  }

  /** The exact minimum, or `null` when empty. */
  get min(): number | null {
    return this.total === 0 ? null : this.low;
  }

  /** The exact maximum, or `null` when empty. */
  get max(): number | null {
    return this.total === 0 ? null : this.high;
  }

  /**
   * The q-quantile, within the relative accuracy of the exact order statistic of rank ⌊q·(n − 1)⌋;
   * `null` when empty.
   *
   * @throws {MeridianError} `metrics/invalid-quantile` for q outside [0, 1].
   */
  quantile(q: number): number | null {
    if (!(typeof q === 'number' && q >= 0 && q <= 1)) {
      fail('metrics/invalid-quantile', { value: describeValue(q) });
    }
    if (this.total === 0) return null;
    // The extremes are kept exactly.
    if (q === 0) return this.low;
    if (q === 1) return this.high;
    const rank = Math.floor(q * (this.total - 1));
    if (rank < this.zeros) return 0;
    let seen = this.zeros;
    for (let i = 0; i < this.store.length; i++) {
      seen += this.store[i] as number;
      if (seen > rank) {
        const estimate = (2 * this.gamma ** (this.offset + i)) / (this.gamma + 1);
        // Clamping to the exact extremes can only move the estimate towards the true value.
        return Math.min(this.high, Math.max(this.low, estimate));
      }
    }
    return this.high;
  }

  /** Several quantiles at once. */
  quantiles(qs: readonly number[]): (number | null)[] {
    if (!Array.isArray(qs)) {
      fail('metrics/invalid-argument', {
        what: 'The quantiles to compute',
        expected: 'an array of numbers from 0 to 1, such as [0.5, 0.9]',
        value: describeValue(qs),
      });
    }
    return qs.map((q) => this.quantile(q));
  }

  /** Whether low buckets were collapsed to keep memory bounded (low quantiles are then approximate). */
  get collapsed(): boolean {
    return this.collapsedLow;
  }

  /** Number of non-empty buckets: the memory the sketch holds. */
  get size(): number {
    let n = this.zeros > 0 ? 1 : 0;
    for (const c of this.store) if (c > 0) n++;
    return n;
  }

  /**
   * A new sketch holding this one's values and the others'.
   *
   * @throws {MeridianError} `metrics/scale-mismatch` when relative accuracies differ.
   */
  merge(...others: readonly QuantileSketch[]): QuantileSketch {
    const out = QuantileSketch.fromJSON(this.toJSON());
    for (const o of others) {
      if (!(o instanceof QuantileSketch)) {
        fail('metrics/invalid-argument', {
          what: 'Each sketch to merge',
          expected: 'a QuantileSketch (rebuild a serialised one with QuantileSketch.fromJSON)',
          value: describeValue(o),
        });
      }
      if (o.relativeAccuracy !== this.relativeAccuracy || o.maxBins !== this.maxBins) {
        const a = `α = ${this.relativeAccuracy}, maxBins ${this.maxBins}`;
        const b = `α = ${o.relativeAccuracy}, maxBins ${o.maxBins}`;
        fail('metrics/scale-mismatch', { a: a, b: b });
      }
      for (let i = 0; i < o.store.length; i++) {
        const c = o.store[i] as number;
        if (c > 0) out.#addToBin(o.offset + i, c);
      }
      out.collapsedLow ||= o.collapsedLow;
      out.zeros += o.zeros;
      out.total += o.total;
      out.running += o.running;
      out.low = Math.min(out.low, o.low);
      out.high = Math.max(out.high, o.high);
    }
    return out;
  }

  /** The plain-data state. */
  toJSON(): QuantileSketchState {
    return {
      type: 'ddsketch',
      relativeAccuracy: this.relativeAccuracy,
      count: this.total,
      zeroCount: this.zeros,
      min: this.min,
      max: this.max,
      sum: this.running,
      bins: this.#bins(),
      maxBins: this.maxBins,
      collapsed: this.collapsedLow,
    };
  }

  /**
   * Rebuild a sketch from `toJSON()` output.
   *
   * @param json - What `toJSON()` returned.
   * @param options - The options the state is expected to have: when given, a state with another
   *   relative accuracy or `maxBins` is refused (as `merge` refuses it).
   * @throws {ValidationError} `metrics/invalid-sketch-state`; {MeridianError} `metrics/invalid-state`
   *   when the counts do not add up, `metrics/scale-mismatch`.
   */
  static fromJSON(
    json: unknown,
    options?: { readonly relativeAccuracy?: number; readonly maxBins?: number },
  ): QuantileSketch {
    const expected = options === undefined ? undefined : new QuantileSketch(options);
    const state = parseWith(QuantileSketchStateSchema, json, {
      package: 'metrics',
      what: 'sketch-state',
    });
    let binned = state.zeroCount;
    for (const [, c] of state.bins) binned += c;
    if (binned !== state.count || state.count > 0 !== (state.min !== null && state.max !== null)) {
      const detail = `count ${state.count} does not match its buckets (${binned}) or min/max`;
      fail('metrics/invalid-state', { detail: detail });
    }
    const maxBins = state.maxBins ?? DEFAULT_MAX_BINS;
    for (let i = 1; i < state.bins.length; i++) {
      if ((state.bins[i]?.[0] as number) <= (state.bins[i - 1]?.[0] as number)) {
        fail('metrics/invalid-state', { detail: `bucket ${i} is not above bucket ${i - 1}` });
      }
    }
    const first = state.bins[0]?.[0];
    const last = state.bins[state.bins.length - 1]?.[0];
    if (first !== undefined && last !== undefined && last - first + 1 > maxBins) {
      // toJSON never writes a state wider than its bound: refuse it before allocating anything.
      const detail = `its buckets span ${last - first + 1} indexes but the sketch keeps at most ${maxBins}`;
      fail('metrics/invalid-state', { detail });
    }
    const sketch = new QuantileSketch({ relativeAccuracy: state.relativeAccuracy, maxBins });
    sketch.collapsedLow = state.collapsed ?? false;
    // No finite double maps outside these indexes: refuse states that would allocate beyond them.
    const limit = Math.ceil(Math.log(Number.MAX_VALUE) * sketch.multiplier) + 1;
    const floor = Math.floor(Math.log(MIN_INDEXABLE) * sketch.multiplier) - 1;
    if (state.bins.some(([k]) => k > limit || k < floor)) {
      const detail = `a bucket index lies outside ${floor}…${limit}, where no finite value falls`;
      fail('metrics/invalid-state', { detail: detail });
    }
    for (const [k, c] of state.bins) sketch.#addToBin(k, c);
    sketch.zeros = state.zeroCount;
    sketch.total = state.count;
    sketch.running = state.sum;
    sketch.low = state.min ?? Number.POSITIVE_INFINITY;
    sketch.high = state.max ?? Number.NEGATIVE_INFINITY;
    if (
      expected !== undefined &&
      (expected.relativeAccuracy !== sketch.relativeAccuracy || expected.maxBins !== sketch.maxBins)
    ) {
      const describe = (s: QuantileSketch) => `α = ${s.relativeAccuracy}, maxBins ${s.maxBins}`;
      fail('metrics/scale-mismatch', { a: describe(expected), b: describe(sketch) });
    }
    return sketch;
  }
}
