import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkAccumulator, type SurveyAccumulator } from '../survey/SurveyAccumulator.js';
import type { CompareOptions, Comparison } from './Comparison.js';
import { compareMeans } from './compareMeans.js';
import { compareNps } from './compareNps.js';
import { compareProportions } from './compareProportions.js';

/**
 * Compare two survey accumulators of the same definition (two periods, two markets) with the test
 * that fits the metric: CSAT share and CES share by the two-proportion z-test, NPS by its
 * multinomial difference, means by Welch's t.
 *
 * @param a - Baseline accumulator.
 * @param b - Comparison accumulator, same type and definition.
 * @param options - Confidence, labels, and `reading`: `'share'` (default for CSAT), `'mean'`
 *   (default for CES). NPS has one reading.
 * @returns The {@link Comparison} with its summary in words.
 * @throws {MeridianError} `metrics/scale-mismatch` when definitions differ; `metrics/empty-input`.
 * @example
 * compareSurveys(februaryCsat, marchCsat, { labels: { a: 'February', b: 'March' } }).summary;
 * @since 0.1.0
 */
export function compareSurveys(
  a: SurveyAccumulator,
  b: SurveyAccumulator,
  options: CompareOptions & { readonly reading?: 'share' | 'mean' } = {},
): Comparison {
  checkAccumulator(a, 'compareSurveys a');
  checkAccumulator(b, 'compareSurveys b');
  if (a.definition() !== b.definition()) {
    fail('metrics/scale-mismatch', { a: a.definition(), b: b.definition() });
  }
  const { reading = a.type === 'ces' ? 'mean' : 'share', ...rest } = checkObject(
    options,
    'compareSurveys options',
    "an object such as { reading: 'share' }",
  );
  if (a.type === 'nps') {
    const counts = (x: SurveyAccumulator) => ({
      promoters: x.countAtLeast(9),
      detractors: x.countAtMost(6),
      n: x.n,
    });
    return compareNps(counts(a), counts(b), rest);
  }
  const metric = rest.metric ?? (a.type === 'csat' ? 'CSAT' : 'CES');
  if (reading === 'mean')
    return compareMeans(a.meanSummary(), b.meanSummary(), { ...rest, metric });
  const threshold = a.threshold as number;
  return compareProportions(
    { successes: a.countAtLeast(threshold), n: a.n },
    { successes: b.countAtLeast(threshold), n: b.n },
    { ...rest, metric },
  );
}
