import { fc, test } from '@fast-check/vitest';
import { fromEpochMillis, toEpochMillis } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

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

describe('fromEpochMillis', () => {
  test.prop([
    fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: 0, max: 253_402_300_799_999 }),
      fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
    ),
  ])('writes exactly what Date writes, for every instant Date can hold', (ms) => {
    expect(fromEpochMillis(ms)).toBe(new Date(ms).toISOString());
    if (Number.isInteger(ms) && ms >= 0 && ms <= 253_402_300_799_999)
      expect(toEpochMillis(fromEpochMillis(ms))).toBe(ms + 0); // (+ 0: -0 reads back as 0)
  });

  it('refuses what Date cannot hold, naming the value', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, -8.64e15 - 1]) {
      expect(() => fromEpochMillis(bad)).toThrow(
        expect.objectContaining({ code: 'core/invalid-epoch-millis' }),
      );
    }
    expect(fromEpochMillis(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(fromEpochMillis(-0)).toBe('1970-01-01T00:00:00.000Z');
    expect(fromEpochMillis(-1)).toBe('1969-12-31T23:59:59.999Z');
  });
});
