import { ProvenanceSchema, ValidationError } from '@meridian-cx/core';
import {
  CesAccumulator,
  CsatAccumulator,
  checkSurveyResponse,
  metricsMessages,
  NpsAccumulator,
  parseSurveyResponse,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';
const csat = (score: unknown) => ({ survey: 'csat', score, respondedAt: at });

function issuesOf(fn: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('parseSurveyResponse', () => {
  it('parses a valid response and canonicalises the instant', () => {
    expect(
      parseSurveyResponse({
        id: 'r1',
        survey: 'nps',
        score: 9,
        respondedAt: '2026-03-02T10:00:00+09:00',
        dimensions: { market: 'JP' },
      }),
    ).toEqual({
      id: 'r1',
      survey: 'nps',
      score: 9,
      respondedAt: '2026-03-02T01:00:00.000Z',
      dimensions: { market: 'JP' },
    });
  });

  it('rejects off-scale, fractional, NaN and text scores at path score', () => {
    for (const score of [6, 0, 4.5, Number.NaN, Number.POSITIVE_INFINITY, '5', null]) {
      const issues = issuesOf(() => parseSurveyResponse(csat(score)));
      expect(issues[0]?.path).toEqual(['score']);
    }
    expect(issuesOf(() => parseSurveyResponse(csat(6)))[0]?.message).toContain('off the 1–5 scale');
  });

  it('rejects a missing or zoneless timestamp at path respondedAt', () => {
    const missing = issuesOf(() => parseSurveyResponse({ survey: 'csat', score: 4 }));
    expect(missing[0]).toMatchObject({ path: ['respondedAt'] });
    expect(missing[0]?.message).toContain('no timestamp');
    const zoneless = issuesOf(() =>
      parseSurveyResponse({ survey: 'csat', score: 4, respondedAt: '2026-03-02T10:00:00' }),
    );
    expect(zoneless[0]?.path).toEqual(['respondedAt']);
  });

  it('reports every problem at once, each at its path', () => {
    const issues = issuesOf(() =>
      parseSurveyResponse({ survey: 'csat', score: 6, dimensions: { market: 3 } }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['score'],
      ['respondedAt'],
      ['dimensions', 'market'],
    ]);
    expect(
      issuesOf(() => parseSurveyResponse({ survey: 'xyz', score: 1, respondedAt: at }))[0]?.path,
    ).toEqual(['survey']);
  });

  it('honours custom scales and good/bad ratings for CSAT only', () => {
    expect(parseSurveyResponse(csat(7), { scales: { csat: { min: 1, max: 7 } } }).score).toBe(7);
    expect(parseSurveyResponse(csat('good')).score).toBe('good');
    const issues = issuesOf(() =>
      parseSurveyResponse({ survey: 'nps', score: 'good', respondedAt: at }),
    );
    expect(issues[0]?.path).toEqual(['score']);
    expect(() => parseSurveyResponse('nope')).toThrow(ValidationError);
  });

  it('uses the metrics error code', () => {
    try {
      parseSurveyResponse(csat(9));
    } catch (e) {
      expect((e as ValidationError).code).toBe('metrics/invalid-survey-response');
    }
  });
});

describe('checkSurveyResponse', () => {
  it('names the reason for each kind of bad input', () => {
    const reasonOf = (input: unknown) => {
      const r = checkSurveyResponse(input);
      return r.ok ? 'ok' : r.reason.code;
    };
    expect(reasonOf(csat(5))).toBe('ok');
    expect(reasonOf(csat(6))).toBe('score.off-scale');
    expect(reasonOf(csat(Number.NaN))).toBe('score.not-a-number');
    expect(reasonOf(csat(3.5))).toBe('score.not-an-integer');
    expect(reasonOf({ survey: 'csat', respondedAt: at })).toBe('score.missing');
    expect(reasonOf({ survey: 'csat', score: 4 })).toBe('respondedAt.missing');
    expect(reasonOf({ survey: 'csat', score: 4, respondedAt: 'yesterday' })).toBe(
      'respondedAt.invalid',
    );
    expect(reasonOf({ survey: 'xyz', score: 4, respondedAt: at })).toBe('survey.unknown');
    expect(reasonOf(42)).toBe('response.not-an-object');
  });
});

describe('CsatAccumulator', () => {
  it('computes top-2-box CSAT and counts every rejected response with its reason', () => {
    const acc = new CsatAccumulator();
    for (const s of [5, 5, 4, 4, 4, 3, 2, 1]) acc.add(csat(s));
    acc.add(csat(6));
    acc.add(csat(Number.NaN));
    acc.add({ survey: 'csat', score: 5 });
    acc.add({ survey: 'nps', score: 9, respondedAt: at });
    const r = acc.result();
    expect(r.value).toBe(62.5); // 5 of 8 answered 4 or 5
    expect(r.n).toBe(8);
    expect(r.rejected).toBe(4);
    expect(r.rejectedBy).toEqual({
      'score.off-scale': 1,
      'score.not-a-number': 1,
      'respondedAt.missing': 1,
      'survey.mismatch': 1,
    });
    // Mean: (10 + 12 + 3 + 2 + 1)/8 = 3.5.
    expect(acc.mean().value).toBe(3.5);
  });

  it('takes a configurable scale and threshold', () => {
    const acc = new CsatAccumulator({ scale: { min: 1, max: 7 }, threshold: 6 });
    for (const s of [7, 6, 5, 1]) acc.add(csat(s));
    expect(acc.result().value).toBe(50);
    expect(() => new CsatAccumulator({ threshold: 9 })).toThrow(
      metricsMessages.invalidThreshold(9, 1, 5),
    );
    expect(() => new CsatAccumulator({ scale: { min: 5, max: 1 } })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-scale' }),
    );
  });

  it('handles good/bad ratings', () => {
    const acc = new CsatAccumulator({ ratings: 'good-bad' });
    for (const s of ['good', 'good', 'good', 'bad']) acc.add(csat(s));
    acc.add(csat(5));
    expect(acc.result().value).toBe(75);
    expect(acc.result().rejectedBy).toEqual({ 'score.wrong-form': 1 });
  });

  it('round-trips through JSON and refuses merging different definitions', () => {
    const acc = new CsatAccumulator();
    acc.add(csat(5));
    acc.add(csat(9));
    const back = CsatAccumulator.fromJSON(JSON.parse(JSON.stringify(acc)));
    expect(back.toJSON()).toEqual(acc.toJSON());
    expect(() => acc.merge(new CsatAccumulator({ threshold: 5 }))).toThrow(
      expect.objectContaining({ code: 'metrics/scale-mismatch' }),
    );
    expect(() => CsatAccumulator.fromJSON({ ...acc.toJSON(), counts: [1, 2] })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-state' }),
    );
    expect(() => CsatAccumulator.fromJSON({ ...acc.toJSON(), counts: [-1, 0, 0, 0, 0] })).toThrow(
      ValidationError,
    );
  });
});

describe('NpsAccumulator', () => {
  it('computes NPS from promoters and detractors', () => {
    const acc = new NpsAccumulator();
    // 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0–6): NPS = 40% − 30% = 10.
    for (const s of [10, 10, 9, 9, 8, 7, 7, 6, 3, 0])
      acc.add({ survey: 'nps', score: s, respondedAt: at });
    acc.add({ survey: 'nps', score: 11, respondedAt: at });
    const r = acc.result();
    expect(r.value).toBeCloseTo(10, 10);
    expect(r).toMatchObject({ promoters: 4, passives: 3, detractors: 3, n: 10, rejected: 1 });
    expect(NpsAccumulator.fromJSON(acc.toJSON()).result()).toEqual(r);
  });
});

describe('CesAccumulator', () => {
  it('computes the mean and the share answering 5 or more', () => {
    const acc = new CesAccumulator();
    for (const s of [7, 6, 5, 5, 4, 3]) acc.add({ survey: 'ces', score: s, respondedAt: at });
    acc.add({ survey: 'ces', score: 8, respondedAt: at });
    expect(acc.mean().value).toBe(5);
    expect(acc.share().value).toBeCloseTo((4 / 6) * 100, 10);
    expect(acc.result().rejected).toBe(1);
    expect(CesAccumulator.fromJSON(acc.toJSON()).distribution()).toEqual(acc.distribution());
  });
});

describe('provenance', () => {
  it('validates the week-start fallback provenance', async () => {
    const { FIRST_DAY_FALLBACK_PROVENANCE } = await import('@meridian-cx/metrics');
    expect(ProvenanceSchema.parse(FIRST_DAY_FALLBACK_PROVENANCE)).toBeTruthy();
  });
});
