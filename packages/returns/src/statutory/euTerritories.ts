import type { CountryCode, Provenance } from '@meridian-cx/core';

const TFEU = (pinpoint: string, note: string): Provenance => ({
  source: {
    title: 'Treaty on the Functioning of the European Union',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E355',
    pinpoint,
  },
  asOf: '2026-11-30',
  note,
});
const OUTERMOST = (name: string) =>
  TFEU(
    'Art. 355(1), Art. 349',
    `${name} is an outermost region: the Treaties, and so Directive 2011/83/EU, apply there. EUR-Lex summary "Outermost regions" lists the nine (Guadeloupe, French Guiana, Martinique, Mayotte, Réunion, Saint-Martin, the Canary Islands, the Azores, Madeira).`,
  );

/**
 * Territories with an ISO 3166-1 code of their own where EU law applies, each with the treaty
 * article. The Azores and Madeira (PT) and the Canary Islands (ES) have no alpha-2 code of their
 * own (IC is only exceptionally reserved): their customers carry PT or ES and are covered.
 * Saint-Barthélemy (BL) left the EU in 2012 (Decision 2010/718/EU, now an overseas country and
 * territory); the Faroe Islands (FO) and Greenland (GL) are outside it (TFEU Art. 355(5)(a), Art.
 * 204); Gibraltar (GI) left with the United Kingdom.
 *
 * @example
 * EU_TERRITORIES.map((t) => t.code); // ['GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'AX']
 * @since 0.1.0
 */
export const EU_TERRITORIES: readonly {
  readonly code: CountryCode;
  readonly name: string;
  readonly provenance: Provenance;
}[] = [
  { code: 'GP', name: 'Guadeloupe', provenance: OUTERMOST('Guadeloupe') },
  { code: 'GF', name: 'French Guiana', provenance: OUTERMOST('French Guiana') },
  { code: 'MQ', name: 'Martinique', provenance: OUTERMOST('Martinique') },
  { code: 'RE', name: 'Réunion', provenance: OUTERMOST('Réunion') },
  {
    code: 'YT',
    name: 'Mayotte',
    provenance: OUTERMOST('Mayotte (since 1 January 2014, European Council Decision 2012/419/EU)'),
  },
  { code: 'MF', name: 'Saint-Martin', provenance: OUTERMOST('Saint-Martin') },
  {
    code: 'AX',
    name: 'Åland',
    provenance: TFEU(
      'Art. 355(4)',
      'The Treaties apply to the Åland Islands in accordance with Protocol No 2 to the 1994 Act of Accession (whose derogations concern taxation and establishment, not consumer contracts).',
    ),
  },
];
