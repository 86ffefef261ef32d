import type { CountryCode } from './country.js';

// The states of the European Economic Area: the 27 EU member states and Iceland, Liechtenstein and
// Norway. One list for every package that asks "is this customer in the EEA?" (returns' consumer
// law, privacy's GDPR), so a change of membership is made once.

/**
 * Where the list comes from and when it was checked. The EU's own page lists the 27 member
 * states; the EEA Agreement (OJ L 1, 3.1.1994) extends the internal market to the EFTA states
 * that are party to it — Iceland, Liechtenstein (since 1 May 1995) and Norway; Switzerland is not.
 *
 * @example
 * EEA_COUNTRIES_PROVENANCE.asOf; // '2026-11-30'
 * @since 0.1.0
 */
export const EEA_COUNTRIES_PROVENANCE = {
  source: {
    title: 'European Union, EU countries (the 27 member states)',
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  },
  asOf: '2026-11-30',
  note: 'Iceland, Liechtenstein and Norway: Agreement on the European Economic Area, OJ L 1, 3.1.1994 (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)).',
} as const;

/**
 * The ISO 3166-1 codes of the EU member states and of Iceland, Liechtenstein and Norway (the
 * EEA), EU members first. Territories with codes of their own where EU law applies (Réunion,
 * Martinique…) are not here: each package that needs them says which treaty article brings them.
 *
 * @example
 * EEA_COUNTRIES.includes('NO'); // true
 * EEA_COUNTRIES.includes('CH'); // false
 * @since 0.1.0
 */
export const EEA_COUNTRIES: readonly CountryCode[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
];
