// zod/mini schema of lintReply options.
import * as z from 'zod/mini';
import { RegisterSchema } from '../guidelines/schemas.js';

const tagLike = z.string().check(z.minLength(1, 'A language tag cannot be empty.'));

/** Options of lintReply. */
export const LintOptionsSchema = z.object({
  locale: tagLike,
  register: RegisterSchema,
  maxLength: z.optional(z.number().check(z.int(), z.gt(0))),
});

const offset = z.number().check(z.int(), z.gte(0));

/** Findings as applySuggestions takes them back: offsets and replacements are what it reads. */
export const FindingsSchema = z.array(
  z.object({
    code: z.string(),
    start: offset,
    end: offset,
    message: z.string(),
    suggestion: z.optional(z.object({ start: offset, end: offset, replacement: z.string() })),
  }),
);
