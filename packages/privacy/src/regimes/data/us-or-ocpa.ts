import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { consumerRights, fortyFive, secondary, stateBase } from './us-state-rules.js';

const or = sourceOf(
  'Oregon Consumer Privacy Act, ORS 646A.570–646A.589',
  'https://www.doj.state.or.us/consumer-protection/id-theft-data-breaches/privacy/',
);
const orBreach = sourceOf(
  'ORS 646A.604 (notice of breach of security)',
  'https://oregon.public.law/statutes/ors_646A.604',
);
const orStatute = sourceOf(
  'ORS 646A.576 (duties of controller on consumer requests)',
  'https://oregon.public.law/statutes/ors_646A.576',
);
const orFaq = sourceOf(
  'Oregon Department of Justice: Business privacy FAQs',
  'https://doj.state.or.us/media-home/news-media-releases/faq_category/business-privacy-faqs/page/2',
);
/**
 * Oregon Consumer Privacy Act (US-OR) as data: requests answered within 45 days (+45 days with
 * notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_OR_OCPA } from '@meridian-cx/privacy';
 * US_OR_OCPA.short; // 'OCPA'
 * @since 0.1.0
 */
export const US_OR_OCPA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-or-ocpa',
  name: 'Oregon Consumer Privacy Act',
  short: 'OCPA',
  jurisdiction: { country: 'US', region: 'US-OR', zone: 'America/Los_Angeles' },
  inForce: {
    from: '2024-07-01',
    provenance: or('ORS 646A.570–646A.589', 'Nonprofits from 1 July 2025.'),
  },
  rights: consumerRights(or, 'ORS 646A.574'),
  requests: [
    fortyFive(
      orStatute(
        'ORS 646A.576(5)(a)',
        '"Without undue delay and not later than 45 days after receiving the request." Text read in the GDPR and US States Deskbook copy (p. 363–364) and in SB 619 s. 4(5)(a); the Oregon DOJ business FAQ says the same.',
      ),
      {
        period: { amount: 45, unit: 'calendar-days' },
        conditions:
          'Reasonably necessary to comply with the request, taking into consideration its complexity and the number of requests the consumer makes.',
        notice:
          'Notify the consumer within the initial 45-day period and explain the reason for the extension.',
        noticeWithin: { amount: 45, unit: 'calendar-days' },
        provenance: orFaq(
          'A controller must respond … no later than 45 days after receipt … may extend the response period by 45 days',
          'Confirms ORS 646A.576(5)(a).',
        ),
      },
    ),
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Oregon Attorney General',
      trigger: 'discovered',
      window: { amount: 45, unit: 'calendar-days' },
      wording:
        'in the most expeditious manner possible, without unreasonable delay, but not later than 45 days after discovering or receiving notification of the breach',
      condition: 'when more than 250 consumers must be notified',
      provenance: orBreach('ORS 646A.604(1)(b), (3)(a)'),
    },
  ],
  thresholds: [
    {
      anyOf: [{ minConsumers: 100_000 }, { minConsumers: 25_000, minRevenueShareFromData: 0.25 }],
      provenance: or('ORS 646A.572(1)', 'Payment-only data not counted.'),
    },
  ],
  optOutSignal: {
    required: true,
    from: '2026-01-01',
    effect: 'opt-out through a universal opt-out mechanism',
    provenance: or('ORS 646A.574'),
  },
  disagreements: [
    {
      topic: 'Second Oregon threshold',
      readings: [
        {
          says: '25,000 consumers and 25% or more of annual gross revenue from selling personal data.',
          provenance: secondary(
            'Measured Collective: OCPA 101',
            'https://measuredcollective.com/oregon-consumer-privacy-act-101-what-you-need-to-know',
          ),
        },
        {
          says: '"More than 25 percent" (strictly above).',
          provenance: secondary(
            'Baker Donelson: Oregon guide',
            'https://bakerdonelson.com/consumer-data-privacy-law-guide-oregon',
          ),
        },
        {
          says: '"More than 50%" of gross revenue.',
          provenance: secondary(
            'privacylawmap.com: Oregon',
            'https://privacylawmap.com/states/oregon',
          ),
        },
      ],
    },
  ],
});
