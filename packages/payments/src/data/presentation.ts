// How prices are shown to consumers: VAT included in the EU and the UK, sales tax added at
// checkout in the US. Canada is left out: no source read states its convention.
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
];
