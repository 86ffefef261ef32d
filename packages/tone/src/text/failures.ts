import { defineFailures } from '@meridian-cx/core';

/** The text-hygiene half of @meridian-cx/tone: its typed failures. */
export const { fail, failure, message, codes } = defineFailures('tone', {
  'tone/text-too-long': (p: { length: number; limit: number }) =>
    `The text has ${p.length} UTF-16 code units, over the limit of ${p.limit}. Split it (by message or paragraph) or raise options.maxLength.`,
});

/** Every failure code of the text-hygiene functions. */
export type ToneTextErrorCode = (typeof codes)[number];
