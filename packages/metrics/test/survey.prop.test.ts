import { fc, test } from '@fast-check/vitest';
import { CsatAccumulator, checkSurveyResponse, parseSurveyResponse } from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const anything = fc.oneof(
  fc.integer({ min: -2, max: 12 }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    'good',
    'bad',
    '5',
    '',
    true,
  ),
);
const input = fc.oneof(
  { weight: 1, arbitrary: anything },
  {
    weight: 9,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(7)),
        survey: fc.constantFrom('csat', 'nps', 'ces', 'xyz'),
        score: anything,
        respondedAt: fc.oneof(
          fc.constantFrom(
            '2026-03-02T10:00:00Z',
            '2026-03-02T10:00:00+05:30',
            '2026-03-02T10:00:00',
            '2026-02-30T10:00:00Z',
            'x',
          ),
          fc.constant(new Date(Number.NaN)),
          fc.date({ noInvalidDate: true }),
          fc.integer(),
        ),
        dimensions: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })),
          fc.constant({ market: 3 }),
          fc.constant([]),
        ),
      },
      { requiredKeys: ['survey'] },
    ),
  },
);

describe('validation of survey responses', () => {
  test.prop([input], { numRuns: 400 })(
    'the streaming check accepts exactly what parseSurveyResponse accepts, with the same result',
    (raw) => {
      const checked = checkSurveyResponse(raw);
      let parsed: unknown;
      let threw = false;
      try {
        parsed = parseSurveyResponse(raw);
      } catch {
        threw = true;
      }
      expect(checked.ok).toBe(!threw);
      if (checked.ok) expect(checked.response).toEqual(parsed);
    },
  );

  test.prop([fc.array(input, { maxLength: 100 })])(
    'no response is dropped: accepted + rejected = seen',
    (inputs) => {
      const acc = new CsatAccumulator();
      for (const i of inputs) acc.add(i);
      expect(acc.n + acc.rejected).toBe(inputs.length);
    },
  );
});
