import { EEA_COUNTRIES as CORE_EEA_COUNTRIES, type Provenance } from '@meridian-cx/core';
import { deepFreeze } from '../rules/compiled.js';
import { EU_TERRITORY_CODES } from './lawCountries.js';
import type { RegimeNotes, StatutoryException, StatutoryRegime } from './types.js';

// Directive 2011/83/EU on consumer rights, as consolidated 28 May 2022. Article texts read on
// legislation.gov.uk (EU-derived copy) and eur-lex; asOf is the date they were checked.
const CRD = 'Directive 2011/83/EU on consumer rights';
const CRD_URL = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02011L0083-20220528';
const asOf = '2026-11-23';
const SGD = 'Directive (EU) 2019/771 on contracts for the sale of goods';
const SGD_URL = 'https://eur-lex.europa.eu/eli/dir/2019/771/oj';

// Each entry's note (the text quoted, how it is read) is in EU_NOTES below, served by the
// `@meridian-cx/returns/notes` entry so that a bundle of the evaluator does not carry the prose.
const art = (pinpoint: string): Provenance => ({
  source: { title: CRD, url: CRD_URL, pinpoint },
  asOf,
});

const exception = (
  kind: StatutoryException['kind'],
  letter: string,
  onlyWhenUnsealed?: boolean,
): StatutoryException => ({
  kind,
  ...(onlyWhenUnsealed ? { onlyWhenUnsealed } : {}),
  provenance: art(`Art. 16(${letter})`),
});

/**
 * Art. 16 exceptions (a)–(m) of Directive 2011/83/EU, each with its pinpoint.
 *
 * @example
 * CRD_EXCEPTIONS.find((e) => e.kind === 'perishable')?.provenance.source.pinpoint; // 'Art. 16(d)'
 * @since 0.1.0
 */
export const CRD_EXCEPTIONS: readonly StatutoryException[] = [
  exception('service-fully-performed', 'a'),
  exception('market-fluctuation', 'b'),
  exception('made-to-specification', 'c'),
  exception('perishable', 'd'),
  exception('sealed-hygiene', 'e', true),
  exception('inseparably-mixed', 'f'),
  exception('alcohol-market-value', 'g'),
  exception('urgent-repair', 'h'),
  exception('sealed-media', 'i', true),
  exception('newspaper', 'j'),
  exception('public-auction', 'k'),
  exception('dated-leisure-service', 'l'),
  exception('digital-content-begun', 'm'),
];

/**
 * EU member states and the EEA states (IS, LI, NO) that apply the Directive: core's list, the one
 * every package shares (re-exported here for the callers that import it from returns).
 *
 * @example
 * EEA_COUNTRIES.includes('NO'); // true
 * @since 0.1.0
 */
export const EEA_COUNTRIES: typeof CORE_EEA_COUNTRIES = CORE_EEA_COUNTRIES;

// The territories where EU law applies are in lawCountries.ts (their codes) and euTerritories.ts
// (each one's treaty article and note).

/**
 * EU/EEA: 14 days from physical possession of the last good of the order (Art. 9), +12 months when
 * not informed (Art. 10), refund incl. standard delivery within 14 days (Art. 13), direct return
 * cost on the consumer if informed (Art. 14), exceptions Art. 16, legal guarantee 2 years
 * (Directive (EU) 2019/771 Art. 10).
 *
 * @example
 * EU_CONSUMER_RIGHTS.withdrawal?.days; // 14
 * @since 0.1.0
 */
