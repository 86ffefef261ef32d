// Issue #15: every public entry point answers a careless call with a MeridianError naming what was
// wrong, never a raw TypeError from deep inside (each row below was a fuzz-suite finding).

import { isMeridianError } from '@meridian-cx/core';
import * as metrics from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

const m = metrics as unknown as Record<string, (...a: unknown[]) => unknown>;
const Any = metrics as unknown as Record<string, new (...a: unknown[]) => unknown>;

const rows: [string, () => unknown][] = [
  ['backlogAge without options', () => m.backlogAge?.([])],
  ['compareMeans without a side', () => m.compareMeans?.({ n: 3, mean: 1, variance: 1 })],
  [
    'compareMeans with a NaN mean',
    () => m.compareMeans?.({ n: 3, mean: Number.NaN, variance: 1 }, { n: 3, mean: 1, variance: 1 }),
  ],
  ['compareNps with null', () => m.compareNps?.(null, null)],
  ['compareProportions without b', () => m.compareProportions?.({ successes: 1, n: 2 })],
  ['compareSurveys with plain objects', () => m.compareSurveys?.({}, {})],
  [
    'CsatAccumulator#merge with a plain object',
    () => new metrics.CsatAccumulator().merge({} as metrics.CsatAccumulator),
  ],
  [
    'new SurveyAccumulator',
    () => new (Any.SurveyAccumulator as new (...a: unknown[]) => unknown)(),
  ],
  ['firstContactResolution of a number', () => m.firstContactResolution?.(42)],
  ['firstResponseTimes of undefined', () => m.firstResponseTimes?.(undefined)],
  ['reopenRate of null', () => m.reopenRate?.(null)],
  ['resolutionTimes of an object', () => m.resolutionTimes?.({})],
  ['slaAttainment of a string', () => m.slaAttainment?.('tickets')],
  ['meanEstimate without a summary', () => m.meanEstimate?.('x')],
  ['TicketAccumulator#result(null)', () => new metrics.TicketAccumulator().result(null as never)],
  [
    'countAtLeast({ toString: 1 })',
    () => new metrics.CsatAccumulator().countAtLeast({ toString: 1 } as never),
  ],
  ['studentTCdf(NaN, 3)', () => m.studentTCdf?.(Number.NaN, 3)],
  ['studentTCdf({ toString: 1 }, 3)', () => m.studentTCdf?.({ toString: 1 }, 3)],
  [
    'DurationAccumulator#summary with an object for a name',
    () => new metrics.DurationAccumulator().summary({ x: Number.NaN } as never),
  ],
  ['normalCdf(NaN)', () => m.normalCdf?.(Number.NaN)],
  ['npsEstimate without counts', () => m.npsEstimate?.()],
  ['quantile of undefined', () => m.quantile?.(undefined, 0.5)],
  ['quantiles with ps not an array', () => m.quantiles?.([1, 2], 0.5)],
  ['retentionRate without counts', () => m.retentionRate?.()],
  ['sampleSizeForMargin without options', () => m.sampleSizeForMargin?.()],
  ['summarizeDurations without minutes', () => m.summarizeDurations?.('x')],
  ['a survey schema with a scale of 5', () => m.surveyResponseSchemaFor?.({ scales: { csat: 5 } })],
];

describe('careless calls get a MeridianError', () => {
  it.each(rows)('%s', (_, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isMeridianError(error), String(error)).toBe(true);
  });
});
