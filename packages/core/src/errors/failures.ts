import { defineFailures } from './defineFailures.js';

// core's failure catalog: every code core throws, with its message. The one place a core
// message is written; `coreMessages` (below) keeps the 0.1.0 builders as views of it.
export const {
  fail,
  failure,
  message,
  codes: CORE_CODES,
} = defineFailures('core', {
  'core/invalid-currency': (p: { value: string; hint?: string }) =>
    `${p.value} is not a current ISO 4217 currency code${p.hint ? ` (${p.hint})` : ''}. Use an active three-letter code such as "EUR", "USD" or "JPY".`,
  'core/missing-currency': (p: { op: string }) =>
    `${p.op}() needs the currency as its second argument, so that an empty list still has a total: ${p.op}(items, 'EUR').`,
  'core/not-money': (p: { value: string }) =>
    `Expected money, an object { amount, currency }; got ${p.value}. Build it with money(1999, 'EUR') or parseMoney(json).`,
  'core/not-a-list': (p: { op: string; value: string }) =>
    `${p.op}() takes an array; got ${p.value}.`,
  'core/not-a-number': (p: { op: string; value: string }) =>
    `${p.op}() takes numbers; got ${p.value}.`,
  'core/invalid-country': (p: { value: string }) =>
    `${p.value} is not an ISO 3166-1 alpha-2 country code. Use two upper-case letters such as "DE" (not "de"), "BR" or "JP".`,
  'core/invalid-locale': (p: { value: string }) =>
    `${p.value} is not a well-formed BCP 47 language tag. Use a tag such as "en-GB", "pt-BR" or "fa-IR".`,
  'core/invalid-time-zone': (p: { value: string }) =>
    `${p.value} is not an IANA time zone known to this runtime. Use a zone name such as "Europe/Berlin" or "Asia/Tokyo" (or "UTC"), not an abbreviation ("EST", "CET"), a POSIX-style name ("EST5EDT") or an offset ("UTC+3", "Etc/GMT-3").`,
  'core/invalid-instant': (p: { value: string }) =>
    `${p.value} is not an ISO 8601 instant with a zone. Write it with an offset or Z, such as "2026-03-02T10:00:00Z".`,
  'core/invalid-epoch-millis': (p: { value: string; index?: number }) =>
    `${p.index === undefined ? 'The instant' : `Instant ${p.index}`} is ${p.value}: not epoch milliseconds within the range of Date. Pass Date.getTime() or toEpochMillis() values: whole numbers between -8.64e15 and 8.64e15.`,
  'core/invalid-amount': (p: { value: string }) =>
    `Money amounts are integer counts of minor units within Number.MAX_SAFE_INTEGER; got ${p.value}. Convert decimals with fromDecimal().`,
  'core/invalid-factor': (p: { value: string }) =>
    `The factor must be a finite decimal number or a decimal string such as "1.0825"; got ${p.value}.`,
  'core/invalid-ratios': (p: { detail: string }) =>
    `Allocation ratios must be finite, non-negative and not all zero: ${p.detail}.`,
  'core/invalid-rounding': (p: { value: string }) =>
    `Unknown rounding mode ${p.value}. Use one of half-even, half-up, half-down, up, down, ceiling, floor.`,
  'core/invalid-format-option': (p: { option: string; value: string; allowed: string }) =>
    `format() option ${p.option} is ${p.value}; use one of ${p.allowed}, or leave it out.`,
  'core/currency-mismatch': (p: { left: string; right: string }) =>
    `Cannot combine ${p.left} with ${p.right}. Convert one of them first with convert().`,
  'core/unsafe-result': (p: { op: string }) =>
    `The result of ${p.op} does not fit in a safe integer count of minor units.`,
  'core/rounding-required': (p: { value: string; currency: string }) =>
    `${p.value} has more decimals than ${p.currency} allows. Pass a rounding mode to say how to round.`,
  'core/invalid-cache-size': (p: { value: string }) =>
    `A cache holds at least one entry; its maxSize is ${p.value}. Pass a whole number of at least 1.`,
  'core/skipped-local-time': (p: { wall: string; zone: string }) =>
    `${p.wall} is a wall time the clocks of ${p.zone} skip (they went forward). Pass gap: 'forward' or 'next' to read it, or ask for a time that exists.`,
});
