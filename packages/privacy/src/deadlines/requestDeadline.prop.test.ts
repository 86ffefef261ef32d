import { fc, test } from '@fast-check/vitest';
import { EU_GDPR, REGIMES, requestDeadline, UK_GDPR } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';

// The oracle shares nothing with the implementation: Date.UTC and one-day steps, from the
// definitions alone (Reg. 1182/71 Art. 3(2)(c) for months, "N days after receipt" for days).
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) =>
  Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const working = (t: number, holidays: ReadonlySet<string>) => {
  const wd = new Date(t).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays.has(iso(t));
};

function oracleMonths(start: string, months: number): string {
  const s = new Date(parse(start));
  const wantDay = s.getUTCDate();
  const target = s.getUTCFullYear() * 12 + s.getUTCMonth() + months;
  for (let t = parse(start) + DAY; ; t += DAY) {
    const d = new Date(t);
    if (d.getUTCFullYear() * 12 + d.getUTCMonth() !== target) continue;
    const lastOfMonth = new Date(t + DAY).getUTCDate() === 1;
    if (d.getUTCDate() === wantDay || (lastOfMonth && d.getUTCDate() < wantDay)) return iso(t);
  }
}

function oracle(
  start: string,
  amount: number,
  unit: string,
  roll: boolean,
  holidays: ReadonlySet<string>,
): string {
  let end: number;
  if (unit === 'months') end = parse(oracleMonths(start, amount));
  else if (unit === 'calendar-days') end = parse(start) + amount * DAY;
  else {
    end = parse(start);
    for (let left = amount; left > 0; ) {
      end += DAY;
      if (working(end, holidays)) left--;
    }
  }
  if (roll) while (!working(end, holidays)) end += DAY;
  return iso(end);
}

const cases = REGIMES.flatMap((r) =>
  r.requests.filter((q) => q.period !== null).map((q) => ({ regime: r, rule: q })),
);
const dateArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const holidaysArb = fc.uniqueArray(dateArb, { maxLength: 40 });

describe('requestDeadline properties', () => {
  test.prop([fc.constantFrom(...cases), dateArb, holidaysArb])(
    'agrees with the day-stepping oracle for every regime',
    ({ regime, rule }, day, holidays) => {
      const d = requestDeadline({
        regime,
        kind: rule.appliesTo[0] as never,
        receivedAt: `${day}T12:00:00Z`,
        zone: 'UTC',
        holidays,
      });
      const period = rule.period as { amount: number; unit: string };
      expect(d.dueOn).toBe(
        oracle(day, period.amount, period.unit, rule.rollForward, new Set(holidays)),
      );
    },
  );

  test.prop([fc.constantFrom(...cases), dateArb, holidaysArb])(
    'a deadline is never before the receipt, and extending never shortens it',
    ({ regime, rule }, day, holidays) => {
      const base = {
        regime,
        kind: rule.appliesTo[0] as never,
        receivedAt: `${day}T12:00:00Z`,
        zone: 'UTC',
        holidays,
      };
      const plain = requestDeadline(base);
      const extended = requestDeadline({ ...base, extended: true });
      expect((plain.dueOn as string) >= plain.receivedOn).toBe(true);
      expect((extended.dueOn as string) >= (plain.dueOn as string)).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 0, max: 11 })])(
    'one month from the 31st lands on the last day of a shorter month (before any weekend move)',
    (year, month) => {
      const start = iso(Date.UTC(year, month, 31));
      if (Number(start.slice(8)) !== 31) return; // that month has no 31st
      const d = requestDeadline({
        regime: EU_GDPR,
        kind: 'access',
        receivedAt: `${start}T12:00:00Z`,
        zone: 'UTC',
        weekend: [],
      });
      const lastOfNext = iso(Date.UTC(year, month + 2, 0));
      expect(d.dueOn).toBe(lastOfNext);
    },
  );

  test.prop([dateArb, fc.integer({ min: 0, max: 20 })])(
    'a longer clarification pause never brings the UK deadline forward',
    (day, extra) => {
      const receivedAt = `${day < '2026-02-05' ? '2026-02-05' : day}T09:00:00Z`;
      const asked = new Date(Date.parse(receivedAt) + DAY).toISOString();
      const short = requestDeadline({
        regime: UK_GDPR,
        kind: 'access',
        receivedAt,
        zone: 'UTC',
        pauses: [{ requestedAt: asked, answeredAt: asked }],
      });
      const long = requestDeadline({
        regime: UK_GDPR,
        kind: 'access',
        receivedAt,
        zone: 'UTC',
        pauses: [
          {
            requestedAt: asked,
            answeredAt: new Date(Date.parse(asked) + extra * DAY).toISOString(),
          },
        ],
      });
      expect((long.dueOn as string) >= (short.dueOn as string)).toBe(true);
    },
  );
});
