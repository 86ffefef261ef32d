import type { Provenance } from '@meridian-cx/core';
import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const LAW = 'Law of the PRC on the Protection of Consumer Rights and Interests (2013 amendment)';
const URL = 'http://spanish.beijing.gov.cn/consuminginbeijing/faq/202306/t20230608_3126536.html';
const asOf = '2026-11-23';
// Each entry's note is in CN_NOTES below (the `@meridian-cx/returns/notes` entry).
const art25 = (pinpoint = 'Art. 25'): Provenance => ({
  source: { title: LAW, url: URL, pinpoint },
  asOf,
});

/**
 * China: goods bought online, by TV, phone or mail order may be returned without reason within
 * 7 days of receipt, except custom-made, fresh and perishable, downloaded or unsealed digital
 * goods, and delivered newspapers and periodicals; goods must be intact; the price is refunded
 * within 7 days of receiving them; the consumer pays the freight unless agreed otherwise (Art. 25).
 *
 * @example
 * CN_CONSUMER_PROTECTION.withdrawal?.days; // 7
 * @since 0.1.0
 */
export const CN_CONSUMER_PROTECTION: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'CN',
  name: 'China (Consumer Rights Protection Law Art. 25)',
  countries: ['CN'],
  withdrawal: {
    days: 7,
    from: 'delivery',
    firstDayCounts: false,
    conditionBars: true,
    exceptions: [
      { kind: 'made-to-specification', provenance: art25('Art. 25(1)(i)') },
      {
        kind: 'perishable',
        provenance: art25('Art. 25(1)(ii)'),
      },
      {
        kind: 'sealed-media',
        onlyWhenUnsealed: true,
        provenance: art25('Art. 25(1)(iii)'),
      },
      {
        kind: 'digital-content-begun',
        provenance: art25('Art. 25(1)(iii)'),
      },
      {
        kind: 'newspaper',
        provenance: art25('Art. 25(1)(iv)'),
      },
    ],
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      unclear: true,
      provenance: {
        source: {
          title: 'Civil Code of the PRC (中华人民共和国民法典)',
          url: 'https://flk.npc.gov.cn/detail2.html?ZmY4MDgwODE3MjlkMWVmZTAxNzI5ZDUwYjVjNTAwYmY%3D',
          pinpoint: 'Art. 203',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: art25(),
  },
  refund: {
    includesOutboundDelivery: false,
    dueDays: 7,
    from: 'goods-received',
    mayWithholdUntilGoodsBack: false,
    noOtherCharges: false,
    provenance: art25(),
  },
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: false,
    provenance: art25(),
  },
  guarantee: null,
});

/**
 * The notes of {@link CN_CONSUMER_PROTECTION}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(CN_CONSUMER_PROTECTION)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const CN_NOTES: RegimeNotes = {
  'withdrawal.exceptions.made-to-specification.provenance': 'Art. 25(1)(i): custom-made goods.',
  'withdrawal.exceptions.perishable.provenance':
    'Art. 25(1)(ii): fresh, live and perishable goods.',
  'withdrawal.exceptions.sealed-media.provenance':
    'Art. 25(1)(iii): audio-visual products and software downloaded or unsealed.',
  'withdrawal.exceptions.digital-content-begun.provenance':
    'Art. 25(1)(iii): downloaded digital goods.',
  'withdrawal.exceptions.newspaper.provenance':
    'Art. 25(1)(iv): delivered newspapers and periodicals.',
  'withdrawal.periodEnd.provenance':
    '"期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日" (where the last day is a statutory rest day, the day after it ends is the last day). Whether the weekly rest days count as 法定休假日 the article does not say; commentary counts them with the holidays of the 全国年节及纪念日放假办法, which the package follows (more favourable to the consumer). China\'s make-up working weekends (调休) are not modelled. Text read in secondary copies (neixun.cn, dandonglaw.com), not on flk.npc.gov.cn.',
  'withdrawal.provenance':
    'Text read in the Beijing municipal government translation (ES/JA/EN agree). The SAIC Interim Measures (2017) count the 7 days from the day after signing for the goods and define "intact".',
  'refund.provenance':
    'The operator refunds the price within 7 days of receiving the returned goods.',
  'returnCost.provenance': 'Return freight is borne by the consumer unless agreed otherwise.',
};
