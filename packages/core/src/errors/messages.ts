import { describeValue } from './describeValue.js';
import { type CORE_CODES, message } from './failures.js';

/** The codes core throws: exactly the keys of its failure catalog. */
export type CoreErrorCode = (typeof CORE_CODES)[number];

/**
 * Message builders per code, kept from 0.1.0 for compatibility: each renders the catalog entry
 * (`src/errors/failures.ts`), so a message is written once, and describes the caller's value with
 * `describeValue` (a string quoted, anything else as what it is), so a value is worded once.
 */
export const coreMessages = {
  invalidCurrency: (code: unknown, hint?: string) =>
    message('core/invalid-currency', { value: describeValue(code), ...(hint ? { hint } : {}) }),
  invalidCountry: (code: unknown) =>
    message('core/invalid-country', { value: describeValue(code) }),
  invalidLocale: (tag: unknown) => message('core/invalid-locale', { value: describeValue(tag) }),
  invalidTimeZone: (zone: unknown) =>
    message('core/invalid-time-zone', { value: describeValue(zone) }),
  invalidInstant: (value: unknown) =>
    message('core/invalid-instant', { value: describeValue(value) }),
  invalidEpochMillis: (value: unknown, index?: number) =>
    message('core/invalid-epoch-millis', {
      value: describeValue(value),
      ...(index === undefined ? {} : { index }),
    }),
  invalidAmount: (amount: unknown) =>
    message('core/invalid-amount', { value: describeValue(amount) }),
  invalidFactor: (factor: unknown) =>
    message('core/invalid-factor', { value: describeValue(factor) }),
  invalidRatios: (detail: string) => message('core/invalid-ratios', { detail }),
  invalidRounding: (mode: unknown) =>
    message('core/invalid-rounding', { value: describeValue(mode) }),
  currencyMismatch: (a: string, b: string) =>
    message('core/currency-mismatch', { left: a, right: b }),
  unsafeResult: (op: string) => message('core/unsafe-result', { op }),
  roundingRequired: (value: string, currency: string) =>
    message('core/rounding-required', { value, currency }),
} as const;
