// The failures of the statutory regimes (regimeByCode, defineRegime) only: a catalog of its own, so that a bundle of evaluateReturn does not
// carry messages it cannot show (the package's other codes are in src/failures.ts).
import { defineFailures } from '@meridian-cx/core';

const catalog = defineFailures('returns', {
  'returns/unknown-jurisdiction': (p: { jurisdiction: string }) =>
    `No built-in statutory regime has the code ${p.jurisdiction}. Use one of EU, GB, BR, CN, KR, JP, TR, AU, US, or pass a regime of your own (defineRegime).`,
  'returns/invalid-regime': (p: { detail: string }) => `Invalid regime: ${p.detail}.`,
});

/** Throw the MeridianError of one of these codes. */
export const fail: typeof catalog.fail = catalog.fail;
/** The message one of these codes carries with `params`. */
export const message: typeof catalog.message = catalog.message;
/** These codes. */
export const codes: typeof catalog.codes = catalog.codes;
