import type { Provenance } from '@meridian-cx/core';
import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

// The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013,
// which implement Directive 2011/83/EU in the UK and remain in force after EU exit.
const TITLE =
  'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134)';
const URL = 'https://www.legislation.gov.uk/uksi/2013/3134';
const asOf = '2026-11-23';
// Each entry's note is in GB_NOTES below (the `@meridian-cx/returns/notes` entry).
const reg = (pinpoint: string): Provenance => ({
  source: { title: TITLE, url: URL, pinpoint },
  asOf,
});

/**
 * United Kingdom: 14 days after the day the goods (the last of several) come into physical
 * possession (regs. 29–31), extended by 12 months when not informed (reg. 36), exceptions in
 * reg. 28 mirroring Art. 16, refund incl. standard delivery within 14 days (regs. 34–35).
 *
 * @example
 * UK_CONSUMER_CONTRACTS.withdrawal?.days; // 14
 * @since 0.1.0
 */
export const UK_CONSUMER_CONTRACTS: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'GB',
  name: 'United Kingdom (SI 2013/3134)',
  countries: ['GB'],
  withdrawal: {
    days: 14,
    from: 'last-delivery',
    firstDayCounts: false,
    conditionBars: false,
    uninformedExtensionMonths: 12,
    uninformedProvenance: reg('reg. 31(2)–(3)'),
    lateInformation: { days: 14, provenance: reg('reg. 31') },
    digitalContentFromContract: reg('reg. 30'),
    diminishedValue: reg('reg. 34(9)–(11)'),
    // reg. 28 lists the Art. 16 exceptions; pinpoints name the regulation, not its sub-letters.
    exceptions: [
      { kind: 'market-fluctuation', provenance: reg('reg. 28') },
      { kind: 'made-to-specification', provenance: reg('reg. 28') },
      { kind: 'perishable', provenance: reg('reg. 28') },
      { kind: 'alcohol-market-value', provenance: reg('reg. 28') },
      { kind: 'dated-leisure-service', provenance: reg('reg. 28') },
      { kind: 'public-auction', provenance: reg('reg. 28') },
      { kind: 'sealed-hygiene', onlyWhenUnsealed: true, provenance: reg('reg. 28') },
      { kind: 'sealed-media', onlyWhenUnsealed: true, provenance: reg('reg. 28') },
      { kind: 'inseparably-mixed', provenance: reg('reg. 28') },
      { kind: 'newspaper', provenance: reg('reg. 28') },
      { kind: 'urgent-repair', provenance: reg('reg. 28') },
      { kind: 'service-fully-performed', provenance: reg('reg. 28 and reg. 36') },
      { kind: 'digital-content-begun', provenance: reg('reg. 37') },
    ],
    periodEnd: {
      closedWeekdays: [],
      publicHolidays: false,
      unclear: true,
      provenance: reg('regs. 29–31'),
    },
    beforeDelivery: reg('reg. 30(1)'),
    provenance: reg('regs. 29–31'),
  },
  refund: {
    includesOutboundDelivery: true,
    outboundDelivery: 'standard',
    dueDays: 14,
    from: 'goods-back',
    mayWithholdUntilGoodsBack: false,
    fromNoticeWhenCollected: reg('reg. 34(4)–(5)'),
    noOtherCharges: true,
    provenance: reg('reg. 34(4)–(6)'),
  },
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: true,
    provenance: reg('reg. 34(2)–(3), 35(2)'),
  },
  consumerPricesIncludeTax: reg('Sch. 2, para. (g)'),
  guarantee: {
    provenance: {
      source: {
        title: 'Consumer Rights Act 2015',
        url: 'https://www.legislation.gov.uk/ukpga/2015/15',
        pinpoint: 'ss. 19–24',
      },
      asOf,
    },
    rejectDays: 30,
    rejectPerishable: {
      source: {
        title: 'Consumer Rights Act 2015',
        url: 'https://www.legislation.gov.uk/ukpga/2015/15/section/22',
        pinpoint: 's. 22(4)',
      },
      asOf: '2026-11-30',
    },
    remedy: 'repair-or-replacement',
    remedyProvenance: {
      source: {
        title: 'Consumer Rights Act 2015',
        url: 'https://www.legislation.gov.uk/ukpga/2015/15/section/22',
        pinpoint: 's. 22(3), s. 20(7)–(8), ss. 23–24',
      },
      asOf,
    },
  },
});

