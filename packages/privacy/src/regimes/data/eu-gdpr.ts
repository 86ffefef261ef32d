import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { EEA_COUNTRIES } from './eea.js';

const gdpr = sourceOf(
  'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
);
const r1182 = sourceOf(
  'Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits',
  'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182',
);
const eprivacy = sourceOf(
  'Directive 2002/58/EC (ePrivacy Directive)',
  'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
);
const tracker = sourceOf(
  'Bird & Bird GDPR tracker: children online (member-state derogations)',
  'https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children',
);
const requestRights = [
  'access',
  'correction',
  'deletion',
  'restriction',
  'portability',
  'objection',
  'automated-decision',
] as const;
/**
 * The GDPR as data: Art. 12(3) one month counted under Regulation 1182/71, extension by two
 * further months, 72-hour breach window from awareness, ePrivacy soft opt-in, Art. 8 age 16.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { EU_GDPR } from '@meridian-cx/privacy';
 * EU_GDPR.requests[0]?.period; // { amount: 1, unit: 'months' }
 * EU_GDPR.short; // 'GDPR'
 * @since 0.1.0
 */
export const EU_GDPR: Regime = /* @__PURE__ */ builtIn({
  id: 'eu-gdpr',
  name: 'General Data Protection Regulation',
  short: 'GDPR',
  jurisdiction: { country: 'EU', countries: EEA_COUNTRIES },
  inForce: { from: '2018-05-25', provenance: gdpr('Art. 99(2)') },
  territorialScope: {
    rule: 'Applies to a controller established in the Union, and to one outside it that offers goods or services to, or monitors, data subjects who are in the Union.',
    provenance: gdpr('Art. 3(1)–(2)'),
  },
  rights: [
    { right: 'access', provenance: gdpr('Art. 15') },
    { right: 'correction', provenance: gdpr('Art. 16') },
    { right: 'deletion', provenance: gdpr('Art. 17') },
    { right: 'restriction', provenance: gdpr('Art. 18') },
    { right: 'portability', provenance: gdpr('Art. 20') },
    { right: 'objection', provenance: gdpr('Art. 21') },
    { right: 'automated-decision', provenance: gdpr('Art. 22') },
    { right: 'withdraw-consent', provenance: gdpr('Art. 7(3)') },
  ],
  requests: [
    {
      appliesTo: requestRights,
      period: { amount: 1, unit: 'months' },
      counting: 'eu-1182-71',
      rollForward: true,
      provenance: gdpr(
        'Art. 12(3)',
        'Counted under Reg. 1182/71 Art. 3: the day of receipt is not counted (3(1)); a month ends on the same date, or the last day of a shorter month (3(2)(c)); a last day on a Saturday, Sunday or public holiday moves to the next working day (3(4)).',
      ),
      extension: {
        period: { amount: 2, unit: 'months' },
        conditions:
          'Where necessary, taking into account the complexity and number of the requests.',
        notice:
          'Inform the data subject of the extension, with the reasons for the delay, within one month of receipt.',
        noticeWithin: { amount: 1, unit: 'months' },
        provenance: gdpr('Art. 12(3), second and third sentences'),
      },
      onExpiry:
        'If no action is taken, inform the data subject within one month of the reasons and of the right to complain to a supervisory authority (Art. 12(4)).',
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the competent supervisory authority (Art. 55)',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording:
        'without undue delay and, where feasible, not later than 72 hours after having become aware of it',
      condition:
        'unless the breach is unlikely to result in a risk to the rights and freedoms of natural persons; later notifications must give reasons for the delay',
      provenance: gdpr('Art. 33(1)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: gdpr('Art. 2–3', 'No size or revenue threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-soft-opt-in',
      conditions:
        'Prior consent, except contact details obtained from a customer in the context of a sale, used for the sender’s own similar products or services, with a clear, free and easy chance to object at collection and in every message.',
      provenance: eprivacy(
        'Art. 13(1)–(2)',
        'Transposed nationally; some states add limits (Ireland: first message within 12 months of the sale, S.I. 336/2011 reg. 13(11), per dataprotection.ie).',
      ),
    },
  ],
  childConsent: {
    age: 16,
    scope: 'consent to information society services offered directly to a child (Art. 6(1)(a))',
    provenance: gdpr('Art. 8(1)', 'Member states may set a lower age, not below 13.'),
    variations: [
      { country: 'AT', age: 14, provenance: tracker('Austria, DSG § 4(4)') },
      { country: 'BE', age: 13, provenance: tracker('Belgium') },
      { country: 'CZ', age: 15, provenance: tracker('Czech Republic, s. 7') },
      { country: 'DK', age: 13, provenance: tracker('Denmark, § 6(3)') },
      { country: 'FI', age: 13, provenance: tracker('Finland, Data Protection Act') },
      { country: 'FR', age: 15, provenance: tracker('France') },
      { country: 'IE', age: 16, provenance: tracker('Ireland, Data Protection Act 2018 s. 31') },
    ],
  },
  disagreements: [
    {
      topic: 'Does the one-month clock start on the day of receipt or the day after?',
      readings: [
        {
          says: 'The day of receipt is not counted (Art. 3(1)); the month ends on the same date as the day of receipt (Art. 3(2)(c)), so receipt on 31 January ends on the last day of February.',
          provenance: r1182('Art. 3(1), 3(2)(c), 3(4)'),
        },
        {
          says: 'The Irish DPC states the period only as "within 1 month of receipt", extendable by 2 further months, without a counting rule.',
          provenance: sourceOf(
            'Data Protection Commission (Ireland): How long will it take?',
            'https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take',
          )('guidance'),
        },
      ],
    },
  ],
});
