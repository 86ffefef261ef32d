import { deepFreeze } from '../rules/compiled.js';
import type { RegimeNotes, StatutoryRegime } from './types.js';

const CDC = 'Código de Defesa do Consumidor (Lei nº 8.078/1990)';
const URL = 'https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm';
const asOf = '2026-11-23';

/**
 * Brazil: 7 days from signing or receipt for purchases outside the commercial establishment
 * (CDC Art. 49); everything paid, "a qualquer título", comes back immediately, monetarily
 * corrected (sole paragraph).
 *
 * @example
 * BR_CONSUMER_CODE.withdrawal?.days; // 7
 * @since 0.1.0
 */
export const BR_CONSUMER_CODE: StatutoryRegime = /* @__PURE__ */ deepFreeze({
  code: 'BR',
  name: 'Brazil (CDC Art. 49)',
  countries: ['BR'],
  withdrawal: {
    days: 7,
    from: 'delivery',
    firstDayCounts: false,
    conditionBars: false,
    exceptions: [],
    periodEnd: {
      closedWeekdays: [0, 6],
      publicHolidays: true,
      unclear: true,
      provenance: {
        source: {
          title: 'Código Civil (Lei nº 10.406/2002)',
          url: 'https://www.planalto.gov.br/ccivil_03/leis/2002/l10406compilada.htm',
          pinpoint: 'Art. 132, § 1º',
        },
        asOf: '2026-11-30',
      },
    },
    provenance: {
      source: { title: CDC, url: URL, pinpoint: 'Art. 49' },
      asOf,
    },
  },
  refund: {
    includesOutboundDelivery: true,
    outboundDelivery: 'all',
    dueDays: 0,
    from: 'notice',
    mayWithholdUntilGoodsBack: false,
    noOtherCharges: true,
    provenance: {
      source: { title: CDC, url: URL, pinpoint: 'Art. 49, parágrafo único' },
      asOf,
    },
  },
  returnCost: {
    payer: 'trader',
    traderPaysIfNotInformed: false,
    provenance: {
      source: {
        title: 'STJ, REsp 1.340.604/RJ (Segunda Turma, 2013)',
        url: 'https://projetoquestoescritaseorais.com/direito-consumidor/aplica-se-o-direito-de-arrependimento-do-cdc-em-caso-de-compras-pela-internet-o-consumidor-precisa-justificar-quem-deve-arcar-com-os-onus-da-devolucao/',
        pinpoint: 'CDC Art. 49, parágrafo único; Art. 51, I',
      },
      asOf,
    },
  },
  guarantee: {
    provenance: {
      source: { title: CDC, url: URL, pinpoint: 'Arts. 18 and 26' },
      asOf,
    },
    remedy: 'repair-or-replacement',
    remedyProvenance: {
      source: { title: CDC, url: URL, pinpoint: 'Art. 18, §§ 1º and 3º' },
      asOf,
    },
  },
});

/**
 * The notes of {@link BR_CONSUMER_CODE}'s entries (what the text says, how it is read, where sources
 * disagree), by the path of the entry in the regime. Served by `@meridian-cx/returns/notes`
 * (`withNotes(BR_CONSUMER_CODE)`); the main entry leaves them out so that the evaluator's bundle stays small.
 */
export const BR_NOTES: RegimeNotes = {
  'withdrawal.periodEnd.provenance':
    '"Se o dia do vencimento cair em feriado, considerar-se-á prorrogado o prazo até o seguinte dia útil." The text names holidays only; commentary counts Sunday (and, for "dia útil", Saturday) as no working day, and the rule yields to a contrary agreement. Unclear for weekends: the package moves a Saturday or Sunday end to Monday, the reading more favourable to the consumer. Text read in a secondary copy (jurishand), not on planalto.gov.br.',
  'withdrawal.provenance':
    'Counted from signing or receipt; receipt is used for goods, and the start day is excluded (Código Civil Art. 132). Some commentators write "7 dias úteis"; the text says 7 days, and courts count calendar days. Art. 49 lists no product exceptions.',
  'refund.provenance':
    'Amounts paid "a qualquer título" are returned "de imediato, monetariamente atualizados": the whole delivery charge, express included (not only a standard rate, which is the EU\'s Art. 13(2) rule); monetary correction is not computed here.',
  'returnCost.provenance':
    'Art. 49 does not say who pays return postage; the STJ held that the supplier bears it and a contract clause passing it on is abusive. The URL is a commentary quoting the judgment; the judgment itself is on stj.jus.br.',
  'guarantee.provenance':
    'Complaints about apparent defects: 30 days (non-durable) or 90 days (durable goods) under Art. 26; not encoded as a deadline here.',
  'guarantee.remedyProvenance':
    'The supplier has at most 30 days to remedy the defect; if it is not remedied, the consumer chooses replacement, immediate refund of the amount paid (monetarily corrected) or a proportionate price reduction (§ 1º, I–III). § 3º: the consumer may choose at once when the repair could compromise the product, lower its value, or the product is essential. Text as quoted by commentaries and a TJDFT judgment (Acórdão 1226800); not modelled: the § 3º cases.',
};
