// zod schemas for everything in core that can come from outside, one concept per file (see
// schemas/). Kept apart from the functions so that code that never validates does not bundle zod.
export {
  CountryCodeSchema,
  CurrencyCodeSchema,
  LocaleTagSchema,
  TimeZoneSchema,
} from './schemas/codes.js';
export { MoneySchema } from './schemas/money.js';
export { ProvenanceSchema, SourceSchema } from './schemas/provenance.js';
export { InstantSchema, IntervalSchema } from './schemas/time.js';
