import type { BusinessCalendar, Decision } from '@meridian-cx/core';
import {
  type ContactDecision,
  contactWindow,
  createBusinessCalendar,
  createTeamsCalendar,
  type HolidayCalendar,
  parseSchedule,
  type Schedule,
  type ScheduleCalendar,
  type TeamsCalendar,
} from '@meridian-cx/coverage/date-holidays';
import { describe, expectTypeOf, it } from 'vitest';

describe('coverage types', () => {
  it('a schedule calendar is a core BusinessCalendar', () => {
    expectTypeOf<ScheduleCalendar>().toExtend<BusinessCalendar>();
    expectTypeOf(createBusinessCalendar).returns.toEqualTypeOf<ScheduleCalendar>();
    expectTypeOf<TeamsCalendar>().toExtend<BusinessCalendar>();
    expectTypeOf(createTeamsCalendar).parameter(0).toEqualTypeOf<readonly Schedule[]>();
  });

  it('parseSchedule takes unknown and returns a Schedule', () => {
    expectTypeOf(parseSchedule).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseSchedule).returns.toEqualTypeOf<Schedule>();
  });

  it('ambiguity is a closed choice', () => {
    expectTypeOf<Schedule['ambiguous']>().toEqualTypeOf<
      'earlier' | 'later' | 'reject' | undefined
    >();
    // @ts-expect-error: 'guess' is not a documented choice
    const bad: Schedule = { id: 'x', zone: 'UTC', weekly: {}, ambiguous: 'guess' };
    void bad;
  });

  it('contact decisions are core decisions with a next allowed instant', () => {
    expectTypeOf(contactWindow).returns.toEqualTypeOf<ContactDecision>();
    expectTypeOf<ContactDecision>().toExtend<Decision<boolean>>();
    expectTypeOf<ContactDecision['nextAllowed']>().toEqualTypeOf<string | null>();
  });

  it('a holiday calendar is a lookup by local date', () => {
    expectTypeOf<HolidayCalendar['lookup']>().parameter(0).toEqualTypeOf<string>();
  });
});
