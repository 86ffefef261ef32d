import {
  type Comparison,
  CsatAccumulator,
  compareProportions,
  type Estimate,
  keyBy,
  NpsAccumulator,
  parseSurveyResponse,
  SegmentedAccumulator,
  type SurveyEstimate,
  type SurveyResponse,
  timeBucket,
} from '@meridian-cx/metrics';
import { describe, expectTypeOf, it } from 'vitest';

describe('metrics types', () => {
  it('types results and parsed input', () => {
    expectTypeOf(new CsatAccumulator().result()).toEqualTypeOf<SurveyEstimate>();
    expectTypeOf(new CsatAccumulator().result()).toExtend<Estimate>();
    expectTypeOf(new NpsAccumulator().result().promoters).toEqualTypeOf<number>();
    expectTypeOf(parseSurveyResponse({})).toEqualTypeOf<SurveyResponse>();
    expectTypeOf<SurveyResponse['survey']>().toEqualTypeOf<'csat' | 'nps' | 'ces'>();
    expectTypeOf(
      compareProportions({ successes: 1, n: 2 }, { successes: 1, n: 2 }),
    ).toEqualTypeOf<Comparison>();
    expectTypeOf<Comparison['verdict']>().toEqualTypeOf<
      'higher' | 'lower' | 'no-significant-difference'
    >();
  });

  it('keeps the segment accumulator type and refuses mixing kinds', () => {
    const seg = new SegmentedAccumulator({
      create: () => new CsatAccumulator(),
      key: keyBy({ dimensions: ['market'] }),
    });
    expectTypeOf(seg.get('market=DE')).toEqualTypeOf<CsatAccumulator | undefined>();
    // @ts-expect-error an NPS accumulator cannot be merged into a CSAT one
    new CsatAccumulator().merge(new NpsAccumulator());
    // @ts-expect-error the unit is a literal union
    timeBucket('2026-03-02T10:00:00Z', { unit: 'fortnight', zone: 'UTC' });
  });
});
