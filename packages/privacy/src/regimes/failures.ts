import { defineFailures } from '@meridian-cx/core';

/** The error of regimeById: an id that is not built in. */
const failures = defineFailures('privacy', {
  'privacy/unknown-regime': (p: { regime: string; known: string }) =>
    `"${p.regime}" is not a built-in regime id. Use one of: ${p.known}. For your own regime, pass what defineRegime() returns wherever a regime goes.`,
});

/** Throw the privacy MeridianError for `code` (typed against the catalog). */
export const fail: typeof failures.fail = failures.fail;
/** The message `code` would carry. */
export const message: typeof failures.message = failures.message;
/** Every code of this catalog. */
export const codes: typeof failures.codes = failures.codes;
