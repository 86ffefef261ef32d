import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { caslMarketing } from './casl.js';

const qc = sourceOf(
  'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25 (2021, c. 25)',
  'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
);
/**
 * Québec's private-sector Act as amended by Law 25 as data: requests answered within 30 days;
 * every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { CA_QC_LAW25 } from '@meridian-cx/privacy';
 * CA_QC_LAW25.short; // 'Law 25'
 * @since 0.1.0
 */
export const CA_QC_LAW25: Regime = /* @__PURE__ */ builtIn({
  id: 'ca-qc-law25',
  name: 'Québec Act respecting the protection of personal information in the private sector (Law 25)',
  short: 'Law 25',
  jurisdiction: { country: 'CA', region: 'CA-QC' },
  inForce: { from: '1994-01-01', provenance: qc('s. 1', 'Law 25 amendments phased in 2022–2024.') },
  rights: [
    { right: 'access', provenance: qc('s. 27') },
    { right: 'correction', provenance: qc('s. 28') },
  ],
  requests: [
    {
      appliesTo: ['access', 'correction'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: qc('s. 32'),
      onExpiry:
        'Failing a response within 30 days, the request is deemed refused (s. 32, second paragraph).',
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Commission d’accès à l’information',
      trigger: 'became-aware',
      window: null,
      wording: 'promptly',
      condition: 'a confidentiality incident presenting a risk of serious injury',
      from: '2022-09-22',
      provenance: qc(
        's. 3.5',
        'Wording checked through the Regulation respecting confidentiality incidents (A-2.1, r. 3.1) and the parallel health-sector provision.',
      ),
    },
  ],
  thresholds: [
    {
      anyOf: [],
      provenance: qc('s. 1', 'Any person carrying on an enterprise; no size threshold.'),
    },
  ],
  marketing: [caslMarketing],
  childConsent: {
    age: 14,
    scope:
      'consent of the person having parental authority or the tutor for a minor under 14; a minor of 14 or over consents alone',
    provenance: qc(
      's. 4.1, s. 14',
      'Read through Fasken’s Law 25 Q&A (Mondaq, bulletin 2): "for minors 14 years of age or over, the consent of the parents or legal tutor is not required (Private Sector Act, s. 14)".',
    ),
  },
  disagreements: [],
});
