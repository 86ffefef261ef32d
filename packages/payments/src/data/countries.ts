// The 45 markets this dataset covers (the list), used where a source states that a
// method works "worldwide" without listing countries.
import type { CountryCode } from '@meridian-cx/core';

/** Every country the built-in dataset speaks for. */
export const DATASET_COUNTRIES = [
  'PL', 'NL', 'BE', 'DE', 'AT', 'PT', 'IT', 'ES', 'FR', 'SE', 'DK', 'FI', 'NO', 'GB', 'CH', 'TR',
  'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'CN', 'HK', 'TW', 'JP', 'KR', 'IN', 'ID', 'TH', 'MY',
  'PH', 'SG', 'VN', 'AU', 'NZ', 'AE', 'SA', 'ZA', 'NG', 'EG', 'KE',
] as const satisfies readonly CountryCode[];
