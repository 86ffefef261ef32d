import { sourceOf } from '../source.js';
import type { Regime } from '../types.js';

const popia = sourceOf(
  'Protection of Personal Information Act 4 of 2013 (South Africa)',
  'https://popia.co.za/',
);
const regulator = sourceOf(
  'Clyde & Co: POPIA in action — security compromise trends (Information Regulator interview)',
  'https://connectedworld.clydeco.com/post/102j1v3/the-protection-of-personal-information-act-in-action-security-compromise-trends',
);
const privacyAct = sourceOf(
  'Privacy Act 1988 (Cth)',
  'https://www.legislation.gov.au/C2004A03712/latest/text',
);

const paia = sourceOf(
  'Promotion of Access to Information Act 2 of 2000 (South Africa)',
  'http://acts.co.za/promotion/57__extension_of_period_to_deal_with_request.php',
);
const spamAct = sourceOf(
  'Spam Act 2003 (Cth)',
  'http://classic.austlii.edu.au/au/legis/cth/consol_act/sa200366/',
);
const regulatorKb = sourceOf(
  'Information Regulator (South Africa): POPIA knowledge base',
  'https://inforegulator.org.za/knowledge-base/general-authorisation-concerning-personal-information-of-children/',
);
const oaicChildren = sourceOf(
  'OAIC: Children and young people',
  'https://www.oaic.gov.au/privacy/your-privacy-rights/children-and-young-people',
);
const oaic = sourceOf(
  'OAIC: APP guidelines, Chapter 12 — APP 12 Access to personal information',
  'https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-12-app-12-access-to-personal-information',
);

/** South Africa's POPIA. @since 0.1.0 */
export const ZA_POPIA: Regime = {
  id: 'za-popia',
  name: 'Protection of Personal Information Act',
  short: 'POPIA',
  jurisdiction: { country: 'ZA' },
  inForce: { from: '2021-07-01', provenance: popia('s. 114 (end of the one-year grace period)') },
  rights: [{ right: 'access', provenance: popia('s. 23(1)') }],
  requests: [
    {
      appliesTo: ['access'],
      period: null,
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: popia(
        's. 23(1)(b)(i)',
        '"Within a reasonable time"; POPIA itself sets no number of days (see the disagreement about PAIA’s 30 days).',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Information Regulator',
      trigger: 'discovered',
      window: null,
      wording: 'as soon as reasonably possible after the discovery of the compromise',
      provenance: popia(
        's. 22(2)',
        'POPIA sets no number of hours; the Regulator points to the GDPR’s 72 hours as a benchmark (interview reported by Clyde & Co).',
      ),
    },
  ],
  thresholds: [
    {
      anyOf: [],
      provenance: popia('s. 3', 'No size threshold; juristic persons are data subjects too.'),
    },
  ],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-soft-opt-in',
      conditions:
        'Consent, or a customer whose details were obtained in the context of a sale, for the responsible party’s own similar products or services, given a chance to object at collection and in each communication.',
      provenance: popia('s. 69(1)–(3)'),
    },
  ],
  childConsent: {
    age: 18,
    scope:
      'no processing of a child’s personal information (a person under 18 not legally competent to act alone, s. 1) unless an exception of s. 35 applies — chiefly the prior consent of a competent person (s. 35(1)(a))',
    provenance: regulatorKb(
      's. 34, s. 35(1)(a); s. 1 ("child")',
      'Section 35 read on the Regulator’s site; the definition of "child" as quoted by VDT Attorneys (DataGuidance).',
    ),
  },
  disagreements: [
    {
      topic: 'Is there a fixed POPIA breach window?',
      readings: [
        {
          says: '"As soon as reasonably possible after the discovery" — no fixed period.',
          provenance: popia('s. 22(2)'),
        },
        {
          says: 'The Regulator references the GDPR 72-hour period as a comparable benchmark.',
          provenance: regulator('summary'),
        },
      ],
    },
    {
      topic: 'How long may a responsible party take to answer a POPIA access request?',
      readings: [
        {
          says: '"Within a reasonable time" (s. 23(1)(b)); POPIA names no number of days.',
          provenance: popia('s. 23(1)(b)(i)'),
        },
        {
          says: 'PAIA gives a private body 30 days to decide a request (s. 56(1)) and one extension of up to 30 days, notified within the first 30 (s. 57); company PAIA/POPIA manuals apply those 30 days to POPIA requests too.',
          provenance: paia(
            's. 56(1), s. 57(1)–(2)',
            'Section 57 read at acts.co.za and Wikisource; a manual applying it to POPIA requests: Digital Matter PAIA and POPIA Manual, cl. 12.',
          ),
        },
      ],
    },
  ],
};

