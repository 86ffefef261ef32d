// @meridian-cx/core: the shared vocabulary of Meridian. Re-exports by name: the public surface.

export { LruCache } from './cache/LruCache.js';
export { alwaysOpenCalendar } from './calendar/alwaysOpenCalendar.js';
export type { BusinessCalendar } from './calendar/BusinessCalendar.js';
export { checkEpochMillis, cumulativeWorkingMinutes } from './calendar/cumulativeWorkingMinutes.js';
export { COUNTRY_CODES, COUNTRY_TABLE_PROVENANCE } from './codes/countries.data.js';
export { type CountryCode, isCountry, parseCountry } from './codes/country.js';
export {
  CURRENCIES,
  CURRENCY_TABLE_PROVENANCE,
  WITHDRAWN_CURRENCIES,
} from './codes/currencies.data.js';
export {
  type CurrencyCode,
  isCurrency,
  type MinorUnits,
  minorUnits,
  parseCurrency,
} from './codes/currency.js';
export { EEA_COUNTRIES, EEA_COUNTRIES_PROVENANCE } from './codes/eea.data.js';
export { isLocale, type LocaleTag, parseLocale } from './codes/locale.js';
export { isTimeZone, parseTimeZone, type TimeZone } from './codes/timeZone.js';
export {
  type Decision,
  decide,
  type Reason,
  type ReasonParam,
  reason,
} from './decision/decision.js';
export {
  defineFailures,
  type FailureCatalog,
  type FailureParams,
  type FailureParamsOf,
  type Failures,
} from './errors/defineFailures.js';
export { describeValue } from './errors/describeValue.js';
export { isMeridianError, MeridianError, type MeridianPackage } from './errors/MeridianError.js';
export { type CoreErrorCode, coreMessages } from './errors/messages.js';
export { parseWith } from './errors/parseWith.js';
export { formatPath, ValidationError, type ValidationIssue } from './errors/ValidationError.js';
export { type IssueField, wordIssue, type ZodIssueLike } from './errors/wordIssue.js';
export { add } from './money/add.js';
export { allocate } from './money/allocate.js';
export {
  compare,
  equals,
  isNegative,
  isPositive,
  isZero,
  maximum,
  minimum,
} from './money/compare.js';
export { type ConvertOptions, convert } from './money/convert.js';
export { FORMATTER_CACHE_SIZE, type FormatOptions, format } from './money/format.js';
export { fromDecimal } from './money/fromDecimal.js';
export { money } from './money/money.js';
export { type MultiplyOptions, multiply } from './money/multiply.js';
export { parseMoney } from './money/parseMoney.js';
export { subtract } from './money/subtract.js';
export { sum } from './money/sum.js';
export { toDecimal } from './money/toDecimal.js';
export {
  type Decimal,
  type Money,
  ROUNDING_MODES,
  type RoundingMode,
} from './money/types.js';
export type { Provenance, Source } from './provenance/source.js';
export {
  CountryCodeSchema,
  CurrencyCodeSchema,
  InstantSchema,
  IntervalSchema,
  LocaleTagSchema,
  MoneySchema,
  ProvenanceSchema,
  SourceSchema,
  TimeZoneSchema,
} from './schemas.js';
export {
  addCalendarMonths,
  type CivilDate,
  civilFromDays,
  daysFromCivil,
  daysOfLocalDate,
  isoWeekdayOfDays,
  localDateOfDays,
} from './time/civil.js';
export { fromEpochMillis } from './time/fromEpochMillis.js';
export {
  type Instant,
  type Interval,
  parseInstant,
  toEpochMillis,
  toIsoString,
} from './time/instant.js';
export { type LocalToUtcOptions, localToUtc } from './time/localToUtc.js';
export { zoneOffset } from './time/zoneOffset.js';
