// The failures of authority tables read outside evaluateReturn's checks: a catalog of its own, so
// that a bundle of evaluateReturn does not carry messages it cannot show (the package's other codes
// are in src/failures.ts). A table that fails its schema is a ValidationError with this code.
import { defineFailures } from '@meridian-cx/core';

const catalog = defineFailures('returns', {
  'returns/invalid-authority-table': (p: { detail: string }) =>
    `Invalid authority table: ${p.detail}.`,
});

/** Throw the MeridianError of one of these codes. */
export const fail: typeof catalog.fail = catalog.fail;
/** The message one of these codes carries with `params`. */
export const message: typeof catalog.message = catalog.message;
/** These codes. */
export const codes: typeof catalog.codes = catalog.codes;
