import {
  type Decision,
  fromEpochMillis,
  type Instant,
  InstantSchema,
  LruCache,
  parseWith,
  type Reason,
  reason,
  toEpochMillis,
  zoneOffset,
} from '@meridian-cx/core';
import * as z from 'zod/mini';
import {
  createBusinessCalendar,
  type ScheduleCalendar,
} from '../calendar/createBusinessCalendar.js';
import { HolidayCalendarSchema, HolidayRulesSchema } from '../calendar/optionsSchemas.js';
import { fail } from '../failures.js';
import { chinaStateCouncil2025To2026 } from '../holidays/chinaMakeUpWorkingDays.js';
import { combineHolidays } from '../holidays/combineHolidays.js';
import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import { about } from '../schemaMessages.js';
import { CountrySchema, ZoneSchema } from '../schemas.js';
import { WEEKDAYS } from '../types.js';
import { weekendCalendar } from '../weekends/weekendCalendar.js';
import { dateOfDay, weekdayOfDay } from '../zone/days.js';
import type { ContactChannel } from './contactChannels.js';
import { CONTACT_RULES, type ContactRule, FCC_CALLING_HOURS } from './contactRules.data.js';
import { ContactChannelSchema, ContactRuleSchema } from './contactSchemas.js';

/** The question asked of {@link contactWindow}. */
export type ContactRequest = {
  /** When we would contact. */
  readonly at: Instant;
  /** The customer's country (ISO 3166-1 alpha-2). */
  readonly country: string;
  /** The customer's IANA zone (where they are, not where we are). */
  readonly zone: string;
  /** The channel (one of {@link CONTACT_CHANNELS}): picks the rules that name it. Default: any. */
  readonly channel?: ContactChannel;
  /** Rules to use instead of {@link CONTACT_RULES}. */
  readonly rules?: readonly ContactRule[];
  /** Whether local weekends block contact. Default: true. */
  readonly blockWeekends?: boolean;
  /** Whether local public holidays block contact. Default: true (date-holidays, public type). */
  readonly blockHolidays?: boolean;
  /** Extra holiday calendar for the customer's country; it wins over date-holidays. */
  readonly holidays?: HolidayCalendar;
  /**
   * The public-holiday rules behind `blockHolidays` (required when it is on and `holidays` is not
   * given). `contactWindow` from `@meridian-cx/coverage/date-holidays` passes date-holidays' rules.
   */
  readonly holidayRules?: HolidayRules;
};

/** The answer of {@link contactWindow}: may we contact now, and if not, from when. */
export type ContactDecision = Decision<boolean> & {
  /** `at` itself when allowed; else the next allowed instant; `null` if none within 50 years. */
  readonly nextAllowed: string | null;
};

const REQUEST_KEYS = [
  'at',
  'country',
  'zone',
  'channel',
  'rules',
  'blockWeekends',
  'blockHolidays',
  'holidays',
  'holidayRules',
];

const RequestSchema = z.strictObject(
  {
    at: InstantSchema,
    country: CountrySchema,
    zone: ZoneSchema,
    channel: z.optional(ContactChannelSchema),
    rules: z.optional(z.array(z.unknown(), { error: about('rules') })),
    blockWeekends: z.optional(z.boolean({ error: 'blockWeekends is true or false.' })),
    blockHolidays: z.optional(z.boolean({ error: 'blockHolidays is true or false.' })),
    holidays: z.optional(HolidayCalendarSchema),
    holidayRules: z.optional(HolidayRulesSchema),
  },
  { error: about('a contact request', REQUEST_KEYS) },
);

// Bounded: one calendar per (country, zone, hours, holiday calendars) in use.
const calendars = new LruCache<string, ScheduleCalendar>(256);
// Rule lists are checked once each: a caller usually passes the same list again and again.
const checkedRules = new WeakSet<readonly ContactRule[]>();
const RulesSchema = z.object({ rules: z.array(ContactRuleSchema, { error: about('rules') }) });

const byCountry = new Map<string, HolidayCalendar | undefined>();

// Years for which an official arrangement replaces date-holidays' rules for a country: China's
// State Council notices (rest days, bridge days, make-up working weekends) for 2025–2026.
const CURATED: Readonly<Record<string, { calendar: HolidayCalendar; years: readonly string[] }>> = {
  CN: { calendar: chinaStateCouncil2025To2026, years: ['2025', '2026'] },
};

let lastRules: HolidayRules | undefined;

function countryHolidays(country: string, holidayRules: HolidayRules): HolidayCalendar | undefined {
  if (holidayRules !== lastRules) {
    byCountry.clear();
    lastRules = holidayRules;
  }
  if (!byCountry.has(country)) {
    let rules: HolidayCalendar | undefined;
    try {
      rules = holidayRules({ country });
    } catch {
      // date-holidays has no rules for this country: weekends and hours still apply.
      rules = undefined;
    }
    const curated = CURATED[country];
    byCountry.set(
      country,
      curated === undefined
        ? rules
        : {
            id: `${curated.calendar.id}(${curated.years.join(',')})+${rules?.id ?? 'none'}`,
            lookup: (date) =>
              curated.years.includes(date.slice(0, 4))
                ? curated.calendar.lookup(date)
                : rules?.lookup(date),
          },
    );
  }
  return byCountry.get(country);
}

