// Core's zone and instant schemas (zod/mini since 0.2.0, so they tree-shake): one rule, in core.
export { InstantSchema, TimeZoneSchema } from '@meridian-cx/core';
