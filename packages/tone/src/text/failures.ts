import { defineFailures } from '@meridian-cx/core';

/** The text-hygiene half of @meridian-cx/tone: its typed failures. */
const failures = defineFailures('tone', {
  'tone/text-too-long': (p: { length: number; limit: number }) =>
    `The text has ${p.length} UTF-16 code units, over the limit of ${p.limit}. Split it (by message or paragraph) or raise options.maxLength.`,
  'tone/text-not-a-string': (p: { fn: string; value: string }) =>
    `${p.fn} reads text; got ${p.value}. Pass the message body as a string.`,
});

// Explicitly typed so TypeScript treats fail() as never returning.
export const fail: typeof failures.fail = failures.fail;
export const failure: typeof failures.failure = failures.failure;
export const message: typeof failures.message = failures.message;
/** Every error code text hygiene throws (exported as `textErrorCodes`), for exhaustive handling. */
export const codes: typeof failures.codes = failures.codes;

/** Every failure code of the text-hygiene functions. */
export type ToneTextErrorCode = (typeof codes)[number];
