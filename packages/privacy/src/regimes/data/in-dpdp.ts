import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const dpdpRules = sourceOf(
  'Digital Personal Data Protection Rules, 2025 (India)',
  'https://www.meity.gov.in/data-protection-framework',
);
const dpdpAct = sourceOf(
  'Digital Personal Data Protection Act, 2023 (India)',
  'https://www.meity.gov.in/data-protection-framework',
);
/**
 * India's DPDP Act 2023 with the DPDP Rules 2025 as data: requests answered within 90 days; every
 * fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { IN_DPDP } from '@meridian-cx/privacy';
 * IN_DPDP.short; // 'DPDP'
 * @since 0.1.0
 */
export const IN_DPDP: Regime = /* @__PURE__ */ builtIn({
  id: 'in-dpdp',
  name: 'Digital Personal Data Protection Act, 2023 with the DPDP Rules, 2025',
  short: 'DPDP',
  jurisdiction: { country: 'IN', zone: 'Asia/Kolkata' },
  inForce: {
    from: '2027-05-13',
    provenance: dpdpRules(
      'Rule 1(2)',
      'Rules 1, 2 and 17–21 in force on notification (13 November 2025); Rule 4 after one year; Rules 3, 5–16, 22–23 after eighteen months.',
    ),
  },
  rights: [
    { right: 'access', provenance: dpdpAct('s. 11') },
    { right: 'correction', provenance: dpdpAct('s. 12') },
    { right: 'deletion', provenance: dpdpAct('s. 12') },
    { right: 'grievance', provenance: dpdpAct('s. 13') },
    { right: 'nomination', provenance: dpdpAct('s. 14') },
  ],
  requests: [
    {
      appliesTo: ['grievance'],
      period: { amount: 90, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: dpdpRules(
        'Rule 14(3)',
        'Secondary summaries: grievances answered within 90 days.',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Data Protection Board of India',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording:
        'a description without delay, and a detailed report within seventy-two hours of becoming aware (or a longer period the Board allows on written request)',
      from: '2027-05-13',
      provenance: dpdpRules('Rule 7(2)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: dpdpAct('s. 3', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in',
      conditions:
        'Consent that is free, specific, informed, unconditional and unambiguous with a clear affirmative action (s. 6(1)); the legitimate uses of s. 7 do not cover marketing. SMS and calls are also governed by TRAI’s Telecom Commercial Communications Customer Preference Regulations, 2018 (not modelled).',
      from: '2027-05-13',
      provenance: dpdpAct(
        's. 6(1)',
        'Secondary reading (Spice Route Legal; TechCircle, 23 Feb 2024): the Act has no marketing-specific rule. Applies from when its consent provisions commence with the Rules (see inForce).',
      ),
    },
  ],
  childConsent: {
    age: 18,
    scope:
      'verifiable consent of a parent or lawful guardian before processing any personal data of a child (s. 9(1)); no tracking, behavioural monitoring or targeted advertising directed at children (s. 9(3))',
    provenance: dpdpAct(
      's. 2(f), s. 9',
      'A child is an individual who has not completed eighteen years (s. 2(f)). Read through summaries (Aqua Consento; LawWeb, Nov 2025); Rule 10 of the DPDP Rules sets how consent is verified.',
    ),
  },
  disagreements: [
    {
      topic: 'Notification date of the DPDP Rules (and so when the 18 months end)',
      readings: [
        {
          says: 'Notified 13 November 2025; substantive rules in force 18 months later.',
          provenance: sourceOf(
            'Mondaq: DPDP Rules 2025 notified',
            'https://www.mondaq.com/india/data-protection/1708164/digital-personal-data-protection-rules-2025-notified',
          )('summary'),
        },
        {
          says: 'Notified 14 November 2025; full obligations due by 14 May 2027.',
          provenance: sourceOf(
            'Astra: DPDP compliance in 2026',
            'https://www.getastra.com/blog/compliance/dpdp-compliance/',
          )('summary'),
        },
      ],
    },
  ],
});
