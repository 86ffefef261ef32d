import { defineFailures } from '@meridian-cx/core';

/**
 * The errors of the regimes half of `@meridian-cx/privacy` (redaction keeps its own catalog in
 * `src/redact/failures.ts`). Each message says what was wrong, the value, and the fix.
 */
export const { fail, failure, message, codes } = defineFailures('privacy', {
  'privacy/unknown-regime': (p: { regime: string; known: string }) =>
    `"${p.regime}" is not a built-in regime. Use one of: ${p.known}; or pass a regime object made with defineRegime().`,
  'privacy/unknown-region': (p: { country: string; region: string }) =>
    `"${p.region}" is not a subdivision of ${p.country} that this package knows. Use the ISO 3166-2 code without the country prefix (for the United States: "CA", "NY"; for Canada: "QC", "ON").`,
  'privacy/region-required': (p: { country: string }) =>
    `Customers in ${p.country} need a region: privacy law there differs by state or province. Pass customer.region as the ISO 3166-2 code without the prefix (e.g. "CA").`,
  'privacy/no-request-rule': (p: { regime: string; kind: string; known: string }) =>
    `${p.regime} has no sourced response period for "${p.kind}" requests. Periods are known for: ${p.known || 'no request kind'}. The answer is "not known", not a guess.`,
  'privacy/invalid-date': (p: { value: string }) =>
    `"${p.value}" is not a calendar date as YYYY-MM-DD. Pass local dates such as "2026-12-25".`,
  'privacy/pause-before-receipt': (p: { requestedAt: string; receivedAt: string }) =>
    `The clarification was requested at ${p.requestedAt}, before the request arrived at ${p.receivedAt}. A clock cannot stop before it starts: check the dates.`,
});

/** Every error code of the regimes half of the package. */
export type PrivacyErrorCode = (typeof codes)[number];
