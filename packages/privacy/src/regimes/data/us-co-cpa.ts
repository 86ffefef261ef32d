import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { consumerRights, fortyFive, secondary, stateBase } from './us-state-rules.js';

const co = sourceOf(
  'Colorado Privacy Act, C.R.S. 6-1-1301 et seq.',
  'https://coag.gov/resources/colorado-privacy-act/',
);
const coBreach = sourceOf(
  'C.R.S. 6-1-716 (notice of security breach)',
  'https://coag.gov/resources/data-protection-laws/',
);
const coStatute = sourceOf(
  'Colo. Rev. Stat. § 6-1-1306 (consumer personal data rights), Casetext copy',
  'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
);
/**
 * Colorado Privacy Act (US-CO) as data: requests answered within 45 days (+45 days with notice);
 * every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_CO_CPA } from '@meridian-cx/privacy';
 * US_CO_CPA.short; // 'CPA'
 * @since 0.1.0
 */
export const US_CO_CPA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-co-cpa',
  name: 'Colorado Privacy Act',
  short: 'CPA',
  jurisdiction: { country: 'US', region: 'US-CO', zone: 'America/Denver' },
  inForce: { from: '2023-07-01', provenance: co('C.R.S. 6-1-1301 et seq.') },
  rights: consumerRights(co, 'C.R.S. 6-1-1306'),
  requests: [
    fortyFive(
      coStatute(
        'C.R.S. 6-1-1306(2)(a)',
        '"Without undue delay and, in any event, within forty-five days after receipt of the request." Subsection (2) was read as quoted by Reggi (reggi.ai, citing § 6-1-1306); the Casetext copy was read to (1)(a).',
      ),
      {
        period: { amount: 45, unit: 'calendar-days' },
        conditions:
          'Where reasonably necessary, taking into account the complexity and number of the requests.',
        notice:
          'Not known: the text we read gives the extension and its condition but not the notice it requires.',
        provenance: coStatute('C.R.S. 6-1-1306(2)(a)', 'Read as quoted by Reggi (reggi.ai).'),
      },
    ),
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Colorado Attorney General',
      trigger: 'determined-breach-occurred',
      window: { amount: 30, unit: 'calendar-days' },
      wording:
        'not later than thirty days after the date of determination that a security breach occurred',
      condition: 'when 500 or more Colorado residents are notified',
      provenance: coBreach(
        'C.R.S. 6-1-716(2)(f)',
        '"Determination that a security breach occurred" is the point at which there is sufficient evidence to conclude a breach has taken place (6-1-716(1)).',
      ),
    },
  ],
  thresholds: [
    {
      anyOf: [{ minConsumers: 100_000 }, { minConsumers: 25_000, sellsPersonalData: true }],
      provenance: co(
        'C.R.S. 6-1-1304(1)',
        '25,000 consumers and derives revenue or receives a discount from selling personal data.',
      ),
    },
  ],
  optOutSignal: {
    required: true,
    from: '2024-07-01',
    effect:
      'opt-out of targeted advertising and sale through a universal opt-out mechanism on the AG’s list (GPC)',
    provenance: co('C.R.S. 6-1-1306(1)(a)(IV); CPA Rule 5.07 (list: Global Privacy Control)'),
  },
  disagreements: [
    {
      topic: 'Second Colorado threshold',
      readings: [
        {
          says: '25,000 consumers and any revenue or discount from the sale of personal data.',
          provenance: co('C.R.S. 6-1-1304(1)(b)'),
        },
        {
          says: '25,000 consumers and 50% or more of revenue from data sales.',
          provenance: secondary(
            'privacylawmap.com: Colorado',
            'https://privacylawmap.com/states/colorado',
          ),
        },
      ],
    },
  ],
});
