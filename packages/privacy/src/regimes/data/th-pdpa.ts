import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const th = sourceOf(
  'Personal Data Protection Act B.E. 2562 (2019) (Thailand)',
  'https://library.siam-legal.com/thai-law/personal-data-protection-act-rights-of-the-data-subject-sections-30-42',
);
/**
 * Thailand's PDPA as data: requests answered within 30 days; every fact with its article, source
 * and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { TH_PDPA } from '@meridian-cx/privacy';
 * TH_PDPA.short; // 'PDPA (TH)'
 * @since 0.1.0
 */
export const TH_PDPA: Regime = /* @__PURE__ */ builtIn({
  id: 'th-pdpa',
  name: 'Personal Data Protection Act B.E. 2562',
  short: 'PDPA (TH)',
  jurisdiction: { country: 'TH' },
  inForce: { from: '2022-06-01', provenance: th('s. 2 (full implementation June 2022)') },
  rights: [
    { right: 'access', provenance: th('s. 30') },
    { right: 'portability', provenance: th('s. 31') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: th(
        's. 30, fourth paragraph',
        '"Without delay, but shall not exceed thirty days from the date of receiving such request." The Committee may prescribe an extension (s. 30, fifth paragraph).',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Office of the Personal Data Protection Committee',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording: 'without delay and, where feasible, within 72 hours after having become aware of it',
      condition:
        'unless the breach is unlikely to result in a risk to the rights and freedoms of persons',
      provenance: th(
        's. 37(4)',
        'PDPC Notification on breach notification (15 December 2022) details the procedure.',
      ),
    },
  ],
  thresholds: [{ anyOf: [], provenance: th('s. 5', 'No size threshold.') }],
  marketing: [],
  childConsent: {
    age: 20,
    scope:
      'a minor (under 20, unless married) consents alone only to what the Civil and Commercial Code lets a minor do alone; otherwise the holder of parental power consents too, and alone for a minor of 10 or under (PDPC Consent Guidelines, 7 September 2022)',
    provenance: th(
      's. 20',
      'Read through the PDPC Consent Guidelines as summarised by Tilleke & Gibbins (transatlanticlaw.com, 21 Sep 2022) and Proteus Cyber’s section index; CCC ss. 22–24 per Sangdao, Chulalongkorn Law Journal.',
    ),
  },
  disagreements: [],
});
