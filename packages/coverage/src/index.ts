// @meridian-cx/coverage: public surface, re-exported by name.
export {
  createBusinessCalendar,
  type ScheduleCalendar,
} from './calendar/createBusinessCalendar.js';
export { createSteppingCalendar } from './calendar/createSteppingCalendar.js';
export { createTeamsCalendar, type TeamsCalendar } from './calendar/createTeamsCalendar.js';
export {
  CONTACT_CHANNELS,
  type ContactChannel,
} from './contact/contactChannels.js';
export { CONTACT_RULES, type ContactRule, FCC_CALLING_HOURS } from './contact/contactRules.data.js';
export { ContactChannelSchema, ContactRuleSchema } from './contact/contactSchemas.js';
export {
  type ContactDecision,
  type ContactRequest,
  contactWindow,
} from './contact/contactWindow.js';
export { type AnalyzeCoverageInput, analyzeCoverage } from './coverage/analyzeCoverage.js';
export { type CoverageHeatmap, coverageHeatmap } from './coverage/coverageHeatmap.js';
export { type HeatmapSvgOptions, heatmapSvg } from './coverage/heatmapSvg.js';
export { CoverageTargetSchema, RequirementSchema } from './coverage/targetSchemas.js';
export type {
  AttributeCoverage,
  CoverageLayer,
  CoverageReport,
  CoverageSegment,
  HandOff,
  TargetCoverage,
} from './coverage/types.js';
export {
  CHINA_MAKE_UP_WORKING_DAYS,
  CHINA_REST_DAYS,
  chinaMakeUpWorkingDays,
  chinaStateCouncil2025To2026,
} from './holidays/chinaMakeUpWorkingDays.js';
export { combineHolidays } from './holidays/combineHolidays.js';
export { explicitHolidays } from './holidays/explicitHolidays.js';
export type {
  HolidayCalendar,
  HolidayEntry,
  HolidayRules,
  HolidayType,
} from './holidays/HolidayCalendar.js';
export { type CoverageErrorCode, coverageMessages } from './messages.js';
export type { ScheduleOptions } from './schedule/compileSchedule.js';
export { parseSchedule } from './schedule/parseSchedule.js';
export type {
  CoverageTarget,
  Schedule,
  ScheduleException,
  ScheduleHolidays,
  Shift,
} from './schedule/types.js';
export {
  AmbiguousTimeSchema,
  DayShiftsSchema,
  HolidayTypeSchema,
  LocalDateSchema,
  LocalTimeSchema,
  ScheduleExceptionSchema,
  ScheduleHolidaysSchema,
  ScheduleSchema,
  ShiftSchema,
  WeeklySchema,
} from './schemas.js';
export { type AmbiguousTime, type UtcInterval, WEEKDAYS, type Weekday } from './types.js';
export { weekendCalendar } from './weekends/weekendCalendar.js';
export { type Weekend, weekendFor } from './weekends/weekendFor.js';
export { WEEKEND_RULES, type WeekendRule } from './weekends/weekends.data.js';
