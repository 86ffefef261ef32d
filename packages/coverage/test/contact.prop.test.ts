// contactWindow's next allowed instant is allowed, and nothing between now and then is.
import { fc, test } from '@fast-check/vitest';
import { contactWindow } from '@meridian-cx/coverage/date-holidays';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { expect } from 'vitest';

const runs = { numRuns: Number(process.env.COVERAGE_PROP_RUNS ?? 40) };
const MINUTE = 60_000;
const places = [
  ['US', 'America/Los_Angeles'],
  ['US', 'America/St_Johns'],
  ['SA', 'Asia/Riyadh'],
  ['AE', 'Asia/Dubai'],
  ['DE', 'Europe/Berlin'],
  ['NZ', 'Pacific/Chatham'],
  ['CN', 'Asia/Shanghai'],
] as const;

const input = fc.record({
  place: fc.constantFrom(...places),
  at: fc
    .integer({ min: Date.UTC(2021, 9, 1), max: Date.UTC(2027, 2, 1) })
    .map((t) => Math.floor(t / MINUTE) * MINUTE),
});

test.prop([input], runs)(
  'the next allowed instant is allowed, and the minutes before it are not',
  ({ place, at }) => {
    const country = place[0];
    const zone = place[1];
    const d = contactWindow({ at: new Date(at).toISOString(), country, zone });
    expect(d.nextAllowed).not.toBeNull();
    const next = Date.parse(d.nextAllowed as string);
    if (d.verdict) {
      expect(next).toBe(at);
      return;
    }
    expect(next).toBeGreaterThan(at);
    expect(contactWindow({ at: d.nextAllowed as string, country, zone }).verdict).toBe(true);
    for (const t of [at + MINUTE, Math.floor((at + next) / 2 / MINUTE) * MINUTE, next - MINUTE]) {
      if (t > at && t < next)
        expect(contactWindow({ at: new Date(t).toISOString(), country, zone }).verdict).toBe(false);
    }
  },
  60_000,
);

// An independent oracle for the curated French and Spanish phone rules: luxon for the local
// weekday and minute, date-holidays itself for public holidays.
const lawful = fc.record({
  place: fc.constantFrom(['FR', 'Europe/Paris'] as const, ['ES', 'Europe/Madrid'] as const),
  at: fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) })
    .map((t) => Math.floor(t / MINUTE) * MINUTE),
});
const holidayCheckers = new Map<string, Holidays>();

test.prop([lawful], runs)(
  'French and Spanish phone rules: working days, not public holidays, within the legal hours',
  ({ place, at }) => {
    const country = place[0];
    const zone = place[1];
    const local = DateTime.fromMillis(at, { zone });
    let hd = holidayCheckers.get(country);
    if (hd === undefined) {
      hd = new Holidays(country);
      holidayCheckers.set(country, hd);
    }
    const holiday = (hd.isHoliday(local.toISODate() as string) || []).some(
      (h) => h.type === 'public',
    );
    const minute = local.hour * 60 + local.minute;
    const windows =
      country === 'FR'
        ? [
            [600, 780],
            [840, 1200],
          ]
        : [[540, 1260]];
    const expected =
      local.weekday <= 5 &&
      !holiday &&
      windows.some(([a, b]) => minute >= (a as number) && minute < (b as number));
    const d = contactWindow({ at: new Date(at).toISOString(), country, zone, channel: 'phone' });
    expect(d.verdict).toBe(expected);
  },
  60_000,
);
