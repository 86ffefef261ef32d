import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import {
  consumerRights,
  fortyFive,
  secondary,
  stateBase,
  statuteExtension,
} from './us-state-rules.js';

const nj = sourceOf(
  'New Jersey Data Privacy Act, N.J.S.A. 56:8-166.4 et seq. (P.L. 2023, c. 266)',
  'https://pub.njleg.gov/bills/2022/PL23/266_.HTM',
);
const njBreach = sourceOf(
  'N.J.S.A. 56:8-163 (disclosure of breach of security to customers)',
  'https://law.justia.com/codes/new-jersey/title-56/section-56-8-163/',
);
const njStatute = sourceOf(
  'N.J.S.A. 56:8-166.7 (verified request response), Casetext copy',
  'https://casetext.com/statute/new-jersey-statutes/title-56-trade-names-trade-marks-and-unfair-trade-practices/chapter-568/section-568-1667-effective-1152025-personal-data-controller-verified-request-consumer-response-period',
);
/**
 * New Jersey Data Privacy Act (US-NJ) as data: requests answered within 45 days (+45 days with
 * notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_NJ_NJDPA } from '@meridian-cx/privacy';
 * US_NJ_NJDPA.short; // 'NJDPA'
 * @since 0.1.0
 */
export const US_NJ_NJDPA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-nj-njdpa',
  name: 'New Jersey Data Privacy Act',
  short: 'NJDPA',
  jurisdiction: { country: 'US', region: 'US-NJ', zone: 'America/New_York' },
  inForce: { from: '2025-01-15', provenance: nj('P.L. 2023, c. 266') },
  rights: consumerRights(nj, 'N.J.S.A. 56:8-166.10'),
  requests: [
    fortyFive(
      njStatute(
        '§ 56:8-166.7(a)',
        '"Within 45 days of the controller’s receipt of the request" — of a verified request: whether verification delays the clock is not settled by the text. The response covers all disclosures of the prior 12 months.',
      ),
      statuteExtension(
        njStatute('§ 56:8-166.7(a)'),
        'Where reasonably necessary, considering the complexity and number of the consumer’s requests.',
      ),
    ),
  ],
  breach: [
    {
      notify: 'individuals',
      authority: 'affected New Jersey residents',
      trigger: 'discovered',
      window: null,
      wording:
        'in the most expedient time possible and without unreasonable delay, consistent with the legitimate needs of law enforcement and measures to determine the scope of the breach and restore the integrity of the system',
      condition: 'not required where misuse of the information is not reasonably possible',
      provenance: njBreach(
        '§ 56:8-163(a)',
        'Read through summaries (Reggi; Klinedinst, 28 Feb 2024; wordsbywit.com) and the quoted text of subsection (c)(1) (Shostack, 2006).',
      ),
    },
    {
      notify: 'authority',
      authority: 'the Division of State Police in the Department of Law and Public Safety',
      trigger: 'individuals-notified',
      window: null,
      wording: 'in advance of the disclosure to the customer',
      provenance: njBreach('§ 56:8-163(c)(1)', 'Online form at cyber.nj.gov/breach (Klinedinst).'),
    },
  ],
  thresholds: [
    {
      anyOf: [{ minConsumers: 100_000 }, { minConsumers: 25_000, sellsPersonalData: true }],
      provenance: nj('N.J.S.A. 56:8-166.5', 'Payment-only data not counted.'),
    },
  ],
  optOutSignal: {
    required: true,
    from: '2025-07-15',
    effect:
      'opt-out of targeted advertising and sale through a user-selected universal opt-out mechanism',
    provenance: nj(
      'N.J.S.A. 56:8-166.11(b)(1)',
      '"Not later than six months following the effective date" (15 January 2025).',
    ),
  },
  disagreements: [
    {
      topic: 'Effective date of the NJDPA',
      readings: [
        {
          says: '15 January 2025.',
          provenance: secondary(
            'Bass Berry: New Jersey privacy law',
            'https://www.bassberry.com/news/new-jersey-new-privacy-law/',
          ),
        },
        {
          says: '16 January 2025.',
          provenance: secondary(
            'Claims Journal: New Jersey joins…',
            'https://claimsjournal.com/news/national/2024/02/27/322127.htm',
          ),
        },
      ],
    },
  ],
});
