import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const sg = sourceOf(
  'Personal Data Protection Act 2012 (Singapore)',
  'https://sso.agc.gov.sg/Act/PDPA2012',
);
const pdpc = sourceOf(
  'PDPC: Access review checklist',
  'https://www.pdpc.gov.sg/complaints-and-reviews/before-you-lodge-a-complaint-with-us-4/access-review-checklist',
);
const spamControl = sourceOf(
  'Spam Control Act 2007 (Singapore)',
  'https://sso.agc.gov.sg/Act/SCA2007',
);
/**
 * Singapore's PDPA as data: requests answered within 30 days (extension with notice, open-ended);
 * every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { SG_PDPA } from '@meridian-cx/privacy';
 * SG_PDPA.short; // 'PDPA (SG)'
 * @since 0.1.0
 */
export const SG_PDPA: Regime = /* @__PURE__ */ builtIn({
  id: 'sg-pdpa',
  name: 'Personal Data Protection Act 2012',
  short: 'PDPA (SG)',
  jurisdiction: { country: 'SG' },
  inForce: { from: '2014-07-02', provenance: sg('s. 21 (access obligation in force 2 July 2014)') },
  rights: [
    { right: 'access', provenance: sg('s. 21') },
    { right: 'correction', provenance: sg('s. 22') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pdpc(
        'Access review checklist',
        'PDPC: respond within 30 calendar days after receiving the request; if the organisation cannot, it must say within 30 days when it will respond (Personal Data Protection Regulations).',
      ),
      extension: {
        period: null,
        conditions: 'The organisation is unable to respond within 30 days.',
        notice:
          'Within the 30 days, inform the applicant in writing of the time by which it will respond.',
        noticeWithin: { amount: 30, unit: 'calendar-days' },
        provenance: pdpc('Personal Data Protection Regulations 2021, reg. 5 (per PDPC)'),
      },
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Personal Data Protection Commission',
      trigger: 'assessed-notifiable',
      window: { amount: 3, unit: 'calendar-days' },
      wording:
        'as soon as practicable, but in any case no later than 3 calendar days after the day the organisation assesses the breach to be notifiable',
      condition:
        'significant harm likely, or 500 or more individuals affected; the assessment itself must be reasonable and expeditious (s. 26C)',
      from: '2021-02-01',
      provenance: sg('s. 26D(1)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: sg('s. 4', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email'],
      model: 'opt-out',
      conditions:
        'Unsolicited commercial e-mail sent in bulk (over 100 similar messages in 24 hours, 1,000 in 30 days or 10,000 in a year) must carry an unsubscribe address and statement, "<ADV>" before the subject and accurate headers; an unsubscribe takes effect within 10 business days. SMS to Singapore numbers is not modelled: the PDPA Do Not Call Registry must be checked unless there is clear and unambiguous consent.',
      provenance: spamControl(
        's. 11 and Second Schedule; s. 5(3)',
        'Bill text read at laws.sg (Bill 6 of 2007); bulk thresholds per innovax.systems. The PDPA itself adds consent for collecting and using the address (complypdpa.com).',
      ),
    },
  ],
  childConsent: {
    age: 13,
    scope:
      'children from 13 to 17 may give valid consent where the policies are readily understandable to them; below 13, consent from a parent or guardian (PDPC Advisory Guidelines on Children’s Personal Data in the Digital Environment, 28 March 2024 — not legally binding)',
    provenance: sg(
      'PDPC advisory guidelines (the Act sets no age)',
      'Read through DataGuidance (28 March 2024) and Bird & Bird summaries; the Guidelines read with Chapter 8 of the Selected Topics Guidelines.',
    ),
  },
  disagreements: [],
});
