import { type CORE_CODES, message } from './failures.js';
import { show } from './show.js';

/** The codes core throws: exactly the keys of its failure catalog. */
export type CoreErrorCode = (typeof CORE_CODES)[number];

/**
 * Message builders per code, kept from 0.1.0 for compatibility: each renders the catalog entry
 * (`src/errors/failures.ts`), so a message is written once.
 */
export const coreMessages = {
  invalidCurrency: (code: string, hint?: string) =>
    message('core/invalid-currency', { value: code, ...(hint ? { hint } : {}) }),
  invalidCountry: (code: string) => message('core/invalid-country', { value: code }),
  invalidLocale: (tag: string) => message('core/invalid-locale', { value: tag }),
  invalidTimeZone: (zone: string) => message('core/invalid-time-zone', { value: zone }),
  invalidInstant: (value: string) => message('core/invalid-instant', { value }),
  invalidEpochMillis: (value: unknown, index?: number) =>
    message('core/invalid-epoch-millis', {
      value: show(value),
      ...(index === undefined ? {} : { index }),
    }),
  invalidAmount: (amount: unknown) => message('core/invalid-amount', { value: show(amount) }),
  invalidFactor: (factor: unknown) => message('core/invalid-factor', { value: show(factor) }),
  invalidRatios: (detail: string) => message('core/invalid-ratios', { detail }),
  invalidRounding: (mode: unknown) => message('core/invalid-rounding', { value: show(mode) }),
  currencyMismatch: (a: string, b: string) =>
    message('core/currency-mismatch', { left: a, right: b }),
  unsafeResult: (op: string) => message('core/unsafe-result', { op }),
  roundingRequired: (value: string, currency: string) =>
    message('core/rounding-required', { value, currency }),
} as const;
