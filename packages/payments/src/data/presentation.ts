// How prices are shown to consumers: VAT included in the EU and the UK, sales tax added at
// checkout in the US and Canada. For Canada the sources are the law: federal (Competition Act, as
// the Competition Bureau states it) and Québec's (Consumer Protection Act s. 224), both of which let
// the advertised price leave out sales taxes; no source read says what Canadian shops usually do,
// and the other provinces' consumer laws were not read.
import type * as z from 'zod/mini';
import type { PricePresentationSchema } from '../schemas/dataset.js';
import { fact, source } from './sources.js';

const medusa = source(
  'medusa',
  'Medusa KB: Tax-inclusive vs tax-exclusive pricing for US, UK and EU',
  'https://medusajs.com/kb/international-commerce/tax-inclusive-pricing-international',
);
const paddle = source(
  'paddle',
  'Paddle changelog: Automatically show prices inclusive or exclusive of tax based on customer location',
  'https://developer.paddle.com/changelog/2025/automatic-tax-inclusive-exclusive-prices/',
);

const competitionBureau = source(
  'competition-bureau-canada',
  'Competition Bureau Canada: Drip pricing',
  'https://ised-isde.canada.ca/site/competition-bureau-canada/en/deceptive-marketing-practices/drip-pricing',
  'Best practices for businesses, 1',
);
const quebecCpa = source(
  'quebec',
  'Loi sur la protection du consommateur (RLRQ c. P-40.1), art. 224 (LégisQuébec, version of 3 July 2020)',
  'https://legisquebec.gouv.qc.ca/fr/showversion/cs/P-40.1?code=se:224&pointInTime=20200703',
  'art. 224, al. 3',
);
const opc = source(
  'quebec',
  'Office de la protection du consommateur: Advertised price different from price charged (online purchase)',
  'https://www.opc.gouv.qc.ca/en/consumer/topic/purchase/online-purchase/price-different/',
  'Amounts that can be added to the sale price',
);

const EU_IN_DATASET = [
  'PL',
  'NL',
  'BE',
  'DE',
  'AT',
  'PT',
  'IT',
  'ES',
  'FR',
  'SE',
  'DK',
  'FI',
] as const;

/** Price-presentation rules of the built-in dataset. */
export const PRESENTATION: readonly z.input<typeof PricePresentationSchema>[] = [
  {
    countries: [...EU_IN_DATASET],
    rule: fact(
      'tax-inclusive',
      medusa,
      'EU: consumer prices include VAT (each member state sets its rate).',
    ),
  },
  {
    countries: ['GB'],
    rule: fact(
      'tax-inclusive',
      medusa,
      'UK: "Price including all taxes before the order is placed".',
    ),
  },
  {
    countries: ['US'],
    rule: {
      ...fact(
        'tax-exclusive',
        medusa,
        'US: "Commonly shown before tax, with tax added at checkout"; sales tax is set by states and local jurisdictions.',
      ),
      alternatives: [
        fact(
          'tax-exclusive',
          paddle,
          '"customers in the US typically expect prices to be exclusive of tax".',
        ),
      ],
    },
  },
  {
    countries: ['CA'],
    rule: {
      ...fact(
        'tax-exclusive',
        competitionBureau,
        'Drip pricing is misleading "unless the additional fixed charges or fees are imposed by the government, such as sales tax": the advertised price may leave sales tax out (allowed, not required).',
      ),
      alternatives: [
        fact(
          'tax-exclusive',
          quebecCpa,
          'Québec, agreeing: the advertised price includes every amount the consumer pays, but "peut ne pas comprendre la taxe de vente du Québec, ni la taxe sur les produits et services du Canada".',
        ),
        fact(
          'tax-exclusive',
          opc,
          'Québec regulator, agreeing: "the sales tax (QST and GST)" can be added to the invoice total upon payment (page last updated 25 May 2021).',
        ),
      ],
    },
  },
];
