// Core's zone and instant schemas (zod/mini, so they tree-shake): one rule, in core.
export { InstantSchema, TimeZoneSchema } from '@meridian-cx/core';
