// The ids of the built-in regimes, in table order, and nothing else: a few hundred bytes that let
// an error name the export to import, without bringing the regimes themselves.

/** Ids of the built-in regimes; each regime is exported under its id in upper snake case. */
export const BUILT_IN_REGIME_IDS = [
  'eu-gdpr',
  'uk-gdpr',
  'us-ca-ccpa',
  'us-va-vcdpa',
  'us-co-cpa',
  'us-ct-ctdpa',
  'us-tx-tdpsa',
  'us-or-ocpa',
  'us-nj-njdpa',
  'br-lgpd',
  'ca-pipeda',
  'ca-qc-law25',
  'cn-pipl',
  'jp-appi',
  'kr-pipa',
  'sg-pdpa',
  'th-pdpa',
  'za-popia',
  'au-privacy-act',
  'in-dpdp',
] as const;

/** The name a built-in regime is exported under: its id in upper snake case (`eu-gdpr` → `EU_GDPR`). */
export const exportName = (id: string): string => id.toUpperCase().replaceAll('-', '_');
