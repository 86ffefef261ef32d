import { fc, test } from '@fast-check/vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const prob = fc.double({ min: 0.0005, max: 0.9995, noNaN: true });

describe('distribution functions', () => {
  test.prop([prob])('the normal quantile inverts the normal CDF', (p) => {
    expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 10);
  });

  test.prop([prob, fc.double({ min: 0.5, max: 500, noNaN: true })], { numRuns: 200 })(
    'the t quantile inverts the t CDF, and is symmetric',
    (p, df) => {
      const t = studentTQuantile(p, df);
      expect(studentTCdf(t, df)).toBeCloseTo(p, 9);
      expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 6);
    },
  );

  test.prop([fc.double({ min: 0.55, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 })])(
    't is heavier-tailed than the normal and lighter as df grows',
    (p, df) => {
      expect(studentTQuantile(p, df)).toBeGreaterThan(normalQuantile(p));
      expect(studentTQuantile(p, df + 1)).toBeLessThan(studentTQuantile(p, df));
    },
  );
});
