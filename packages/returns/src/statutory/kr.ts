import type { StatutoryRegime } from './types.js';

const ACT = 'Act on the Consumer Protection in Electronic Commerce, etc.';
const URL = 'https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=52489&type=part&key=28';
const asOf = '2026-11-23';

/**
 * South Korea: withdrawal within 7 days (Art. 17(1)); not when the consumer destroyed or damaged
 * the goods or their value fell through use (Art. 17(2)); the consumer pays the return cost
 * after a change of mind (Art. 18(9)).
 *
 * @example
 * KR.withdrawal?.days; // 7
 * @since 0.1.0
 */
export const KR: StatutoryRegime = {
  code: 'KR',
  name: 'South Korea (E-Commerce Act Art. 17)',
  countries: ['KR'],
  withdrawal: {
    days: 7,
    from: 'delivery',
    firstDayCounts: false,
    conditionBars: true,
    exceptions: [
      {
        kind: 'sealed-media',
        onlyWhenUnsealed: true,
        provenance: {
          source: { title: ACT, url: URL, pinpoint: 'Art. 17(2)4' },
          asOf,
          note: 'Packaging of reproducible goods damaged.',
        },
      },
    ],
    provenance: {
      source: { title: ACT, url: URL, pinpoint: 'Art. 17(1)–(2)' },
      asOf,
      note: 'Art. 17(1)1 counts 7 days from receipt of the contract document, or from the start of supply when the goods arrive later (the usual case online); a longer agreed period prevails. easylaw.go.kr (Ministry of Government Legislation) summarises the same.',
    },
  },
  refund: null,
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: false,
    provenance: { source: { title: ACT, url: URL, pinpoint: 'Art. 18(9)' }, asOf },
  },
  guarantee: null,
};
