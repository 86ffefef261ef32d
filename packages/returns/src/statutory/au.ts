import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const asOf = '2026-11-23';

/**
 * Australia: no statutory change-of-mind right; faulty goods are covered by the consumer
 * guarantees of the Australian Consumer Law, and for a major failure the consumer chooses a
 * refund or a replacement.
 *
 * @example
 * AU_CONSUMER_LAW.withdrawal; // null
 * @since 0.1.0
 */
export const AU_CONSUMER_LAW: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'AU',
  name: 'Australia (Australian Consumer Law)',
  countries: ['AU'],
  withdrawal: null,
  noWithdrawalProvenance: {
    source: {
      title: 'ACCC: repair, replace, refund, cancel',
      url: 'https://www.accc.gov.au/business/problem-with-a-product-or-service-you-sold/repair-replace-refund-cancel',
    },
    asOf,
  },
  refund: null,
  returnCost: null,
  guarantee: {
    provenance: {
      source: {
        title: 'Competition and Consumer Act 2010, Sch. 2 (Australian Consumer Law)',
        url: 'https://www.legislation.gov.au/C2004A00109/latest/text',
        pinpoint: 'ss. 54–59, 259–263',
      },
      asOf,
    },
    remedy: 'depends-on-failure',
    failureRemedies: {
      major: 'refund',
      minor: 'repair-or-replacement',
      provenance: {
        source: {
          title: 'Competition and Consumer Act 2010, Sch. 2 (Australian Consumer Law)',
          url: 'https://www.legislation.gov.au/C2004A00109/latest/text',
          pinpoint: 'ss. 259(2)–(3), 260, 261, 262, 263(4)',
        },
        asOf: '2026-11-30',
      },
    },
  },
});

/**
 * The notes of {@link AU_CONSUMER_LAW}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(AU_CONSUMER_LAW)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const AU_NOTES: RegimeNotes = {
  'guarantee.failureRemedies.provenance':
    "s. 259(3): for a major failure the consumer may reject the goods; s. 263(4): the supplier must then, as the consumer elects, refund the money paid or replace the goods (`refund` here: the consumer's choice, replacement included). s. 260: a failure is major where a reasonable consumer fully acquainted with it would not have bought the goods, they depart significantly from the description, sample or demonstration model, are substantially unfit for their common or a disclosed purpose and cannot easily and within a reasonable time be remedied, or are unsafe; the caller decides this (`majorFailure` on the request line). s. 259(2), 261: for a minor failure the supplier may choose to repair, replace or refund. s. 262(1)(a), (2): no rejection once the rejection period has ended, the period in which it would be reasonable to expect the failure to become apparent, given the type of goods, their use and how long they can reasonably be used; that period depends on the goods and is not computed here. Texts of ss. 260 and 263 as quoted on tesc.com.au; s. 262 as summarised in The Law Handbook 2024 (Fitzroy Legal Service).",
  noWithdrawalProvenance:
    'Businesses need not refund a change of mind; a store policy cannot take away the consumer guarantees.',
  'guarantee.provenance':
    'Major failure: the consumer chooses refund or replacement (s. 263); minor failure: the business may repair. No fixed period: guarantees last a reasonable time for the product.',
};
