// Coverage analysis against a brute-force oracle: ask every team's calendar, minute by minute.
import { fc, test } from '@fast-check/vitest';
import { analyzeCoverage, coverageHeatmap, createBusinessCalendar } from '@meridian-cx/coverage';
import { expect } from 'vitest';
import { instantNear, iso, scheduleArb } from './arbitraries.js';

const MINUTE = 60_000;
const runs = { numRuns: Number(process.env.COVERAGE_PROP_RUNS ?? 30) };

const input = fc
  .tuple(
    fc.array(scheduleArb, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 60, max: 2 * 1440 }),
  )
  .chain(([teams, span]) =>
    fc.record({
      teams: fc.constant(
        teams.map((t, i) => ({ ...t, id: `t${i}`, languages: i % 2 === 0 ? ['en'] : ['ja'] })),
      ),
      from: instantNear(teams[0]?.zone ?? 'UTC'),
      span: fc.constant(span),
    }),
  );

test.prop([input], runs)(
  'segments say exactly who is on, minute by minute',
  ({ teams, from, span }) => {
    const to = from + span * MINUTE;
    const report = analyzeCoverage({ teams, from: iso(from), to: iso(to) });
    const calendars = teams.map((t) => createBusinessCalendar(t));
    // The segments partition the horizon.
    expect(report.segments[0]?.start).toBe(iso(from));
    expect(report.segments.at(-1)?.end).toBe(iso(to));
    let s = 0;
    for (let t = from; t < to; t += 7 * MINUTE) {
      while (Date.parse(report.segments[s]?.end ?? '') <= t) s++;
      const expected = teams.filter((_, i) => calendars[i]?.isOpen(iso(t))).map((x) => x.id);
      expect(report.segments[s]?.on).toEqual(expected);
    }
    // A 24/7 target in a language is covered exactly as long as that language is.
    const en = analyzeCoverage({
      teams,
      from: iso(from),
      to: iso(to),
      targets: [{ id: 'en', hours: '24/7', requires: { languages: ['en'] } }],
    });
    expect(en.targets[0]?.coveredMinutes).toBe(
      en.languages.find((l) => l.value === 'en')?.minutes ?? 0,
    );
    // A heatmap in any zone accounts for every minute of the horizon once.
    const total = coverageHeatmap(report.segments, teams[0]?.zone ?? 'UTC')
      .minutes.flat()
      .reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(span, 9);
  },
  60_000,
);
