// The failures of defineRule only: a catalog of its own, so that a bundle of evaluateReturn does not
// carry messages it cannot show (the package's other codes are in src/failures.ts).
import { defineFailures } from '@meridian-cx/core';

const catalog = defineFailures('returns', {
  'returns/invalid-rule': (p: { detail: string; id?: string }) => `Invalid rule: ${p.detail}.`,
});

/** Throw the MeridianError of one of these codes. */
export const fail: typeof catalog.fail = catalog.fail;
/** The message one of these codes carries with `params`. */
export const message: typeof catalog.message = catalog.message;
/** These codes. */
export const codes: typeof catalog.codes = catalog.codes;
