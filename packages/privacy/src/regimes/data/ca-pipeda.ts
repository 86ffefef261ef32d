import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { caslMarketing } from './casl.js';

const pipeda = sourceOf(
  'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
  'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
);
/**
 * Canada's PIPEDA (federal private sector) as data: requests answered within 30 days (+30 days
 * with notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { CA_PIPEDA } from '@meridian-cx/privacy';
 * CA_PIPEDA.short; // 'PIPEDA'
 * @since 0.1.0
 */
export const CA_PIPEDA: Regime = /* @__PURE__ */ builtIn({
  id: 'ca-pipeda',
  name: 'Personal Information Protection and Electronic Documents Act',
  short: 'PIPEDA',
  jurisdiction: { country: 'CA' },
  inForce: { from: '2001-01-01', provenance: pipeda('s. 72') },
  rights: [
    { right: 'access', provenance: pipeda('Schedule 1, clause 4.9') },
    { right: 'correction', provenance: pipeda('Schedule 1, clause 4.9.5') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pipeda('s. 8(3)'),
      extension: {
        period: { amount: 30, unit: 'calendar-days' },
        conditions:
          'Meeting the limit would unreasonably interfere with the organization’s activities, or consultations make it impracticable (s. 8(4)(a)); or for as long as needed to convert into an alternative format (s. 8(4)(b)).',
        notice:
          'Within 30 days of the request: the new time limit, the reasons, and the right to complain to the Commissioner.',
        noticeWithin: { amount: 30, unit: 'calendar-days' },
        provenance: pipeda('s. 8(4)'),
      },
      onExpiry: 'The organization is deemed to have refused the request (s. 8(5)).',
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Privacy Commissioner of Canada',
      trigger: 'determined-breach-occurred',
      window: null,
      wording: 'as soon as feasible after the organization determines that the breach has occurred',
      condition: 'a real risk of significant harm to an individual',
      from: '2018-11-01',
      provenance: pipeda('s. 10.1(1)–(2)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: pipeda('s. 4', 'No size threshold.') }],
  marketing: [caslMarketing],
  disagreements: [],
});
