// Every built-in regime, one module each: import the ones you need and a bundler drops the rest.

export { AU_PRIVACY_ACT } from './data/au-privacy-act.js';
export { BR_LGPD } from './data/br-lgpd.js';
export { CA_PIPEDA } from './data/ca-pipeda.js';
export { CA_QC_LAW25 } from './data/ca-qc-law25.js';
export { CN_PIPL } from './data/cn-pipl.js';
export { EU_GDPR } from './data/eu-gdpr.js';
export { IN_DPDP } from './data/in-dpdp.js';
export { JP_APPI } from './data/jp-appi.js';
export { KR_PIPA } from './data/kr-pipa.js';
export { SG_PDPA } from './data/sg-pdpa.js';
export { TH_PDPA } from './data/th-pdpa.js';
export { UK_GDPR } from './data/uk-gdpr.js';
export { US_CA_CCPA } from './data/us-ca-ccpa.js';
export { US_CO_CPA } from './data/us-co-cpa.js';
export { US_CT_CTDPA } from './data/us-ct-ctdpa.js';
export { US_NJ_NJDPA } from './data/us-nj-njdpa.js';
export { US_OR_OCPA } from './data/us-or-ocpa.js';
export { US_TX_TDPSA } from './data/us-tx-tdpsa.js';
export { US_VA_VCDPA } from './data/us-va-vcdpa.js';
export { ZA_POPIA } from './data/za-popia.js';
