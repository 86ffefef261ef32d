import type { Provenance } from '@meridian-cx/core';
import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const REG =
  'Mesafeli Sözleşmeler Yönetmeliği (Distance Contracts Regulation, Resmî Gazete 27.11.2014 No. 29188, under Law No. 6502 Art. 48)';
const URL = 'https://www.resmigazete.gov.tr/eskiler/2014/11/20141127.htm';
const asOf = '2026-11-23';
// Each entry's note is in TR_NOTES below (the `@meridian-cx/returns/notes` entry).
const art = (pinpoint: string): Provenance => ({
  source: { title: REG, url: URL, pinpoint },
  asOf,
});

/**
 * Turkey: 14 days without reason (Law 6502 Art. 48(4), Regulation Art. 9), from the day the
 * consumer receives the goods, the last one for several goods delivered separately (Art. 9(3));
 * exceptions in Art. 15.
 *
 * @example
 * TR_DISTANCE_CONTRACTS.withdrawal?.days; // 14
 * @since 0.1.0
 */
export const TR_DISTANCE_CONTRACTS: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'TR',
  name: 'Turkey (Law 6502, Distance Contracts Regulation)',
  countries: ['TR'],
  withdrawal: {
    days: 14,
    from: 'last-delivery',
    firstDayCounts: false,
    conditionBars: false,
    exceptions: [
      { kind: 'market-fluctuation', provenance: art('Art. 15(1)') },
      { kind: 'made-to-specification', provenance: art('Art. 15(1)') },
      { kind: 'perishable', provenance: art('Art. 15(1)') },
      { kind: 'sealed-hygiene', onlyWhenUnsealed: true, provenance: art('Art. 15(1)') },
      { kind: 'inseparably-mixed', provenance: art('Art. 15(1)') },
      { kind: 'newspaper', provenance: art('Art. 15(1)') },
      { kind: 'dated-leisure-service', provenance: art('Art. 15(1)') },
      { kind: 'sealed-media', onlyWhenUnsealed: true, provenance: art('Art. 15(1)') },
      { kind: 'digital-content-begun', provenance: art('Art. 15(1)') },
    ],
    periodEnd: {
      closedWeekdays: [0],
      publicHolidays: true,
      unclear: true,
      provenance: {
        source: {
          title: 'Türk Borçlar Kanunu (Law No. 6098)',
          url: 'https://www.mevzuat.gov.tr/mevzuat?MevzuatNo=6098&MevzuatTur=1&MevzuatTertip=5',
          pinpoint: 'Art. 93',
        },
        asOf: '2026-11-30',
      },
    },
    beforeDelivery: art('Art. 9(2)'),
    provenance: art('Art. 9(1)–(3)'),
  },
  refund: {
    includesOutboundDelivery: true,
    outboundDelivery: 'standard',
    dueDays: 14,
    from: 'notice',
    mayWithholdUntilGoodsBack: false,
    noOtherCharges: true,
    provenance: art('Art. 13(1)'),
  },
  returnCost: null,
  guarantee: null,
});

/**
 * The notes of {@link TR_DISTANCE_CONTRACTS}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(TR_DISTANCE_CONTRACTS)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const TR_NOTES: RegimeNotes = {
  'withdrawal.periodEnd.provenance':
    '"İfa zamanı veya sürenin son günü, kanunlarda tatil olarak kabul edilen bir güne rastlarsa, kendiliğinden bu günü izleyen ve tatil olmayan ilk güne geçer." Sunday is the weekly holiday by law (Law 2429 Art. 3/A); Saturday is not a holiday in law, so a Saturday end stays. Whether this general rule of the Code of Obligations governs the Regulation\'s withdrawal period is not stated in the Regulation. Text read in a secondary copy (ilhanhelvaciborclarhukukugenelhukumler.com), not on mevzuat.gov.tr.',
  'withdrawal.beforeDelivery':
    '"Ancak tüketici, sözleşmenin kurulmasından malın teslimine kadar olan süre içinde de cayma hakkını kullanabilir": the consumer may also withdraw between the contract and delivery.',
  'withdrawal.provenance':
    'Law 6502 Art. 48(4) sets 14 days. Art. 9(2) says the period "begins" on the day of receipt; Turkish Code of Obligations Art. 92 leaves the first day out of the count, which this package follows. Secondary sources disagree on refund timing (see refund note). Some amendments of 2024 to the Regulation were deferred to 2026; not reflected here.',
  'refund.provenance':
    'The Regulation counts 14 days from receipt of the withdrawal notice; a consumer guide (Yeni Şafak, 2025) says 14 days after the goods reach the seller. The Regulation text is followed.',
};
