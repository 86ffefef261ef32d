import { fc, test } from '@fast-check/vitest';
import { toEpochMillis } from '@meridian-cx/core';
import { describe, expect } from 'vitest';

const date = fc.date({
  min: new Date('0100-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('toEpochMillis', () => {
  test.prop([date])('the canonical fast path agrees with Date for every instant', (d) => {
    const iso = d.toISOString();
    expect(toEpochMillis(iso)).toBe(d.getTime());
    // The same instant without milliseconds, when it has none.
    if (d.getUTCMilliseconds() === 0)
      expect(toEpochMillis(iso.replace('.000Z', 'Z'))).toBe(d.getTime());
    // The same instant with an offset takes the general path and agrees.
    expect(toEpochMillis(iso.replace('Z', '+00:00'))).toBe(d.getTime());
  });

  test.prop([
    fc.integer({ min: 1970, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  ])('accepts exactly the dates that exist', (y, m, d) => {
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00.000Z`;
    const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    if (exists) expect(toEpochMillis(iso)).toBe(Date.UTC(y, m - 1, d));
    else expect(() => toEpochMillis(iso)).toThrow(/ISO 8601/);
  });
});
