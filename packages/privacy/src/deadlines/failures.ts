import { defineFailures } from '@meridian-cx/core';

/** The errors of requestDeadline: no sourced period for the request, a pause before receipt. */
const failures = defineFailures('privacy', {
  'privacy/no-request-rule': (p: { regime: string; kind: string; known: string }) =>
    `${p.regime} has no sourced response period for "${p.kind}" requests. Periods are known for: ${p.known || 'no request kind'}. The answer is "not known", not a guess.`,
  'privacy/pause-before-receipt': (p: { requestedAt: string; receivedAt: string }) =>
    `The clarification was requested at ${p.requestedAt}, before the request arrived at ${p.receivedAt}. A clock cannot stop before it starts: check the dates.`,
});

/** Throw the privacy MeridianError for `code` (typed against the catalog). */
export const fail: typeof failures.fail = failures.fail;
/** The message `code` would carry. */
export const message: typeof failures.message = failures.message;
/** Every code of this catalog. */
export const codes: typeof failures.codes = failures.codes;
