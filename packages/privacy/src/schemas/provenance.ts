// Core's provenance schema: a regime's every fact carries one.
export { ProvenanceSchema } from '@meridian-cx/core';
