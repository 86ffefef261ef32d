import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const asOf = '2026-11-23';
const CIV = 'California Civil Code § 1723';
const URL =
  'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1723';

/**
 * United States: no federal change-of-mind right. California Civil Code § 1723: a retail seller
 * whose policy gives less than 7 days of full refund, credit or exchange must display it; if it
 * does not, the buyer may return within 30 days of purchase. Exempt: food, plants, flowers and
 * perishables, goods marked final sale, goods used or damaged after purchase, customised goods,
 * goods not returned in their original package, goods unsaleable for health reasons (§ 1723(b)).
 *
 * @example
 * US_CA_CIVIL_CODE_1723.withdrawal?.subdivisions; // ['CA']
 * @since 0.1.0
 */
export const US_CA_CIVIL_CODE_1723: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'US',
  name: 'United States (no federal right; California Civil Code § 1723)',
  countries: ['US'],
  withdrawal: {
    days: 30,
    from: 'purchase',
    firstDayCounts: false,
    onlyWhenNoPolicyDisplayed: true,
    onlyWhenPolicyShorterThan: 7,
    subdivisions: ['CA'],
    conditionBars: true,
    packagingBars: true,
    finalSaleMarkingExempts: true,
    channels: ['distance', 'in-store'],
    exceptions: [
      {
        kind: 'perishable',
        provenance: { source: { title: CIV, url: URL, pinpoint: '§ 1723(b)' }, asOf },
      },
      {
        kind: 'made-to-specification',
        provenance: { source: { title: CIV, url: URL, pinpoint: '§ 1723(b)' }, asOf },
      },
      {
        kind: 'sealed-hygiene',
        provenance: {
          source: { title: CIV, url: URL, pinpoint: '§ 1723(b)' },
          asOf,
        },
      },
    ],
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      unclear: true,
      provenance: {
        source: {
          title: 'California Civil Code §§ 7, 10; Code of Civil Procedure § 12a',
          url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=10',
          pinpoint: 'Civ. Code §§ 7, 10; CCP § 12a',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: {
      source: { title: CIV, url: URL, pinpoint: '§ 1723(a), (c)(1)' },
      asOf,
    },
  },
  refund: null,
  returnCost: null,
  guarantee: null,
});

/**
 * The notes of {@link US_CA_CIVIL_CODE_1723}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(US_CA_CIVIL_CODE_1723)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const US_NOTES: RegimeNotes = {
  'withdrawal.exceptions.sealed-hygiene.provenance':
    'Goods which cannot be resold due to health considerations.',
  'withdrawal.periodEnd.provenance':
    'Civ. Code § 10: time is computed by excluding the first day and including the last, "unless the last day is a holiday, and then it is also excluded"; § 7: holidays are every Sunday and the holidays of the Government Code (§ 6700). CCP § 12a extends a period ending on a holiday, counting all day Saturday, and says it applies to periods in any code; whether it reaches § 1723 is not settled, so Saturday is counted as a holiday here (more favourable to the buyer). Text read in secondary copies (justia, self-law.org), not on leginfo.',
  'withdrawal.provenance':
    'Read with the Department of Consumer Affairs Legal Guide S-6 (dca.ca.gov/publications/legal_guides/s_6.shtml). A posting rule, not a withdrawal right: it applies only to sellers in California whose undisplayed policy falls short of 7 days. Goods marked final sale and used goods are exempt (§ 1723(b)); a policy final-sale category or product counts as that marking. No federal statute gives a change-of-mind right.',
};
