// Holidays as a calendar (lookup) against holidays as a list, and against a stepping oracle that
// knows make-up working days: one count, however the holidays arrive.
import { fc, test } from '@fast-check/vitest';
import { requestDeadline, US_CA_CCPA } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const dateArb = fc
  .integer({ min: parse('2024-01-01') / DAY, max: parse('2032-12-31') / DAY })
  .map((n) => iso(n * DAY));

const calendarOf = (holidays: readonly string[], opened: readonly string[]) => {
  const h = new Set(holidays);
  const o = new Set(opened);
  return {
    lookup: (date: string) =>
      o.has(date)
        ? { kind: 'working-day' as const }
        : h.has(date)
          ? { kind: 'holiday' as const }
          : undefined,
  };
};

/** The tenth working day after `start`, stepping one UTC day at a time. */
function oracleAck(start: string, holidays: readonly string[], opened: readonly string[]): string {
  const h = new Set(holidays);
  const o = new Set(opened);
  const working = (t: number) => {
    const wd = new Date(t).getUTCDay();
    return o.has(iso(t)) || (wd !== 0 && wd !== 6 && !h.has(iso(t)));
  };
  let t = parse(start);
  for (let left = 10; left > 0; ) {
    t += DAY;
    if (working(t)) left--;
  }
  return iso(t);
}

const ack = (receivedOn: string, holidays: Parameters<typeof requestDeadline>[0]['holidays']) =>
  requestDeadline({
    regime: US_CA_CCPA,
    kind: 'access',
    receivedAt: `${receivedOn}T12:00:00Z`,
    zone: 'UTC',
    ...(holidays !== undefined ? { holidays } : {}),
  });

describe('holiday calendars', () => {
  test.prop([dateArb, fc.uniqueArray(dateArb, { maxLength: 60 })])(
    'a calendar of holidays gives the same count as the same dates in a list',
    (day, holidays) => {
      const a = ack(day, holidays);
      const b = ack(day, calendarOf(holidays, []));
      expect(b.acknowledgeOn).toBe(a.acknowledgeOn);
      expect(b.dueOn).toBe(a.dueOn);
    },
  );

  test.prop([
    dateArb,
    fc.uniqueArray(dateArb, { maxLength: 60 }),
    fc.uniqueArray(dateArb, { maxLength: 60 }),
  ])(
    'working-day entries open days, as the stepping oracle counts them',
    (day, holidays, opened) => {
      expect(ack(day, calendarOf(holidays, opened)).acknowledgeOn).toBe(
        oracleAck(day, holidays, opened),
      );
    },
  );
});
