import { isMeridianError, isTimeZone, parseTimeZone, TimeZoneSchema } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

describe('time zones: what the message promises', () => {
  it('refuses abbreviations, POSIX-style names and offsets, which the runtime would accept', () => {
    for (const name of ['EST', 'MST', 'HST', 'CET', 'EET', 'WET', 'EST5EDT', 'PST8PDT', 'GMT']) {
      expect(isTimeZone(name), name).toBe(false);
    }
    for (const name of ['UTC+3', 'GMT+3', 'Etc/GMT+3', 'Etc/GMT-14', '+05:30', 'UTC-05:00']) {
      expect(isTimeZone(name), name).toBe(false);
    }
    // Single-word legacy links ("Japan", "Poland") name no Area/Location either.
    expect(isTimeZone('Japan')).toBe(false);
  });

  it('accepts Area/Location names and UTC', () => {
    for (const name of ['UTC', 'Etc/UTC', 'America/New_York', 'Pacific/Apia', 'US/Eastern']) {
      expect(isTimeZone(name), name).toBe(true);
    }
  });

  it('refuses them with the error that names the fix', () => {
    try {
      parseTimeZone('EST');
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'core/invalid-time-zone')).toBe(true);
      expect((e as Error).message).toMatch(/not an abbreviation \("EST", "CET"\)/);
    }
    const result = TimeZoneSchema.safeParse({ toString: 1 });
    expect(result.success).toBe(false);
  });
});

describe('time zones: the remembered answers', () => {
  it('answers a name the same the first time and every time after, fresh string or not', () => {
    const names = [
      'Europe/Berlin',
      'Asia/Kolkata',
      'Nowhere/Atlantis',
      'europe/berlin',
      'EST',
      'UTC',
    ];
    const first = names.map((n) => isTimeZone(n));
    expect(first).toEqual([true, true, false, true, false, true]);
    for (let k = 0; k < 3; k++) {
      expect(names.map((n) => isTimeZone(JSON.parse(JSON.stringify(n))))).toEqual(first);
    }
  });

  it('stays right past the bound of its memo (1024 good names, case variants of real ones)', () => {
    const base = 'america/argentina/buenos_aires';
    const variants: string[] = [];
    for (let m = 0; variants.length < 1100; m++) {
      variants.push([...base].map((c, i) => ((m >> i) & 1 ? c.toUpperCase() : c)).join(''));
    }
    expect(variants.every((v) => isTimeZone(v))).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Nowhere/Atlantis')).toBe(false);
  });
});
