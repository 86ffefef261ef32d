import {
  CsatAccumulator,
  FIRST_DAY_FALLBACK,
  firstDayOfWeek,
  keyBy,
  SegmentedAccumulator,
  timeBucket,
} from '@meridian-cx/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('timeBucket', () => {
  it('puts an instant in the day of the chosen zone', () => {
    // 20:00 UTC on 1 March is 05:00 on 2 March in Tokyo.
    expect(timeBucket('2026-03-01T20:00:00Z', { unit: 'day', zone: 'Asia/Tokyo' })).toEqual({
      key: '2026-03-02',
      unit: 'day',
      zone: 'Asia/Tokyo',
      start: '2026-03-01T15:00:00.000Z',
      end: '2026-03-02T15:00:00.000Z',
    });
    expect(timeBucket('2026-03-01T20:00:00Z', { unit: 'day', zone: 'UTC' }).key).toBe('2026-03-01');
  });

  it('starts weeks on the locale first day', () => {
    // Wednesday 4 March 2026.
    const at = '2026-03-04T12:00:00Z';
    expect(timeBucket(at, { unit: 'week', zone: 'America/New_York', locale: 'en-US' }).key).toBe(
      '2026-03-01',
    );
    expect(timeBucket(at, { unit: 'week', zone: 'Europe/Berlin', locale: 'de-DE' }).key).toBe(
      '2026-03-02',
    );
    expect(timeBucket(at, { unit: 'week', zone: 'Africa/Cairo', locale: 'ar-EG' }).key).toBe(
      '2026-02-28',
    );
  });

  it('has 23-hour days across a DST change, and months', () => {
    // Europe/Berlin springs forward on 29 March 2026.
    const b = timeBucket('2026-03-29T12:00:00Z', { unit: 'day', zone: 'Europe/Berlin' });
    expect(Date.parse(b.end) - Date.parse(b.start)).toBe(23 * 3_600_000);
    expect(timeBucket('2026-03-31T23:30:00Z', { unit: 'month', zone: 'Europe/Berlin' }).key).toBe(
      '2026-04',
    );
    expect(() => timeBucket('2026-03-31T23:30:00Z', { unit: 'month', zone: 'CEST' })).toThrow(
      expect.objectContaining({ code: 'core/invalid-time-zone' }),
    );
  });
});

describe('firstDayOfWeek', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the runtime CLDR data', () => {
    expect(firstDayOfWeek('en-US').day).toBe(7);
    expect(firstDayOfWeek('de-DE').day).toBe(1);
    expect(firstDayOfWeek('ar-EG').day).toBe(6);
    expect(() => firstDayOfWeek('not a locale!')).toThrow(
      expect.objectContaining({ code: 'core/invalid-locale' }),
    );
  });

  it('falls back to its table when Intl.Locale has no week info', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const hadGetter = Object.getOwnPropertyDescriptor(proto, 'weekInfo');
    const hadMethod = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo');
    try {
      Object.defineProperty(proto, 'weekInfo', { configurable: true, get: () => undefined });
      Object.defineProperty(proto, 'getWeekInfo', {
        configurable: true,
        value: undefined,
        writable: true,
      });
      expect(firstDayOfWeek('en-US')).toEqual({ day: 7, source: 'fallback' });
      expect(firstDayOfWeek('fr')).toEqual({ day: 1, source: 'fallback' });
      expect(firstDayOfWeek('ar-EG')).toEqual({ day: 6, source: 'fallback' });
      expect(firstDayOfWeek('dv-MV').day).toBe(5);
    } finally {
      if (hadGetter) Object.defineProperty(proto, 'weekInfo', hadGetter);
      else delete proto.weekInfo;
      if (hadMethod) Object.defineProperty(proto, 'getWeekInfo', hadMethod);
      else delete proto.getWeekInfo;
    }
    expect(firstDayOfWeek('en-US').source).toBe('intl');
  });

  it('agrees with the runtime for regions whose week start is long settled', () => {
    for (const region of ['US', 'DE', 'GB', 'JP', 'BR', 'EG', 'FR', 'IN']) {
      expect(FIRST_DAY_FALLBACK[region] ?? 1).toBe(firstDayOfWeek(`und-${region}`).day);
    }
  });
});

describe('keyBy and SegmentedAccumulator', () => {
  const response = (market: string | undefined, score: number, respondedAt?: string) => ({
    survey: 'csat',
    score,
    ...(respondedAt !== undefined ? { respondedAt } : {}),
    ...(market !== undefined ? { dimensions: { market, channel: 'email' } } : {}),
  });

  it('keys by dimensions and time bucket, keeping the unkeyable in named segments', () => {
    const key = keyBy({
      dimensions: ['market'],
      bucket: { unit: 'week', zone: 'Europe/Berlin', locale: 'de-DE' },
    });
    expect(key(response('DE', 5, '2026-03-04T10:00:00Z'))).toBe('market=DE|week=2026-03-02');
    expect(key(response(undefined, 5))).toBe('market=(none)|week=(no time)');
    expect(keyBy({})({})).toBe('all');
  });

  it('accumulates per segment and totals across segments', () => {
    const seg = new SegmentedAccumulator({
      create: () => new CsatAccumulator(),
      key: keyBy({ dimensions: ['market'] }),
    });
    for (const [m, s] of [
      ['DE', 5],
      ['DE', 2],
      ['JP', 4],
      ['JP', 5],
      ['JP', 1],
    ] as const) {
      seg.add(response(m, s, '2026-03-02T10:00:00Z'));
    }
    seg.add(response('JP', 9, '2026-03-02T10:00:00Z'));
    expect(seg.keys()).toEqual(['market=DE', 'market=JP']);
    expect(seg.get('market=DE')?.result().value).toBe(50);
    expect(seg.get('market=JP')?.result()).toMatchObject({ n: 3, rejected: 1 });
    expect(seg.total().result()).toMatchObject({ value: 60, n: 5, rejected: 1 });
    const back = SegmentedAccumulator.fromJSON(JSON.parse(JSON.stringify(seg)), {
      create: () => new CsatAccumulator(),
      key: keyBy({ dimensions: ['market'] }),
      revive: CsatAccumulator.fromJSON,
    });
    expect(back.toJSON()).toEqual(seg.toJSON());
  });
});