/** Australia's Privacy Act 1988 and the Notifiable Data Breaches scheme. @since 0.1.0 */
export const AU_PRIVACY_ACT: Regime = {
  id: 'au-privacy-act',
  name: 'Privacy Act 1988 (Australian Privacy Principles, Notifiable Data Breaches scheme)',
  short: 'Privacy Act (AU)',
  jurisdiction: { country: 'AU' },
  inForce: {
    from: '1989-01-01',
    provenance: privacyAct('s. 2', 'NDB scheme from 22 February 2018.'),
  },
  rights: [{ right: 'access', provenance: privacyAct('Schedule 1, APP 12.1') }],
  requests: [
    {
      appliesTo: ['access'],
      period: null,
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: privacyAct(
        'Schedule 1, APP 12.4(a)(ii)',
        'An organisation responds "within a reasonable period after the request is made" (agencies: 30 days, APP 12.4(a)(i)). Read through the OAIC APP 12 guidelines and a copy of APP 12 (workingwiththelaw.net).',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Australian Information Commissioner',
      trigger: 'suspected',
      window: { amount: 30, unit: 'calendar-days' },
      wording:
        'complete a reasonable and expeditious assessment within 30 days of suspecting an eligible data breach',
      provenance: privacyAct('s. 26WH(2)'),
    },
    {
      notify: 'authority',
      authority: 'the Australian Information Commissioner',
      trigger: 'became-aware',
      window: null,
      wording:
        'a statement as soon as practicable after becoming aware of reasonable grounds to believe there has been an eligible data breach',
      from: '2018-02-22',
      provenance: privacyAct('s. 26WK(2)'),
    },
  ],
  thresholds: [
    {
      anyOf: [{ minRevenue: { amount: 300_000_000, currency: 'AUD' } }],
      provenance: privacyAct(
        's. 6D(1)',
        'Small businesses (annual turnover A$3 million or less) are exempt, except health providers, traders in personal information, Commonwealth contractors and others in s. 6D(4).',
      ),
    },
  ],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-implied-consent',
      conditions:
        'A commercial electronic message with an Australian link needs the account-holder’s consent: express, or reasonably inferred from their conduct and business or other relationships (Sch. 2 cl. 2); the mere publication of an address is not consent unless conspicuous and related to the message (cl. 4). Every message identifies the sender and has a working unsubscribe. No fixed time limit on inferred consent.',
      provenance: spamAct(
        's. 16(1)–(2), Schedule 2',
        'A separate Act, not the Privacy Act. Covers e-mail, SMS, MMS and instant messages (ACMA summary quoted on eBay’s community forum).',
      ),
    },
  ],
  childConsent: {
    age: 15,
    scope:
      'the Act sets no age: capacity to consent is assessed case by case; where that is not practical an organisation may assume an individual over the age of 15 has capacity (OAIC)',
    provenance: oaicChildren('Children and young people', 'Regulator guidance, not the Act.'),
  },
  disagreements: [
    {
      topic: 'From what age may an Australian organisation presume capacity to consent?',
      readings: [
        {
          says: '"An individual over the age of 15" (OAIC guidance).',
          provenance: oaicChildren('Children and young people'),
        },
        {
          says: '"Aged 15 or over is presumed to be capable" — the Law Reform Commission’s recommendation 68-1 (2008), not enacted.',
          provenance: sourceOf(
            'ALRC Report 108: For Your Information — Recommendation 68-1',
            'https://www.alrc.gov.au/publication/for-your-information-australian-privacy-law-and-practice-alrc-report-108/list-of-recommendations-5/part-i-children-young-people-and-adults-requiring-assistance/',
          )('Rec. 68-1'),
        },
      ],
    },
    {
      topic: 'What is a "reasonable period" to answer an access request under APP 12?',
      readings: [
        {
          says: 'A reasonable period after the request; no number of days for organisations.',
          provenance: privacyAct('Schedule 1, APP 12.4(a)(ii)'),
        },
        {
          says: 'Usually within 30 calendar days, citing the OAIC’s APP 12 guidance.',
          provenance: sourceOf(
            'Privacy 108: Responding to access requests',
            'https://privacy108.com.au/insights/responding-to-access-requests/',
          )('summary', 'The OAIC paragraph itself was not read.'),
        },
        {
          says: 'The OAIC guidelines set out minimum access requirements "including the time period for responding" (para 12.2).',
          provenance: oaic('para 12.2'),
        },
      ],
    },
  ],
};
