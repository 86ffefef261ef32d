// zod/mini schemas for serialised quantile sketches and duration accumulators.
import * as z from 'zod/mini';

const count = () => z.int().check(z.gte(0));

/** zod schema for a serialised quantile sketch. */
export const QuantileSketchStateSchema = z.object({
  type: z.literal('ddsketch'),
  relativeAccuracy: z.number().check(z.gt(0), z.lt(1)),
  count: count(),
  zeroCount: count(),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  sum: z.number(),
  bins: z.array(z.tuple([z.int(), z.int().check(z.gte(1))])),
  maxBins: z.optional(z.int().check(z.gte(1), z.lte(65_536))),
  collapsed: z.optional(z.boolean()),
});

/** zod schema for a serialised duration accumulator. */
export const DurationAccumulatorStateSchema = z.object({
  type: z.literal('durations'),
  count: count(),
  mean: z.number(),
  m2: z.number().check(z.gte(0)),
  sketch: QuantileSketchStateSchema,
  exact: z.nullable(z.array(z.number().check(z.gte(0)))),
});
