import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const ACT = 'Act on the Consumer Protection in Electronic Commerce, etc.';
const URL = 'https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=52489&type=part&key=28';
const asOf = '2026-11-23';

/**
 * South Korea: withdrawal within 7 days (Art. 17(1)); not when the consumer destroyed or damaged
 * the goods or their value fell through use (Art. 17(2)); the consumer pays the return cost
 * after a change of mind (Art. 18(9)); the refund is due 3 business days after the goods are back
 * (Art. 18(2)).
 *
 * @example
 * KR_ECOMMERCE_ACT.withdrawal?.days; // 7
 * @since 0.1.0
 */
export const KR_ECOMMERCE_ACT: StatutoryRegime = /* @__PURE__ */ deepFreeze({
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
        },
      },
    ],
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      provenance: {
        source: {
          title: 'Civil Act (민법)',
          url: 'https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EB%AF%BC%EB%B2%95',
          pinpoint: 'Art. 161',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: {
      source: { title: ACT, url: URL, pinpoint: 'Art. 17(1)–(2)' },
      asOf,
    },
  },
  refund: {
    includesOutboundDelivery: false,
    dueDays: 3,
    businessDays: true,
    from: 'goods-received',
    mayWithholdUntilGoodsBack: false,
    noOtherCharges: false,
    provenance: {
      source: { title: ACT, url: URL, pinpoint: 'Art. 18(2)–(3)' },
      asOf,
    },
  },
  returnCost: {
    payer: 'consumer',
    traderPaysIfNotInformed: false,
    provenance: { source: { title: ACT, url: URL, pinpoint: 'Art. 18(9)' }, asOf },
  },
  guarantee: null,
  notAsDescribed: {
    months: 3,
    days: 30,
    provenance: { source: { title: ACT, url: URL, pinpoint: 'Art. 17(3)' }, asOf: '2026-11-30' },
  },
});

/**
 * The notes of {@link KR_ECOMMERCE_ACT}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(KR_ECOMMERCE_ACT)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const KR_NOTES: RegimeNotes = {
  'notAsDescribed.provenance':
    '"재화등의 내용이 표시·광고의 내용과 다르거나 계약내용과 다르게 이행된 경우에는 그 재화등을 공급받은 날부터 3개월 이내, 그 사실을 안 날 또는 알 수 있었던 날부터 30일 이내에 청약철회등을 할 수 있다." The Ministry of Government Legislation (법제처) reads the two periods as cumulative: once either has passed the right is gone (interpretations 14-0404 of 24 July 2014 and 20-0108 of 28 May 2020, moleg.go.kr), and "그 사실" is the fact that the goods differ (19-0300). Applied to lines returned as `not-as-described` or `wrong-item`; whether a defect is "performed differently from the contract" is left to the caller (return it as `not-as-described`). Not modelled: who bears the return cost in this case.',
  'withdrawal.exceptions.sealed-media.provenance': 'Packaging of reproducible goods damaged.',
  'withdrawal.periodEnd.provenance':
    '"기간의 말일이 토요일 또는 공휴일에 해당한 때에는 기간은 그 익일로 만료한다" (Saturday named since the 2007 amendment). Sundays are public holidays under the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정) Art. 2(1). Text read in secondary copies (k-labor.co.kr, brunch.co.kr), not on law.go.kr.',
  'withdrawal.provenance':
    'Art. 17(1)1 counts 7 days from receipt of the contract document, or from the start of supply when the goods arrive later (the usual case online); a longer agreed period prevails. easylaw.go.kr (Ministry of Government Legislation) summarises the same.',
  'refund.provenance':
    'Art. 18(2): the seller refunds the price within 3 business days (영업일) from the day it gets the goods back; the start day is not counted (Civil Act Art. 157). Art. 18(3): a card payment is refunded by having the payment provider stop or cancel the charge, so the refund goes back to the means of payment. Wording from Korean legal guides and press quoting the article (Herald, Consumuch); the English translation at the URL was not available to check directly. Not modelled: delay interest on late refunds; whether the outbound delivery fee comes back (it is not refunded here).',
};
