// zod/mini ships no default messages: every issue coverage's schemas raise must be worded by
// them. A bare "Invalid input" at some path would leave the caller guessing.
import { fc, test } from '@fast-check/vitest';
import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  analyzeCoverage,
  contactWindow,
  createBusinessCalendar,
  createTeamsCalendar,
  parseSchedule,
  type Schedule,
} from '@meridian-cx/coverage';
import { describe, expect, it } from 'vitest';

const runs = { numRuns: Number(process.env.COVERAGE_PROP_RUNS ?? 100) };

function issuesOf(f: () => unknown): ValidationError['issues'] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  return [];
}

const schedule: Schedule = {
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: { mon: [{ start: '09:00', end: '17:00' }] },
  exceptions: [{ date: '2026-12-24', closed: true }],
  ambiguous: 'earlier',
  languages: ['de'],
};

describe('schema messages', () => {
  it('names an unknown key and the keys it knows', () => {
    const [issue] = issuesOf(() => parseSchedule({ ...schedule, weekly: { funday: [] } }));
    expect(issue?.path).toEqual(['weekly']);
    expect(issue?.message).toBe(
      'Unknown key "funday" in weekly: remove it or check its spelling (known keys: mon, tue, wed, thu, fri, sat, sun).',
    );
  });

  it('says what was expected and what came', () => {
    const issues = issuesOf(() =>
      parseSchedule({ ...schedule, weekly: { mon: {} }, ambiguous: 'both', languages: [''] }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['weekly.mon', 'The shifts of a day must be an array; got {}.'],
      ['ambiguous', 'Ambiguous must be one of "earlier", "later", "reject"; got "both".'],
      ['languages.0', 'A language must be a non-empty string.'],
    ]);
    expect(issuesOf(() => parseSchedule({ id: 'x', zone: 'UTC' }))[0]?.message).toBe(
      'Weekly must be an object; it is missing.',
    );
  });

  it('words the options of a calendar and the teams of an organisation', () => {
    const opts = issuesOf(() => createBusinessCalendar(schedule, { holiday: {} } as never));
    expect(opts[0]?.message).toMatch(/^Unknown key "holiday" in the options/);
    expect(issuesOf(() => createTeamsCalendar([]))[0]?.message).toBe(
      'Give at least one team: a list of schedules.',
    );
  });

  // Each field of each input replaced by anything at all: every issue has its own words.
  const fields = [
    ...Object.keys(schedule).map(
      (k) => (v: unknown) => () => parseSchedule({ ...schedule, [k]: v }),
    ),
    (v: unknown) => () => parseSchedule({ ...schedule, weekly: { tue: [v] } }),
    (v: unknown) => () =>
      parseSchedule({ ...schedule, weekly: { tue: [{ start: '09:00', end: v }] } }),
    (v: unknown) => () => parseSchedule({ ...schedule, exceptions: [v] }),
    (v: unknown) => () => parseSchedule({ ...schedule, holidays: v }),
    (v: unknown) => () => parseSchedule({ ...schedule, holidays: { country: 'DE', types: [v] } }),
    (v: unknown) => () => createBusinessCalendar(schedule, v as never),
    (v: unknown) => () => createTeamsCalendar([schedule], v as never),
    (v: unknown) => () =>
      contactWindow({
        at: '2026-03-02T15:00:00Z',
        country: 'US',
        zone: 'America/New_York',
        blockHolidays: false,
        channel: v,
      } as never),
    (v: unknown) => () =>
      contactWindow({ at: v, country: v, zone: 'UTC', blockWeekends: v, rules: v } as never),
    (v: unknown) => () =>
      analyzeCoverage({
        teams: [schedule],
        from: '2026-03-02T00:00:00Z',
        to: '2026-03-03T00:00:00Z',
        targets: [{ id: 't', hours: v }],
        layers: [{ id: 'l', mode: v, teams: [v] }],
      } as never),
  ];

  test.prop([fc.nat({ max: fields.length - 1 }), fc.anything({ withObjectString: true })], runs)(
    'no issue is left with zod’s bare "Invalid input"',
    (field, value) => {
      let issues: ValidationError['issues'] = [];
      try {
        fields[field]?.(value)();
      } catch (e) {
        if (e instanceof ValidationError) issues = e.issues;
        else expect(isMeridianError(e)).toBe(true);
      }
      for (const issue of issues) {
        expect(issue.message, issue.path.join('.')).not.toMatch(/^Invalid input/);
        expect(issue.message.length).toBeGreaterThan(10);
      }
    },
  );
});

describe('a zone or country that is not a string is described once, as what it is', () => {
  it.each([
    [{ toString: 1 }, '{"toString":1} is not'],
    [12, '12 is not'],
    [null, 'null is not'],
    ['Mars/Olympus', '"Mars/Olympus" is not'],
  ])('zone %j', (zone, start) => {
    const [issue] = issuesOf(() => parseSchedule({ ...schedule, zone }));
    expect(issue?.path).toEqual(['zone']);
    expect(issue?.message.startsWith(start)).toBe(true);
  });

  it('country 12', () => {
    const issues = issuesOf(() =>
      contactWindow({ country: 12, zone: 'Europe/Berlin', channel: 'phone' } as never),
    );
    expect(issues.some((i) => i.message.startsWith('12 is not'))).toBe(true);
  });
});