/**
 * The notes of {@link UK_CONSUMER_CONTRACTS}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(UK_CONSUMER_CONTRACTS)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const GB_NOTES: RegimeNotes = {
  'withdrawal.digitalContentFromContract':
    'For a contract for digital content not supplied on a tangible medium, the normal cancellation period ends 14 days after the day the contract is entered into (summary on mylawyer.co.uk; the same rule as Directive 2011/83/EU Art. 9(2)(c)). The paragraph of reg. 30 was not read in the primary text. Consent to immediate supply with acknowledgement ends the right (reg. 37), declared as `digital-content-begun`.',
  'withdrawal.lateInformation.provenance':
    'If the trader gives the information on the right to cancel within 12 months of the first day of the normal cancellation period, the period ends 14 days after the consumer receives it; given at the latest with the goods, the normal period applies (Practical Law-style summary on mylawyer.co.uk, which mirrors Directive 2011/83/EU Art. 10(2)). The paragraph numbers of reg. 31 were not read in the primary text.',
  'guarantee.rejectPerishable':
    '"If any of the goods are of a kind that can reasonably be expected to perish after a shorter period, the time limit for exercising the short-term right to reject in relation to those goods is the end of that shorter period (but without affecting the time limit in relation to goods that are not of that kind)." The Explanatory Notes (para. 128): the period lasts only as long as it would be reasonable to expect the goods to last. The caller gives that day as the line\'s `perishableUntil`.',
  'withdrawal.diminishedValue':
    'The trader may recover value lost through handling beyond what is necessary to establish the nature, characteristics and functioning of the goods, up to the contract price (9), by deduction from the reimbursement (10); not if the consumer was not given the information on the right to cancel (11). Text as quoted from the regulation in public discussion; checked against the same rule in Directive 2011/83/EU Art. 14(2).',
  'withdrawal.exceptions.newspaper.provenance': 'Subscriptions are not excepted.',
  'withdrawal.periodEnd.provenance':
    "No provision of the Regulations moves the end of the cancellation period off a weekend or bank holiday, and Regulation 1182/71 (which the Directive's recital 41 applies) governs EU acts, not these Regulations: the period ends on its 14th day, even a Sunday. Unclear: no UK authority was found either way.",
  'withdrawal.beforeDelivery':
    'The cancellation period begins when the contract is entered into, so the consumer may cancel before the goods arrive.',
  'withdrawal.provenance':
    'reg. 31: the period ends 14 days after the day on which the goods (or the last of several goods, lots or pieces) come into the physical possession of the consumer.',
  'refund.fromNoticeWhenCollected':
    'Where no goods were supplied, or the trader offered to collect them, the refund is due 14 days after the day the trader is informed of the decision to cancel.',
  'refund.provenance':
    'reg. 34(6): where goods are to be returned, the refund is due 14 days after the day the trader receives them back or, if earlier, the day the consumer supplies evidence of having sent them back: not 14 days after the notice, as in the EU text.',
  consumerPricesIncludeTax:
    'The information before a distance contract includes "the total price of the goods or services inclusive of taxes".',
  'guarantee.provenance':
    'Short-term right to reject within 30 days (s. 22), then repair or replacement; no fixed end is encoded here.',
  'guarantee.remedyProvenance':
    's. 22(3): the short-term right to reject ends at the end of 30 days beginning with the first day after ownership has passed, the goods are delivered and any installation is notified; this package counts from delivery. Within it the trader must refund (s. 20(7)) and bear reasonable return costs (s. 20(8)). Afterwards the consumer may require repair or replacement (s. 23), then a price reduction or the final right to reject (s. 24, with a deduction for use after 6 months). Perishable goods (s. 22(4)) are modelled by rejectPerishable; not modelled: the pause while a repair is waited for (s. 22(6)).',
};
