// The EU member states and the EEA states (IS, LI, NO) where the GDPR applies: core's list, the
// one every package shares, so a change of membership is made once.
export { EEA_COUNTRIES } from '@meridian-cx/core';
