import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const privacyAct = sourceOf(
  'Privacy Act 1988 (Cth)',
  'https://www.legislation.gov.au/C2004A03712/latest/text',
);
const spamAct = sourceOf(
  'Spam Act 2003 (Cth)',
  'http://classic.austlii.edu.au/au/legis/cth/consol_act/sa200366/',
);
const oaicChildren = sourceOf(
  'OAIC: Children and young people',
  'https://www.oaic.gov.au/privacy/your-privacy-rights/children-and-young-people',
);
const oaic = sourceOf(
  'OAIC: APP guidelines, Chapter 12 — APP 12 Access to personal information',
  'https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-12-app-12-access-to-personal-information',
);
/**
 * Australia's Privacy Act 1988 and the Notifiable Data Breaches scheme as data: requests answered
 * with no fixed period (the law sets a standard); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { AU_PRIVACY_ACT } from '@meridian-cx/privacy';
 * AU_PRIVACY_ACT.short; // 'Privacy Act (AU)'
 * @since 0.1.0
 */
export const AU_PRIVACY_ACT: Regime = /* @__PURE__ */ builtIn({
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
});
