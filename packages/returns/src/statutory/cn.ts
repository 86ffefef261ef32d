import type { Provenance } from '@meridian-cx/core';
import type { StatutoryRegime } from './types.js';

const LAW = 'Law of the PRC on the Protection of Consumer Rights and Interests (2013 amendment)';
const URL = 'http://spanish.beijing.gov.cn/consuminginbeijing/faq/202306/t20230608_3126536.html';
const asOf = '2026-11-23';
const art25 = (note?: string): Provenance => ({
  source: { title: LAW, url: URL, pinpoint: 'Art. 25' },
  asOf,
  ...(note ? { note } : {}),
});

/**
 * China: goods bought online, by TV, phone or mail order may be returned without reason within
 * 7 days of receipt, except custom-made, fresh and perishable, downloaded or unsealed digital
 * goods, and delivered newspapers and periodicals; goods must be intact; the price is refunded
 * within 7 days of receiving them; the consumer pays the freight unless agreed otherwise (Art. 25).
 *
 * @example
 * CN.withdrawal?.days; // 7
 * @since 0.1.0
 */
export const CN: StatutoryRegime = {
  code: 'CN',
  name: 'China (Consumer Rights Protection Law Art. 25)',
  countries: ['CN'],
  withdrawal: {
    days: 7,
    from: 'delivery',
    firstDayCounts: false,
    conditionBars: true,
    exceptions: [
      { kind: 'made-to-specification', provenance: art25('Art. 25(1)(i): custom-made goods.') },
      {
        kind: 'perishable',
        provenance: art25('Art. 25(1)(ii): fresh, live and perishable goods.'),
      },
      {
        kind: 'sealed-media',
        onlyWhenUnsealed: true,
        provenance: art25(
          'Art. 25(1)(iii): audio-visual products and software downloaded or unsealed.',
        ),
      },
      {
        kind: 'digital-content-begun',
        provenance: art25('Art. 25(1)(iii): downloaded digital goods.'),
      },
      {
        kind: 'newspaper',
        provenance: art25('Art. 25(1)(iv): delivered newspapers and periodicals.'),
      },
    ],
    provenance: art25(
      'Text read in the Beijing municipal government translation (ES/JA/EN agree). The SAIC Interim Measures (2017) count the 7 days from the day after signing for the goods and define "intact".',
    ),
  },
  refund: {
    includesOutboundDelivery: false,
    dueDays: 7,
    from: 'goods-received',
    mayWithholdUntilGoodsBack: false,
    noOtherCharges: false,
    provenance: art25(
      'The operator refunds the price within 7 days of receiving the returned goods.',
    ),
  },
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: false,
    provenance: art25('Return freight is borne by the consumer unless agreed otherwise.'),
  },
  guarantee: null,
};
