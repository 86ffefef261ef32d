import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
// Proleptic Gregorian civil dates as day numbers (days since 1970-01-01), after Howard Hinnant's
// days_from_civil / civil_from_days: exact for every year of `Date`, no `Date` object, and none of
// `Date.UTC`'s surprises (it reads years 0–99 as 1900–1999). The one copy Meridian's packages share.

/** A civil date: year (astronomical: 0 is 1 BC), month 1–12, day 1–31. */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

/**
 * {@link daysFromCivil} without the check of its arguments, for core's own parsers (instants,
 * Intl's output) that have already read the numbers. Not exported from the package.
 */
export function civilDays(year: number, month: number, day: number): number {
  const yy = month <= 2 ? year - 1 : year;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date.
 *
 * @param year - Any integer year (0001 is 1 AD, 0 is 1 BC).
 * @param month - 1–12.
 * @param day - 1–31 (not checked against the month: 2026-02-30 is 2026-03-02).
 * @returns The day number; negative before 1970.
 * @example
 * daysFromCivil(2026, 3, 2); // 20514
 * @since 0.1.0
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') {
    fail('core/not-a-number', {
      op: 'daysFromCivil',
      value: describeValue(
        typeof year !== 'number' ? year : typeof month !== 'number' ? month : day,
      ),
    });
  }
  return civilDays(year, month, day);
}

/**
 * The proleptic Gregorian date of a day number: the inverse of {@link daysFromCivil}.
 *
 * @param days - Days since 1970-01-01 (an integer).
 * @returns `{ year, month, day }`.
 * @example
 * civilFromDays(20514); // { year: 2026, month: 3, day: 2 }
 * @since 0.1.0
 */
export function civilFromDays(days: number): CivilDate {
  if (typeof days !== 'number')
    fail('core/not-a-number', { op: 'civilFromDays', value: describeValue(days) });
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The civil date `months` calendar months after `date`, its day clamped to the target month's
 * last (31 January + 1 month is 28 or 29 February), as luxon's `plus({ months })` and Java's
 * `LocalDate.plusMonths` count: the one month rule refund windows, GDPR's one month and statutory
 * periods in months all use.
 *
 * @param date - A proleptic Gregorian date (day 1–31).
 * @param months - Whole months to add (negative goes back).
 * @returns The date in the target month.
 * @throws {MeridianError} `core/not-a-number` when a part of `date` or `months` is not a number.
 * @example
 * addCalendarMonths({ year: 2028, month: 1, day: 31 }, 1); // { year: 2028, month: 2, day: 29 }
 * @since 0.1.0
 */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = date ?? ({} as CivilDate);
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') {
    fail('core/not-a-number', { op: 'addCalendarMonths', value: describeValue(date) });
  }
  if (typeof months !== 'number')
    fail('core/not-a-number', { op: 'addCalendarMonths', value: describeValue(months) });
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  // Month 13 is January of the next year in the day count: the length needs no leap-year table.
  const length = civilDays(y, m + 1, 1) - civilDays(y, m, 1);
  return { year: y, month: m, day: Math.min(day, length) };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * A day number as an ISO 8601 local date `YYYY-MM-DD` (years outside 0000–9999 as `±YYYYYY`,
 * as `Date#toISOString` writes them).
 *
 * @param days - Days since 1970-01-01.
 * @returns Such as `'2026-03-02'`.
 * @example
 * localDateOfDays(20514); // '2026-03-02'
 * @since 0.1.0
 */
export function localDateOfDays(days: number): string {
  // Dates recur (deadlines, deliveries, calendars): a direct-mapped memo of 1,024 dates (day d in
  // slot d mod 1024: one comparison, fixed memory) saves building the same string again.
  if (typeof days !== 'number') {
    fail('core/not-a-number', { op: 'localDateOfDays', value: describeValue(days) });
  }
  const slot = days & (SLOTS - 1);
  if (memoDays[slot] === days) return memoDates[slot] as string;
  const { year, month, day } = civilFromDays(days);
  const y =
    year >= 0 && year <= 9999
      ? `${year}`.padStart(4, '0')
      : `${year < 0 ? '-' : '+'}${`${Math.abs(year)}`.padStart(6, '0')}`;
  const out = `${y}-${pad2(month)}-${pad2(day)}`;
  memoDays[slot] = days;
  memoDates[slot] = out;
  return out;
}

const SLOTS = 1024;
const memoDays = new Float64Array(SLOTS).fill(Number.NaN);
const memoDates: string[] = new Array<string>(SLOTS).fill('');

/**
 * The day number of an ISO 8601 local date `YYYY-MM-DD` (or `±YYYYYY-MM-DD`), or `undefined` when
 * the text is not such a date or names a day that does not exist (2026-02-30).
 *
 * @param date - A local date.
 * @returns Days since 1970-01-01, or `undefined`.
 * @example
 * daysOfLocalDate('2026-03-02'); // 20514
 * daysOfLocalDate('2026-02-30'); // undefined
 * @since 0.1.0
 */
export function daysOfLocalDate(date: string): number | undefined {
  // Read digit by digit (deadlines and calendars ask this many times per decision): YYYY-MM-DD,
  // or ±YYYYYY-MM-DD as Date#toISOString writes the years outside 0000–9999.
  if (typeof date !== 'string') return undefined;
  // Dates recur (each deadline is read back to count from it): remember the good ones, a
  // bounded few (forgotten all at once when full).
  const hit = daysOfDate.get(date);
  if (hit !== undefined) return hit;
  const days = readDate(date);
  if (days !== undefined) {
    if (daysOfDate.size >= 4_096) daysOfDate.clear();
    daysOfDate.set(date, days);
  }
  return days;
}

const daysOfDate = new Map<string, number>();

function readDate(date: string): number | undefined {
  const wide = date.length === 13;
  const sign = date.charCodeAt(0);
  if (!(date.length === 10 || (wide && (sign === 43 || sign === 45)))) return undefined;
  const at = wide ? 3 : 0;
  if (date.charCodeAt(at + 4) !== 45 || date.charCodeAt(at + 7) !== 45) return undefined;
  const digits = wide ? digitsAt(date, 1, 6) : digitsAt(date, 0, 4);
  const month = digitsAt(date, at + 5, 2);
  const day = digitsAt(date, at + 8, 2);
  if (digits < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const year = wide && sign === 45 ? -digits : digits;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day > length ? undefined : civilDays(year, month, day);
}

/** `count` decimal digits at `at` as a number, or -1 when one of them is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The ISO weekday of a day number: 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday).
 *
 * @param days - Days since 1970-01-01.
 * @returns 1–7.
 * @example
 * isoWeekdayOfDays(20514); // 1 (Monday 2 March 2026)
 * @since 0.1.0
 */
export function isoWeekdayOfDays(days: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  if (typeof days !== 'number' || !Number.isFinite(days)) {
    fail('core/not-a-number', { op: 'isoWeekdayOfDays', value: describeValue(days) });
  }
  return (((((days + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
