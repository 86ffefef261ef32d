import type { Provenance } from '@meridian-cx/core';

/**
 * First day of the week by region (ISO numbering: 1 = Monday … 7 = Sunday), used only when the
 * runtime's `Intl.Locale` has neither `getWeekInfo()` nor `weekInfo`. Regions not listed start on
 * Monday (CLDR's default for territory 001). Taken from CLDR 48 weekData as exposed by ICU 78.
 *
 * @example
 * FIRST_DAY_FALLBACK.US; // 7 (Sunday)
 * @since 0.1.0
 */
export const FIRST_DAY_FALLBACK: Readonly<Record<string, 5 | 6 | 7>> = Object.freeze({
  // Friday
  MV: 5,
  // Saturday
  AF: 6,
  BH: 6,
  DJ: 6,
  DZ: 6,
  EG: 6,
  IQ: 6,
  IR: 6,
  JO: 6,
  KW: 6,
  LY: 6,
  OM: 6,
  QA: 6,
  SD: 6,
  SY: 6,
  // Sunday
  AG: 7,
  AS: 7,
  BD: 7,
  BR: 7,
  BS: 7,
  BT: 7,
  BW: 7,
  BZ: 7,
  CA: 7,
  CO: 7,
  DM: 7,
  DO: 7,
  ET: 7,
  GT: 7,
  GU: 7,
  HK: 7,
  HN: 7,
  ID: 7,
  IL: 7,
  IN: 7,
  IS: 7,
  JM: 7,
  JP: 7,
  KE: 7,
  KH: 7,
  KR: 7,
  LA: 7,
  MH: 7,
  MM: 7,
  MO: 7,
  MT: 7,
  MX: 7,
  MZ: 7,
  NI: 7,
  NP: 7,
  PA: 7,
  PE: 7,
  PH: 7,
  PK: 7,
  PR: 7,
  PT: 7,
  PY: 7,
  SA: 7,
  SG: 7,
  SV: 7,
  TH: 7,
  TT: 7,
  TW: 7,
  UM: 7,
  US: 7,
  VE: 7,
  VI: 7,
  WS: 7,
  YE: 7,
  ZA: 7,
  ZW: 7,
});

/** Where {@link FIRST_DAY_FALLBACK} comes from, validated by `ProvenanceSchema` in the tests. @since 0.1.0 */
export const FIRST_DAY_FALLBACK_PROVENANCE: Provenance = {
  source: {
    title: 'Unicode CLDR 48, supplemental data: weekData (firstDay)',
    url: 'https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml',
    pinpoint: 'supplementalData/weekData/firstDay',
  },
  asOf: '2026-11-23',
  note: 'Read from ICU 78.2 / CLDR 48.0 in Node 20.20 (Intl.Locale#weekInfo). CLDR revises these between versions (for instance AE moved from Saturday to Monday after the 2022 weekend change), so a runtime with other ICU data may differ; the runtime answer is preferred when it exists.',
};
