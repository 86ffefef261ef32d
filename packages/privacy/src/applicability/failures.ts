import { defineFailures } from '@meridian-cx/core';

/** The errors of applicableRegimes: a region it does not know, or one it needs. */
const failures = defineFailures('privacy', {
  'privacy/unknown-region': (p: { country: string; region: string }) =>
    `"${p.region}" is not a subdivision of ${p.country} that this package knows. Use the ISO 3166-2 code without the country prefix (for the United States: "CA", "NY"; for Canada: "QC", "ON").`,
  'privacy/region-required': (p: { country: string }) =>
    `Customers in ${p.country} need a region: privacy law there differs by state or province. Pass customer.region as the ISO 3166-2 code without the prefix (e.g. "CA").`,
});

/** Throw the privacy MeridianError for `code` (typed against the catalog). */
export const fail: typeof failures.fail = failures.fail;
/** The message `code` would carry. */
export const message: typeof failures.message = failures.message;
/** Every code of this catalog. */
export const codes: typeof failures.codes = failures.codes;
