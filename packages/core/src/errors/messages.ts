/** The codes core throws. */
export type CoreErrorCode =
  | 'core/invalid-currency'
  | 'core/invalid-country'
  | 'core/invalid-locale'
  | 'core/invalid-time-zone'
  | 'core/invalid-instant'
  | 'core/invalid-epoch-millis'
  | 'core/invalid-amount'
  | 'core/invalid-factor'
  | 'core/invalid-ratios'
  | 'core/invalid-rounding'
  | 'core/currency-mismatch'
  | 'core/unsafe-result'
  | 'core/rounding-required';

/** Message builders per code: constants, so tests can assert them and docs can quote them. */
export const coreMessages = {
  invalidCurrency: (code: string, hint?: string) =>
    `"${code}" is not a current ISO 4217 currency code${hint ? ` (${hint})` : ''}. Use an active three-letter code such as "EUR", "USD" or "JPY".`,
  invalidCountry: (code: string) =>
    `"${code}" is not an ISO 3166-1 alpha-2 country code. Use two upper-case letters such as "DE", "BR" or "JP".`,
  invalidLocale: (tag: string) =>
    `"${tag}" is not a well-formed BCP 47 language tag. Use a tag such as "en-GB", "pt-BR" or "fa-IR".`,
  invalidTimeZone: (zone: string) =>
    `"${zone}" is not an IANA time zone known to this runtime. Use a zone name such as "Europe/Berlin" or "Asia/Tokyo", not an abbreviation or an offset.`,
  invalidInstant: (value: string) =>
    `"${value}" is not an ISO 8601 instant with a zone. Write it with an offset or Z, such as "2026-03-02T10:00:00Z".`,
  invalidEpochMillis: (value: unknown, index?: number) =>
    `${index === undefined ? 'The instant' : `Instant ${index}`} is ${String(value)}: not epoch milliseconds within the range of Date. Pass Date.getTime() or toEpochMillis() values: whole numbers between -8.64e15 and 8.64e15.`,
  invalidAmount: (amount: unknown) =>
    `Money amounts are integer counts of minor units within Number.MAX_SAFE_INTEGER; got ${String(amount)}. Convert decimals with fromDecimal().`,
  invalidFactor: (factor: unknown) =>
    `The factor must be a finite decimal number or a decimal string such as "1.0825"; got ${String(factor)}.`,
  invalidRatios: (detail: string) =>
    `Allocation ratios must be finite, non-negative and not all zero: ${detail}.`,
  invalidRounding: (mode: unknown) =>
    `Unknown rounding mode ${String(mode)}. Use one of half-even, half-up, half-down, up, down, ceiling, floor.`,
  currencyMismatch: (a: string, b: string) =>
    `Cannot combine ${a} with ${b}. Convert one of them first with convert().`,
  unsafeResult: (op: string) =>
    `The result of ${op} does not fit in a safe integer count of minor units.`,
  roundingRequired: (value: string, currency: string) =>
    `${value} has more decimals than ${currency} allows. Pass a rounding mode to say how to round.`,
} as const;