export const EU_CONSUMER_RIGHTS: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'EU',
  name: 'European Union / EEA (Directive 2011/83/EU)',
  countries: [...EEA_COUNTRIES, ...EU_TERRITORY_CODES],
  withdrawal: {
    days: 14,
    from: 'last-delivery',
    firstDayCounts: false,
    conditionBars: false,
    uninformedExtensionMonths: 12,
    uninformedProvenance: art('Art. 10(1)'),
    lateInformation: { days: 14, provenance: art('Art. 10(2)') },
    digitalContentFromContract: art('Art. 9(2)(c)'),
    regularDeliveryFromFirst: art('Art. 9(2)(b)(iii)'),
    diminishedValue: art('Art. 14(2)'),
    exceptions: CRD_EXCEPTIONS,
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      provenance: {
        source: {
          title:
            'Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits',
          url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182',
          pinpoint: 'Art. 3(4), Art. 2',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: art('Art. 9(2)(b)(i)'),
  },
  refund: {
    includesOutboundDelivery: true,
    outboundDelivery: 'standard',
    dueDays: 14,
    from: 'notice',
    mayWithholdUntilGoodsBack: true,
    fromNoticeWhenCollected: art('Art. 13(3)'),
    noOtherCharges: true,
    provenance: art('Art. 13(1)–(3)'),
  },
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: true,
    provenance: art('Art. 14(1)'),
  },
  consumerPricesIncludeTax: art('Art. 6(1)(e)'),
  guarantee: {
    months: 24,
    provenance: {
      source: {
        title: 'Directive (EU) 2019/771 on contracts for the sale of goods',
        url: 'https://eur-lex.europa.eu/eli/dir/2019/771/oj',
        pinpoint: 'Art. 10(1)',
      },
      asOf,
    },
    presumption: {
      months: 12,
      provenance: {
        source: { title: SGD, url: SGD_URL, pinpoint: 'Art. 11(1)–(2)' },
        asOf: '2026-11-30',
      },
      countries: {
        FR: {
          months: 24,
          provenance: {
            source: {
              title: 'Code de la consommation (France)',
              url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006069565',
              pinpoint: 'Art. L217-7',
            },
            asOf: '2026-11-30',
          },
        },
      },
    },
    remedy: 'repair-or-replacement',
    remedyProvenance: {
      source: {
        title: 'Directive (EU) 2019/771 on contracts for the sale of goods',
        url: 'https://eur-lex.europa.eu/eli/dir/2019/771/oj',
        pinpoint: 'Art. 13',
      },
      asOf,
    },
  },
});

