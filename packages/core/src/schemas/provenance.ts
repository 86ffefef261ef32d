// zod/mini schemas of core, one concept per file: zod calls at a module's top level are not
// tree-shaken within the module, so a caller pays only for the concepts it imports.
import * as z from 'zod/mini';

/** zod schema for a source: a title and the URL of the primary text. */
export const SourceSchema = /* @__PURE__ */ z.object({
  title: z
    .string({ error: 'A source needs a title.' })
    .check(z.minLength(1, 'A source needs a title.')),
  url: z.url({ error: 'A source needs the URL of the primary text.' }),
  pinpoint: z.optional(z.string().check(z.minLength(1, 'A pinpoint, when given, is not empty.'))),
});

/** zod schema for provenance: every curated entry in Meridian carries one. */
export const ProvenanceSchema = /* @__PURE__ */ z.object({
  source: SourceSchema,
  asOf: z.iso.date({ error: 'asOf is the date the entry was checked, as YYYY-MM-DD.' }),
  note: z.optional(z.string().check(z.minLength(1, 'A note, when given, is not empty.'))),
});