/**
 * May we phone or message this customer now? Checks the local contact hours of their country
 * (08:00–21:00 by default, the US rule of 47 CFR 64.1200(c)(1)), their local weekend (Friday–
 * Saturday in much of the Gulf) and their public holidays, all in their own zone. When the answer
 * is no, `nextAllowed` says from when.
 *
 * @param request - When, the customer's country and zone, and the policy switches.
 * @returns A {@link ContactDecision}: verdict, reasons with sources, next allowed instant.
 * @throws {ValidationError} `coverage/invalid-contact-request` for an instant without a zone, an
 *   unknown zone, country or channel, a malformed rule, or a `holidays` that is not a calendar.
 * @example
 * const d = contactWindow({ at: '2026-03-02T10:00:00Z', country: 'US', zone: 'America/Los_Angeles' });
 * d.verdict; // false: 02:00 in Los Angeles
 * d.nextAllowed; // '2026-03-02T16:00:00.000Z'
 * @since 0.1.0
 */
export function contactWindow(request: ContactRequest): ContactDecision {
  const req = parseWith(RequestSchema, request, { package: 'coverage', what: 'contact-request' });
  const country = req.country;
  const channel = req.channel;
  const rules = request.rules ?? CONTACT_RULES;
  if (!checkedRules.has(rules)) {
    parseWith(RulesSchema, { rules }, { package: 'coverage', what: 'contact-request' });
    checkedRules.add(rules);
  }
  const rule = rules.findLast(
    (r) =>
      r.country === country &&
      (r.channels === undefined || (channel !== undefined && r.channels.includes(channel))),
  );
  // The rules were checked above: their times are well-formed.
  const start = rule?.start ?? '08:00';
  const end = rule?.end ?? '21:00';
  const windows = rule?.windows ?? [{ start, end }];
  const days = rule?.days ?? WEEKDAYS;
  const blockWeekends = req.blockWeekends ?? true;
  // A rule that forbids holidays by law blocks them whatever the policy switch says.
  const blockHolidays = (req.blockHolidays ?? true) || rule?.noHolidays === true;
  if (blockHolidays && req.holidayRules === undefined && req.holidays === undefined) {
    fail('coverage/holiday-rules-required', {
      what: 'contactWindow (blockHolidays is on by default)',
      country,
    });
  }
  const holidays = [
    ...(blockWeekends ? [weekendCalendar(country)] : []),
    ...(blockHolidays && req.holidayRules !== undefined
      ? [countryHolidays(country, req.holidayRules)]
      : []),
    ...(blockHolidays && request.holidays !== undefined ? [request.holidays] : []),
  ].filter((h): h is HolidayCalendar => h !== undefined);
  const key = JSON.stringify([country, req.zone, windows, days, holidays.map((h) => h.id)]);
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const day = windows.map((w) => ({ start: w.start, end: w.end }));
    calendar = createBusinessCalendar(
      {
        id: `contact:${country}`,
        zone: req.zone,
        weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, days.includes(d) ? day : []])),
      },
      holidays.length > 0 ? { holidays: combineHolidays(...holidays) } : {},
    );
    if (request.holidays === undefined) calendars.set(key, calendar);
  }
  const at = toEpochMillis(req.at);
  const allowed = calendar.isOpen(new Date(at));
  const reasons: Reason[] = [];
  const hoursSource = rule?.provenance.source ?? FCC_CALLING_HOURS.source;
  const localMs = at + zoneOffset(req.zone, at) * 60_000;
  const localDay = Math.floor(localMs / 86_400_000);
  const localDate = dateOfDay(localDay);
  const localTime = fromEpochMillis(localMs - localDay * 86_400_000).slice(11, 16);
  const params = {
    localDate,
    localTime,
    zone: req.zone,
    start,
    end,
    ...(channel !== undefined ? { channel } : {}),
  };
  reasons.push(
    reason(
      rule === undefined ? 'contact.default-hours' : 'contact.country-hours',
      params,
      hoursSource,
    ),
  );
  const closedBy = combineHolidays(...holidays).lookup(localDate);
  const weekday = weekdayOfDay(localDay);
  if (closedBy !== undefined && closedBy.kind === 'holiday') {
    const code = closedBy.name === 'weekend' ? 'contact.weekend' : 'contact.holiday';
    reasons.push(reason(code, { localDate, name: closedBy.name }, closedBy.provenance?.source));
    if (code === 'contact.holiday' && rule?.noHolidays === true) {
      reasons.push(reason('contact.holiday-by-law', { localDate }, hoursSource));
    }
  } else if (!days.includes(weekday)) {
    reasons.push(reason('contact.day-not-allowed', { localDate, weekday }, hoursSource));
  } else if (!allowed) {
    reasons.push(reason('contact.quiet-hours', params, hoursSource));
  }
  if (allowed) reasons.push(reason('contact.allowed', { localDate, localTime }));
  return {
    verdict: allowed,
    reasons,
    nextAllowed: allowed ? new Date(at).toISOString() : calendar.nextOpen(new Date(at)),
  };
}