/**
 * The notes of {@link EU_CONSUMER_RIGHTS}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(EU_CONSUMER_RIGHTS)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const EU_NOTES: RegimeNotes = {
  'withdrawal.digitalContentFromContract':
    'Art. 9(2)(c): for contracts "of digital content which is not supplied on a tangible medium", the period runs from "the day of the conclusion of the contract" (here the order\'s `placedAt`). A mixed order\'s goods still count from the last good (Art. 9(2)(b)); the digital line is left out of that count. The consumer loses the right once performance has begun with prior express consent and acknowledgement (Art. 16(m)), which the catalogue declares as `digital-content-begun`. Text read on legislation.gov.uk (EU-derived copy of Art. 9).',
  'withdrawal.lateInformation.provenance':
    'Art. 10(2): "If the trader has provided the consumer with the information provided for in paragraph 1 of this Article within 12 months from the day referred to in Article 9(2), the withdrawal period shall expire 14 days after the day upon which the consumer receives that information." Information received before the normal period would have ended changes nothing (the package keeps the later of the two ends; UK guidance reads reg. 31 the same way); received later than 12 months from that day, Art. 10(1) applies. Text read on legislation.gov.uk (EU-derived copy) and quoted in the Dutch and English versions on wordscope.be.',
  'guarantee.presumption.provenance':
    "Art. 11(1): any lack of conformity which becomes apparent within one year of the time when the goods were delivered is presumed to have existed at that time, unless proved otherwise or unless the presumption is incompatible with the nature of the goods or of the lack of conformity; Art. 11(2): member states may maintain or introduce two years instead. The decision reports who bears the burden (from `apparentAt` on the request line, default the notice); it changes no verdict. Member states' choices are encoded only where a source was read (France); others get one year. Text as summarised in a reference on Directive 2019/771 (as amended by Directive (EU) 2024/1799, which does not change Art. 11).",
  'guarantee.presumption.countries.FR.provenance':
    '"Les défauts de conformité qui apparaissent dans un délai de vingt-quatre mois à partir de la délivrance du bien sont présumés exister au moment de la délivrance, sauf preuve contraire" (24 months since 18 March 2016, loi n° 2014-344 art. 15; kept by ordonnance n° 2021-1247). Second-hand goods have a shorter period (12 months since 2022 according to secondary sources; 6 before); a line does not say it is second-hand, so the package applies 24 months. Text quoted by hwh.eu and bfm.fr, not read on legifrance.',
  'withdrawal.regularDeliveryFromFirst':
    'For contracts for the regular delivery of goods during a defined period, the period ends 14 days after the day the consumer acquires physical possession of the first good.',
  'withdrawal.diminishedValue':
    "The consumer is liable only for diminished value resulting from handling beyond what is necessary to establish the nature, characteristics and functioning of the goods, and not at all when the trader did not give notice of the right of withdrawal (Art. 6(1)(h)). The amount is the merchant's assessment at inspection; this package deducts it from the line's refund, never beyond it.",
  'withdrawal.exceptions.made-to-specification.provenance':
    'Read narrowly: CJEU C-529/19 (Möbel Kraft) applies it before manufacture too; picking standard options is not personalisation (Commission guidance 2021/C 525/01, 5.11.2).',
  'withdrawal.exceptions.sealed-hygiene.provenance':
    'Only sealed goods unsealed after delivery; CJEU C-681/17 (slewo, ECLI:EU:C:2019:255): a mattress unsealed is still returnable, so declare this kind only for goods that cannot be cleaned for resale.',
  'withdrawal.exceptions.sealed-media.provenance':
    'Sealed audio or video recordings or sealed software.',
  'withdrawal.exceptions.newspaper.provenance': 'Subscriptions are not excepted.',
  'withdrawal.periodEnd.provenance':
    "Directive 2011/83/EU recital 41 applies Reg. 1182/71 to its periods. Art. 3(4): where the last day of a period expressed otherwise than in hours is a public holiday, Sunday or Saturday, the period ends with the expiry of the last hour of the following working day. Art. 2(1): public holidays are those of the Member State where the act is to be done (here the consumer's country, from `publicHolidays`); Art. 2(2): working days are all days other than public holidays, Sundays and Saturdays, whatever the shop's opening hours.",
  'withdrawal.provenance':
    'Periods follow Regulation 1182/71 (recital 41): the day of delivery is not counted and the period ends at the end of its last day, moved to the next working day when that is a Saturday, Sunday or public holiday (see periodEnd). Art. 11(2): the notice is in time when sent before the period ends.',
  'refund.fromNoticeWhenCollected':
    '"Unless the trader has offered to collect the goods himself", the trader may withhold the reimbursement until it has received the goods back or the consumer has supplied evidence of sending them, whichever is earliest: where it offered to collect, the 14 days from the notice (Art. 13(1)) hold without withholding.',
  'refund.provenance':
    'Only the least expensive standard delivery is owed (Art. 13(2)). For a partial withdrawal the Directive is silent on outbound delivery; this package refunds it only when every unit of the order comes back.',
  consumerPricesIncludeTax:
    'Before the contract the trader gives "the total price of the goods or services inclusive of taxes"; Directive 98/6/EC Art. 2(a) defines the selling price as the final price including VAT and all other taxes.',
  'guarantee.provenance': 'Member states may keep longer periods (Art. 10(3)).',
  'guarantee.remedyProvenance':
    'Art. 13(2): to have the goods brought into conformity the consumer chooses repair or replacement (unless impossible or disproportionate); Art. 13(4): a proportionate price reduction or termination only when the seller has not repaired or replaced, the lack of conformity reappears, it is serious enough to justify an immediate reduction or termination, or the seller has said it will not bring the goods into conformity; no termination for a minor lack of conformity. The consolidated text quoted by secondary sources includes an Art. 13(2a) (information on the right to choose) added by a later amendment. National short-term rejection periods, where a member state keeps one, are not modelled.',
};
