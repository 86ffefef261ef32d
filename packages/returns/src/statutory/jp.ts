import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const ACT = 'Act on Specified Commercial Transactions (特定商取引に関する法律)';
const URL = 'https://elaws.e-gov.go.jp/document?lawid=351AC0000000057';
const asOf = '2026-11-23';

/**
 * Japan: for mail-order sales, the buyer may cancel until 8 days have passed counting from the
 * day of delivery, unless the seller displayed a special return clause in the advertisement (and
 * on the final confirmation screen online); the buyer pays the cost of sending goods back.
 *
 * @example
 * JP_SPECIFIED_TRANSACTIONS_ACT.withdrawal?.onlyWhenNoPolicyDisplayed; // true
 * @since 0.1.0
 */
export const JP_SPECIFIED_TRANSACTIONS_ACT: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'JP',
  name: 'Japan (Act on Specified Commercial Transactions, mail-order returns)',
  countries: ['JP'],
  withdrawal: {
    days: 8,
    from: 'delivery',
    firstDayCounts: true,
    onlyWhenNoPolicyDisplayed: true,
    conditionBars: false,
    exceptions: [],
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      unclear: true,
      provenance: {
        source: {
          title: 'Civil Code (民法)',
          url: 'https://elaws.e-gov.go.jp/document?lawid=129AC0000000089',
          pinpoint: 'Art. 142',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: {
      source: { title: ACT, url: URL, pinpoint: 'Art. 15-3(1)' },
      asOf,
    },
  },
  refund: null,
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: false,
    provenance: { source: { title: ACT, url: URL, pinpoint: 'Art. 15-3(2)' }, asOf },
  },
  guarantee: null,
});

/**
 * The notes of {@link JP_SPECIFIED_TRANSACTIONS_ACT}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(JP_SPECIFIED_TRANSACTIONS_ACT)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const JP_NOTES: RegimeNotes = {
  'withdrawal.periodEnd.provenance':
    '"期間の末日が日曜日、国民の祝日に関する法律に規定する休日その他の休日に当たるときは、その日に取引をしない慣習がある場合に限り、期間は、その翌日に満了する": only where there is a custom of not transacting on that day, which an online seller open every day may not have; commentary reads Saturday as "その他の休日". Unclear for mail order: the package moves the end (the reading more favourable to the consumer). Text read in secondary copies (wikibooks, minnpou-sousoku.com), not on elaws.e-gov.go.jp.',
  'withdrawal.provenance':
    '"引渡しを受けた日から起算して8日": the delivery day counts as day 1. English explanation: Consumer Affairs Agency, no-trouble.caa.go.jp/foreignlanguage/english/mailorder/. Older sources number this Art. 15-2 (before the 2016 renumbering); the Consumer Affairs Agency and current commentary cite Art. 15-3. It is a statutory return right, not cooling-off: the cancellation must reach the seller within the 8 days.',
};
