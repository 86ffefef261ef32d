// Core's country and money schemas: applicableRegimes and the regimes need them; the deadline
// functions do not, so they are imported from here apart.
export { CountryCodeSchema, MoneySchema } from '@meridian-cx/core';
