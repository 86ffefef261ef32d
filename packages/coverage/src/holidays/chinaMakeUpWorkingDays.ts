import type { Provenance } from '@meridian-cx/core';
import { dateOfDay, dayNumber } from '../zone/days.js';
import { explicitHolidays } from './explicitHolidays.js';
import type { HolidayCalendar, HolidayEntry } from './HolidayCalendar.js';

const NOTICE_2025: Provenance = {
  source: {
    title:
      '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号), Xinhua release of 2024-11-12',
    url: 'http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html',
  },
  asOf: '2026-11-23',
  note: 'Checked against a republication of the Xinhua release; the State Council notice itself is the primary text.',
};

const NOTICE_2026: Provenance = {
  source: {
    title:
      '国务院办公厅关于2026年部分节假日安排的通知, Xinhua release of 2025-11-04 (Zhongshan Daily, A01)',
    url: 'https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html',
  },
  asOf: '2026-11-23',
};

function day(date: string, name: string, provenance: Provenance): HolidayEntry {
  return { date, name, kind: 'working-day', type: 'public', worksAs: 'mon', provenance };
}

function rest(first: string, last: string, name: string, provenance: Provenance): HolidayEntry[] {
  const out: HolidayEntry[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d++) {
    out.push({ date: dateOfDay(d), name, kind: 'holiday', type: 'public', provenance });
  }
  return out;
}

/**
 * China's make-up working days (调休上班) for 2025 and 2026, as decreed each November by the
 * State Council: weekends that are worked to bridge the holidays. date-holidays' rules cannot
 * derive them. Combine after the rule-based calendar: `combineHolidays(dateHolidaysCalendar({ country: 'CN' }), chinaMakeUpWorkingDays)`.
 *
 * @example
 * chinaMakeUpWorkingDays.lookup('2026-02-28')?.kind; // 'working-day'
 * @since 0.1.0
 */
export const CHINA_MAKE_UP_WORKING_DAYS: readonly HolidayEntry[] = [
  day('2025-01-26', '春节调休上班', NOTICE_2025),
  day('2025-02-08', '春节调休上班', NOTICE_2025),
  day('2025-04-27', '劳动节调休上班', NOTICE_2025),
  day('2025-09-28', '国庆节、中秋节调休上班', NOTICE_2025),
  day('2025-10-11', '国庆节、中秋节调休上班', NOTICE_2025),
  day('2026-01-04', '元旦调休上班', NOTICE_2026),
  day('2026-02-14', '春节调休上班', NOTICE_2026),
  day('2026-02-28', '春节调休上班', NOTICE_2026),
  day('2026-05-09', '劳动节调休上班', NOTICE_2026),
  day('2026-09-20', '国庆节调休上班', NOTICE_2026),
  day('2026-10-10', '国庆节调休上班', NOTICE_2026),
];

/** {@link CHINA_MAKE_UP_WORKING_DAYS} as a holiday calendar. @since 0.1.0 */
export const chinaMakeUpWorkingDays: HolidayCalendar = explicitHolidays(
  'cn-make-up-working-days',
  CHINA_MAKE_UP_WORKING_DAYS,
);

/**
 * China's rest days (放假调休) for 2025 and 2026 as decreed by the State Council, whole days off for
 * everyone, including weekdays taken as bridge days (2 January 2026, 20 February 2026…).
 * @since 0.1.0
 */
export const CHINA_REST_DAYS: readonly HolidayEntry[] = [
  ...rest('2025-01-01', '2025-01-01', '元旦', NOTICE_2025),
  ...rest('2025-01-28', '2025-02-04', '春节', NOTICE_2025),
  ...rest('2025-04-04', '2025-04-06', '清明节', NOTICE_2025),
  ...rest('2025-05-01', '2025-05-05', '劳动节', NOTICE_2025),
  ...rest('2025-05-31', '2025-06-02', '端午节', NOTICE_2025),
  ...rest('2025-10-01', '2025-10-08', '国庆节、中秋节', NOTICE_2025),
  ...rest('2026-01-01', '2026-01-03', '元旦', NOTICE_2026),
  ...rest('2026-02-15', '2026-02-23', '春节', NOTICE_2026),
  ...rest('2026-04-04', '2026-04-06', '清明节', NOTICE_2026),
  ...rest('2026-05-01', '2026-05-05', '劳动节', NOTICE_2026),
  ...rest('2026-06-19', '2026-06-21', '端午节', NOTICE_2026),
  ...rest('2026-09-25', '2026-09-27', '中秋节', NOTICE_2026),
  ...rest('2026-10-01', '2026-10-07', '国庆节', NOTICE_2026),
];

/**
 * The State Council's full arrangement for 2025 and 2026 (rest days and make-up working days) as one
 * holiday calendar: prefer it to date-holidays' rules for China in those years. date-holidays marks
 * group holidays (Women's Day, Youth Day, Children's Day, Army Day) as `public` and does not know the
 * bridge days, so it both closes days that are worked and opens days that are off.
 *
 * @example
 * chinaStateCouncil2025To2026.lookup('2026-01-02')?.kind; // 'holiday' (a bridge Friday)
 * chinaStateCouncil2025To2026.lookup('2026-01-04')?.kind; // 'working-day' (a Sunday worked)
 * chinaStateCouncil2025To2026.lookup('2026-05-04')?.kind; // 'holiday' (inside the May holiday)
 * @since 0.1.0
 */
export const chinaStateCouncil2025To2026: HolidayCalendar = explicitHolidays(
  'cn-state-council-2025-2026',
  [...CHINA_REST_DAYS, ...CHINA_MAKE_UP_WORKING_DAYS],
);
