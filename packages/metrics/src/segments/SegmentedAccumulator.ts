import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkIterable } from '../guards.js';
import type { EstimateOptions } from '../types.js';

/**
 * What a segment accumulator must offer: add raw inputs, merge, serialise; and, for
 * `SegmentedAccumulator#result`, a `result(options?)` (every accumulator of this package has one).
 */
export interface Mergeable<A> {
  add(input: unknown): unknown;
  merge(...others: readonly A[]): A;
  toJSON(): unknown;
  result?(options?: EstimateOptions): unknown;
}

/** What a segment's `result()` returns. */
export type ResultOf<A> = A extends { result(options?: EstimateOptions): infer R } ? R : never;

/** The plain-data state of a {@link SegmentedAccumulator}: each segment's state by key. */
export type SegmentedState = { readonly segments: Readonly<Record<string, unknown>> };

/**
 * One accumulator per segment (market, channel, agent, week…), fed in one pass. The key function
 * decides the segment (see `keyBy`); each segment is any mergeable accumulator (CSAT, NPS, CES or
 * your own with the same three methods). Merging merges segment by segment, so shards computed
 * apart combine into the same result as a single pass.
 *
 * @example
 * const byMarket = new SegmentedAccumulator({ create: () => new CsatAccumulator(), key: keyBy({ dimensions: ['market'] }) });
 * byMarket.add({ survey: 'csat', score: 5, respondedAt: '2026-03-02T10:00:00Z', dimensions: { market: 'DE' } });
 * byMarket.get('market=DE')?.result().value; // 100
 * @since 0.1.0
 */
export class SegmentedAccumulator<A extends Mergeable<A>> {
  private readonly create: () => A;
  private readonly key: (input: unknown) => string;
  private readonly segments = new Map<string, A>();

  /**
   * @param options - `create` makes an empty accumulator for a new segment; `key` maps a raw input
   *   to its segment key.
   */
  constructor(options: { readonly create: () => A; readonly key: (input: unknown) => string }) {
    if (
      typeof options !== 'object' ||
      options === null ||
      typeof options.create !== 'function' ||
      typeof options.key !== 'function'
    ) {
      fail('metrics/invalid-argument', {
        what: 'SegmentedAccumulator options',
        expected: 'an object with create() (a new accumulator) and key(input) (its segment key)',
        value: describeValue(options),
      });
    }
    this.create = options.create;
    this.key = options.key;
  }

  /**
   * Route one raw input to its segment's accumulator and add it there.
   *
   * @returns This accumulator.
   * @throws {MeridianError} `metrics/invalid-argument` when the key function returns no string.
   */
  add(input: unknown): this {
    const k = this.key(input);
    if (typeof k !== 'string') {
      fail('metrics/invalid-argument', {
        what: 'The segment key',
        expected: 'a string from the key function',
        value: describeValue(k),
      });
    }
    let acc = this.segments.get(k);
    if (acc === undefined) {
      acc = this.create();
      this.segments.set(k, acc);
    }
    acc.add(input);
    return this;
  }

  /**
   * Route many raw inputs.
   *
   * @returns This accumulator.
   * @throws {MeridianError} `metrics/invalid-argument` when `inputs` is not iterable.
   */
  addAll(inputs: Iterable<unknown>): this {
    for (const input of checkIterable(inputs, 'addAll input')) this.add(input);
    return this;
  }

  /**
   * Each segment's `result(options)`, by key (keys sorted).
   *
   * @param options - Passed to every segment's `result`.
   * @throws {MeridianError} `metrics/invalid-argument` when the segments have no `result` method.
   */
  result(options: EstimateOptions = {}): Readonly<Record<string, ResultOf<A>>> {
    const out: Record<string, ResultOf<A>> = {};
    for (const [k, acc] of this.entries()) {
      if (typeof acc.result !== 'function') {
        fail('metrics/invalid-argument', {
          what: 'A segment accumulator',
          expected: 'an accumulator with result(options?)',
          value: describeValue(acc),
        });
      }
      // Own properties only, as in toJSON: a segment keyed "__proto__" is data.
      Object.defineProperty(out, k, {
        value: acc.result(options),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** The accumulator of one segment, if it has seen anything. */
  get(key: string): A | undefined {
    return this.segments.get(key);
  }

  /** Segment keys, sorted. */
  keys(): string[] {
    return [...this.segments.keys()].sort();
  }

  /** `[key, accumulator]` pairs, sorted by key. */
  entries(): [string, A][] {
    return this.keys().map((k) => [k, this.segments.get(k) as A]);
  }

  /** All segments merged into one accumulator. */
  total(): A {
    const all = this.keys().map((k) => this.segments.get(k) as A);
    return this.create().merge(...all);
  }

  /** A new segmented accumulator holding this one's inputs and the others', segment by segment. */
  merge(...others: readonly SegmentedAccumulator<A>[]): SegmentedAccumulator<A> {
    const out = new SegmentedAccumulator<A>({ create: this.create, key: this.key });
    for (const o of others) {
      if (!(o instanceof SegmentedAccumulator)) {
        fail('metrics/invalid-argument', {
          what: 'Each accumulator to merge',
          expected: 'a SegmentedAccumulator',
          value: describeValue(o),
        });
      }
    }
    for (const source of [this, ...others]) {
      for (const [k, acc] of source.segments) {
        const mine = out.segments.get(k);
        out.segments.set(k, mine === undefined ? this.create().merge(acc) : mine.merge(acc));
      }
    }
    return out;
  }

  /** The plain-data state: each segment's `toJSON()` by key, keys sorted. */
  toJSON(): SegmentedState {
    // Own properties only: a segment keyed "__proto__" is data, not a prototype to set.
    const segments: Record<string, unknown> = {};
    for (const k of this.keys()) {
      Object.defineProperty(segments, k, {
        value: (this.segments.get(k) as A).toJSON(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return { segments };
  }

  /**
   * Rebuild from `toJSON()` output, given how to revive one segment (e.g. `CsatAccumulator.fromJSON`).
   *
   * @param json - What `toJSON()` returned.
   * @param options - `create` and `key` as for the constructor, and `revive` for each segment's
   *   state (pass one that checks options, such as `(s) => CsatAccumulator.fromJSON(s, csatOptions)`,
   *   to refuse segments counted under other definitions).
   * @throws {MeridianError} `metrics/invalid-state` without a `segments` object,
   *   `metrics/invalid-argument` for bad options; whatever `revive` throws for a bad segment.
   */
  static fromJSON<A extends Mergeable<A>>(
    json: unknown,
    options: {
      readonly create: () => A;
      readonly key: (input: unknown) => string;
      readonly revive: (state: unknown) => A;
    },
  ): SegmentedAccumulator<A> {
    const out = new SegmentedAccumulator<A>(options);
    if (typeof options.revive !== 'function') {
      fail('metrics/invalid-argument', {
        what: 'revive',
        expected:
          'a function from a segment state to an accumulator (e.g. CsatAccumulator.fromJSON)',
        value: describeValue(options.revive),
      });
    }
    const segments = (json as { segments?: unknown } | null)?.segments;
    if (typeof segments !== 'object' || segments === null || Array.isArray(segments)) {
      fail('metrics/invalid-state', { detail: 'it has no `segments` object' });
    }
    for (const [k, state] of Object.entries(segments)) out.segments.set(k, options.revive(state));
    return out;
  }
}
