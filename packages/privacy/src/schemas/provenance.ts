// zod/mini statement of core's provenance (a regime's every fact carries one).
import * as z from 'zod/mini';

/** Provenance: the source (title, URL of the primary text, pinpoint) and the date it was checked. */
export const ProvenanceSchema = z.object({
  source: z.object({
    title: z.string().check(z.minLength(1, 'A source needs a title.')),
    url: z.url({ error: 'A source needs the URL of the primary text.' }),
    pinpoint: z.optional(z.string().check(z.minLength(1))),
  }),
  asOf: z.iso.date({ error: 'asOf is the date the entry was checked, as YYYY-MM-DD.' }),
  note: z.optional(z.string().check(z.minLength(1))),
});
