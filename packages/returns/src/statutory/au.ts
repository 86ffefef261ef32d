import type { RegimeNotes, StatutoryRegime } from './types.js';

const asOf = '2026-11-23';

/**
 * Australia: no statutory change-of-mind right; faulty goods are covered by the consumer
 * guarantees of the Australian Consumer Law, and for a major failure the consumer chooses a
 * refund or a replacement.
 *
 * @example
 * AU.withdrawal; // null
 * @since 0.1.0
 */
export const AU: StatutoryRegime = {
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
  },
};

/**
 * The notes of {@link AU}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(AU)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const AU_NOTES: RegimeNotes = {
  noWithdrawalProvenance:
    'Businesses need not refund a change of mind; a store policy cannot take away the consumer guarantees.',
  'guarantee.provenance':
    'Major failure: the consumer chooses refund or replacement (s. 263); minor failure: the business may repair. No fixed period: guarantees last a reasonable time for the product.',
};
