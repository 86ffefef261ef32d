import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const ukgdpr = sourceOf(
  'UK GDPR (Regulation (EU) 2016/679 as retained and amended)',
  'https://www.legislation.gov.uk/eur/2016/679/contents',
);
const duaa = sourceOf(
  'Data (Use and Access) Act 2025',
  'https://www.legislation.gov.uk/ukpga/2025/18/contents',
);
const commence6 = sourceOf(
  'The Data (Use and Access) Act 2025 (Commencement No. 6 and Transitional and Saving Provisions) Regulations 2026',
  'https://www.legislation.gov.uk/uksi/2026/82/regulation/2/made',
);
const commence1 = sourceOf(
  'The Data (Use and Access) Act 2025 (Commencement No. 1) Regulations 2025 (SI 2025/904)',
  'https://www.legislation.gov.uk/uksi/2025/904/regulation/2',
);
const ico = sourceOf(
  'ICO: SAR checklist for SMEs — how long do we have?',
  'https://ico.org.uk/global/sar-checklist-for-smes/i-need-to-complete-a-sar',
);
const icoChild = sourceOf(
  'ICO: What are the rules about an ISS and consent?',
  'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/childrens-information/children-and-the-uk-gdpr/what-are-the-rules-about-an-iss-and-consent/',
);
const pecr = sourceOf(
  'Privacy and Electronic Communications (EC Directive) Regulations 2003',
  'https://www.legislation.gov.uk/uksi/2003/2426/regulation/22',
);
/**
 * UK GDPR with the Data (Use and Access) Act 2025: one month from the "relevant time" (Art. 12A),
 * the ICO's day-of-receipt reading, stop-the-clock for clarification from 5 February 2026.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { UK_GDPR } from '@meridian-cx/privacy';
 * UK_GDPR.requests[0]?.counting; // 'uk-ico'
 * UK_GDPR.short; // 'UK GDPR'
 * @since 0.1.0
 */
export const UK_GDPR: Regime = /* @__PURE__ */ builtIn({
  id: 'uk-gdpr',
  name: 'UK GDPR and Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
  short: 'UK GDPR',
  jurisdiction: { country: 'GB' },
  inForce: {
    from: '2021-01-01',
    provenance: ukgdpr('retained on exit day, IP completion day 31 Dec 2020'),
  },
  territorialScope: {
    rule: 'Applies to controllers established in the UK, and to those outside it offering goods or services to, or monitoring, individuals in the UK.',
    provenance: ukgdpr('Art. 3'),
  },
  rights: [
    { right: 'access', provenance: ukgdpr('Art. 15') },
    { right: 'correction', provenance: ukgdpr('Art. 16') },
    { right: 'deletion', provenance: ukgdpr('Art. 17') },
    { right: 'restriction', provenance: ukgdpr('Art. 18') },
    { right: 'portability', provenance: ukgdpr('Art. 20') },
    { right: 'objection', provenance: ukgdpr('Art. 21') },
    { right: 'automated-decision', provenance: ukgdpr('Arts. 22A–22D (DUAA s. 80)') },
  ],
  requests: [
    {
      appliesTo: [
        'access',
        'correction',
        'deletion',
        'restriction',
        'portability',
        'objection',
        'automated-decision',
      ],
      period: { amount: 1, unit: 'months' },
      counting: 'uk-ico',
      rollForward: true,
      clockStartsAfterVerification: true,
      provenance: ukgdpr(
        'Art. 12(3) and Art. 12A (inserted by DUAA s. 76)',
        'One month beginning with the relevant time: the latest of receipt of the request, of information requested to confirm identity, and of a fee. ICO: count from the day of receipt to the corresponding date; a shorter month ends on its last day; a weekend or bank holiday moves it to the next working day. Art. 12A text checked through the parallel DPA 2018 s. 54 and practitioner summaries.',
      ),
      extension: {
        period: { amount: 2, unit: 'months' },
        conditions:
          'Where necessary by reason of the complexity or number of the data subject’s requests.',
        notice:
          'Notice before the end of one month from the relevant time, stating the reasons for the delay.',
        noticeWithin: { amount: 1, unit: 'months' },
        provenance: ukgdpr('Art. 12A'),
      },
      stopTheClock: {
        description:
          'Where the controller reasonably requires further information to identify the information or processing the request relates to, the days from the day it asks to the day it receives the answer do not count.',
        from: '2026-02-05',
        provenance: commence6('reg. 2(h): DUAA s. 76 in force 5 February 2026'),
      },
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Information Commissioner',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording:
        'without undue delay and, where feasible, not later than 72 hours after having become aware of it',
      provenance: ukgdpr(
        'Art. 33(1)',
        'DUAA s. 111 (in force 20 August 2025) aligns the PECR breach period with this wording.',
      ),
    },
  ],
  thresholds: [{ anyOf: [], provenance: ukgdpr('Arts. 2–3', 'No size or revenue threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-soft-opt-in',
      conditions:
        'Consent, or details obtained in the course of a sale (or negotiations) for the sender’s own similar products or services, with a simple means to refuse at collection and in every message. Charities may use a similar exception from 5 February 2026 (DUAA s. 114).',
      provenance: pecr('reg. 22(2)–(3)'),
    },
  ],
  childConsent: {
    age: 13,
    scope: 'consent to information society services offered directly to a child',
    provenance: icoChild(
      'UK GDPR Art. 8(1) as modified by DPA 2018 s. 9',
      'Children’s Wellbeing and Schools Act 2026 s. 72 lets the Secretary of State set another age between 13 and 16 by regulations.',
    ),
  },
  disagreements: [
    {
      topic: 'Day one of the one-month period',
      readings: [
        {
          says: 'Day one is the day of receipt: receipt on 3 September is due on 3 October (current ICO guidance, since August 2019).',
          provenance: ico('How long do we have to comply?'),
        },
        {
          says: 'Until August 2019 the ICO counted from the day after receipt (receipt 1 August, due 2 September); systems built then are one day late.',
          provenance: sourceOf(
            'Eversheds Sutherland: ICO updates guidance on timescales (16 Aug 2019)',
            'http://online.eversheds.com/global/en/what/articles/index.page?ArticleID=en/Data-Protection/ico-updates-guidance-timescales-160819',
          )('summary'),
        },
      ],
    },
    {
      topic: 'When did the 72-hour PECR breach period change?',
      readings: [
        {
          says: 'DUAA s. 111 (breach notification time periods) in force 20 August 2025.',
          provenance: commence1('reg. 2(p)'),
        },
      ],
    },
  ],
});

/** The DUAA as a source, for docs that cite it. */
export const DUAA_SOURCE = duaa('whole Act');
