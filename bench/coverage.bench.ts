// Business-time arithmetic and holiday lookup against the libraries a user would otherwise pick:
// moment-business-time 2 (no time zones), minute stepping with luxon (our oracle), date-holidays.
import {
  createBusinessCalendar,
  createSteppingCalendar,
  dateHolidaysCalendar,
  type Schedule,
} from '@meridian-cx/coverage/date-holidays';
import Holidays from 'date-holidays';
import moment from 'moment';
import 'moment-business-time';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compare, memoryMiB, random, scale } from './lib.js';

// A garbage collector to call between memory readings, without a command-line flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MINUTE = 60_000;
const weekdays = (start: string, end: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start, end }]]));

// Berlin, Mon–Fri 09:00–17:00, German public holidays: zones, DST and holidays all on.
const berlin: Schedule = {
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: weekdays('09:00', '17:00'),
  holidays: { country: 'DE' },
};

type MomentBT = moment.Moment & {
  addWorkingTime(amount: number, unit: string): moment.Moment;
};

export default async function run(): Promise<void> {
  const next = random(11);
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2028, 11, 1) - from;
  const n = scale(100_000);
  // Whole minutes, so that the stepping oracle can take the same inputs.
  const starts = Array.from(
    { length: n },
    () => from + Math.floor((next() * span) / MINUTE) * MINUTE,
  );
  const isoStarts = starts.map((t) => new Date(t).toISOString());

  const ours = createBusinessCalendar(berlin);
  ours.addWorkingMinutes(isoStarts[0] as string, 960); // build the index outside the timing
  const hd = new Holidays('DE');
  const holidayDates = hd
    .getHolidays(2026)
    .concat(hd.getHolidays(2027), hd.getHolidays(2028))
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10));
  moment.updateLocale('en', {
    workinghours: {
      0: null,
      1: ['08:00:00', '16:00:00'],
      2: ['08:00:00', '16:00:00'],
      3: ['08:00:00', '16:00:00'],
      4: ['08:00:00', '16:00:00'],
      5: ['08:00:00', '16:00:00'],
      6: null,
    },
    holidays: holidayDates,
  } as moment.LocaleSpecification);

  await compare(
    `addWorkingMinutes of 16 h from ${n.toLocaleString('en-US')} start instants`,
    n,
    [
      {
        name: '@meridian-cx/coverage (Europe/Berlin, DST, DE holidays)',
        run: () => {
          let last = '';
          for (const s of isoStarts) last = ours.addWorkingMinutes(s, 960);
          return last;
        },
      },
      {
        name: 'moment-business-time 2 (UTC hours, holidays, no zones)',
        run: () => {
          let last = '';
          for (const s of starts)
            last = (moment.utc(s) as MomentBT).addWorkingTime(16, 'hours').toISOString();
          return last;
        },
      },
    ],
    { iterations: 2 },
  );

  // The oracle steps minute by minute (~2,000 steps per call): the same question on fewer starts.
  const few = isoStarts.slice(0, Math.max(1, Math.min(n, scale(300))));
  const oracle = createSteppingCalendar(berlin);
  let agree = 0;
  for (const s of few.slice(0, 20))
    if (oracle.addWorkingMinutes(s, 960) === ours.addWorkingMinutes(s, 960)) agree++;
  console.log(
    `oracle check: ${agree}/${Math.min(20, few.length)} results identical to the fast path`,
  );
  await compare(
    `addWorkingMinutes of 16 h, ${few.length} starts, against minute stepping`,
    few.length,
    [
      {
        name: '@meridian-cx/coverage',
        run: () => {
          let last = '';
          for (const s of few) last = ours.addWorkingMinutes(s, 960);
          return last;
        },
      },
      {
        name: 'moment-business-time 2',
        run: () => {
          let last = '';
          for (const s of few)
            last = (moment.utc(s) as MomentBT).addWorkingTime(16, 'hours').toISOString();
          return last;
        },
      },
      {
        name: 'minute stepping with luxon (createSteppingCalendar)',
        run: () => {
          let last = '';
          for (const s of few) last = oracle.addWorkingMinutes(s, 960);
          return last;
        },
      },
    ],
    { iterations: 2 },
  );

  // Holiday lookup: a precomputed table against date-holidays' isHoliday (about 1 ms a call).
  const m = scale(2_000);
  const days = Array.from(
    { length: m },
    () => new Date(from + Math.floor(next() * (span / 86_400_000)) * 86_400_000 + 12 * 3_600_000),
  );
  const dayStrings = days.map((d) => d.toISOString().slice(0, 10));
  const table = dateHolidaysCalendar({ country: 'DE' });
  for (const d of dayStrings) table.lookup(d); // precompute the three years
  await compare(
    `holiday lookup on ${m.toLocaleString('en-US')} dates (DE, public)`,
    m,
    [
      {
        name: '@meridian-cx/coverage dateHolidaysCalendar.lookup',
        run: () => {
          let hits = 0;
          for (const d of dayStrings) if (table.lookup(d) !== undefined) hits++;
          return hits;
        },
      },
      {
        name: 'date-holidays isHoliday',
        run: () => {
          let hits = 0;
          for (const d of days) {
            const h = hd.isHoliday(d);
            if (h !== false && h.some((x) => x.type === 'public')) hits++;
          }
          return hits;
        },
      },
    ],
    { iterations: 3 },
  );

  // Memory: many three-year calendars of one team, kept alive, measured by heap growth.
  const k = Math.max(20, scale(200));
  gc();
  // Typed arrays live outside the JS heap: count both.
  const before = memoryMiB().heapUsed + process.memoryUsage().arrayBuffers / 2 ** 20;
  const kept = [];
  for (let i = 0; i < k; i++) {
    const cal = createBusinessCalendar({ ...berlin, id: `team-${i}` });
    cal.workingMinutesBetween('2026-01-01T00:00:00Z', '2028-12-31T00:00:00Z');
    kept.push(cal);
  }
  gc();
  const after = memoryMiB().heapUsed + process.memoryUsage().arrayBuffers / 2 ** 20;
  const intervals = ours.intervals('2026-01-01T00:00:00Z', '2029-01-01T00:00:00Z').length;
  console.log(
    `\n## memory of a three-year calendar of one team\n${intervals} open intervals (${((intervals * 3 * 8) / 1024).toFixed(1)} KiB of typed arrays); heap + array-buffer growth ${(((after - before) * 1024) / k).toFixed(1)} KiB per calendar over ${k} calendars (target: under 1 MB)`,
  );
}
