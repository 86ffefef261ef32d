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
