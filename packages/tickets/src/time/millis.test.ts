import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { millis } from './millis.js';

describe('millis', () => {
  test.prop([
    fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
  ])('agrees with Date for every canonical instant', (d) => {
    expect(millis(d.toISOString())).toBe(d.getTime());
  });

  it('refuses impossible dates like core does, and accepts other forms', () => {
    expect(() => millis('2026-02-30T00:00:00.000Z')).toThrow(/not an ISO 8601 instant/);
    expect(millis('2028-02-29T00:00:00.000Z')).toBe(Date.UTC(2028, 1, 29));
    expect(millis('2026-03-02T11:00:00+01:00')).toBe(Date.UTC(2026, 2, 2, 10));
    expect(millis(new Date(5))).toBe(5);
  });
});
