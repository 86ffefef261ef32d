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

/** South Africa's POPIA. @since 0.1.0 */
export const ZA_POPIA: Regime = {
  id: 'za-popia',
  name: 'Protection of Personal Information Act',
  short: 'POPIA',
  jurisdiction: { country: 'ZA' },
  inForce: { from: '2021-07-01', provenance: popia('s. 114 (end of the one-year grace period)') },
  rights: [],
  requests: [],
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
  rights: [],
  requests: [],
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
  marketing: [],
  disagreements: [],
};
