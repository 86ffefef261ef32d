import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const popia = sourceOf(
  'Protection of Personal Information Act 4 of 2013 (South Africa)',
  'https://popia.co.za/',
);
const regulator = sourceOf(
  'Clyde & Co: POPIA in action — security compromise trends (Information Regulator interview)',
  'https://connectedworld.clydeco.com/post/102j1v3/the-protection-of-personal-information-act-in-action-security-compromise-trends',
);
const paia = sourceOf(
  'Promotion of Access to Information Act 2 of 2000 (South Africa)',
  'http://acts.co.za/promotion/57__extension_of_period_to_deal_with_request.php',
);
const regulatorKb = sourceOf(
  'Information Regulator (South Africa): POPIA knowledge base',
  'https://inforegulator.org.za/knowledge-base/general-authorisation-concerning-personal-information-of-children/',
);
/**
 * South Africa's POPIA as data: requests answered with no fixed period (the law sets a standard);
 * every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { ZA_POPIA } from '@meridian-cx/privacy';
 * ZA_POPIA.short; // 'POPIA'
 * @since 0.1.0
 */
export const ZA_POPIA: Regime = /* @__PURE__ */ builtIn({
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
});
