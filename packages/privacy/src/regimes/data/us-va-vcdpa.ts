import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { consumerRights, fortyFive, secondary, stateBase } from './us-state-rules.js';

const va = sourceOf(
  'Code of Virginia, Title 59.1, Chapter 53 (Consumer Data Protection Act)',
  'https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/',
);
const vaBreach = sourceOf(
  'Code of Virginia § 18.2-186.6 (breach of personal information notification)',
  'https://law.lis.virginia.gov/vacode/title18.2/chapter6/section18.2-186.6/',
);
/**
 * Virginia Consumer Data Protection Act (US-VA) as data: requests answered within 45 days (+45
 * days with notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_VA_VCDPA } from '@meridian-cx/privacy';
 * US_VA_VCDPA.short; // 'VCDPA'
 * @since 0.1.0
 */
export const US_VA_VCDPA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-va-vcdpa',
  name: 'Virginia Consumer Data Protection Act',
  short: 'VCDPA',
  jurisdiction: { country: 'US', region: 'US-VA', zone: 'America/New_York' },
  inForce: { from: '2023-01-01', provenance: va('§ 59.1-575 et seq.') },
  rights: consumerRights(va, '§ 59.1-577(A)(1)–(5)'),
  requests: [
    fortyFive(va('§ 59.1-577(B)(1)'), {
      period: { amount: 45, unit: 'calendar-days' },
      conditions:
        'Once, when reasonably necessary, taking into account the complexity and number of the consumer’s requests.',
      notice:
        'Inform the consumer within the initial 45-day period, with the reason for the extension.',
      noticeWithin: { amount: 45, unit: 'calendar-days' },
      provenance: va('§ 59.1-577(B)(1)'),
    }),
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Office of the Attorney General (and affected Virginia residents)',
      trigger: 'discovered',
      window: null,
      wording: 'without unreasonable delay following discovery or notification of the breach',
      condition:
        'unauthorised access and acquisition that causes, or is reasonably believed to cause, identity theft or other fraud; consumer reporting agencies too when more than 1,000 residents are notified',
      provenance: vaBreach(
        '§ 18.2-186.6(B), (E)',
        'No number of days in the statute. Read through the statute copy at instalawyer.io and the summaries in the disagreement below.',
      ),
    },
  ],
  thresholds: [
    {
      anyOf: [
        { minConsumers: 100_000 },
        { minConsumers: 25_000, minRevenueShareFromData: 0.5, revenueShareStrict: true },
      ],
      provenance: va(
        '§ 59.1-576(A)',
        '25,000 consumers and over 50% of gross revenue from the sale of personal data.',
      ),
    },
  ],
  optOutSignal: {
    required: false,
    provenance: secondary(
      'DataGrail: Do Not Sell or Share opt-outs guide',
      'https://www.datagrail.io/resources/interactive/do-not-sell-or-share-opt-outs-guide/',
    ),
  },
  disagreements: [
    {
      topic: 'Is there a deadline for notifying the Virginia Attorney General of a breach?',
      readings: [
        {
          says: 'Written notice to the Attorney General "without unreasonable delay", like the residents.',
          provenance: secondary(
            'ComplianceIQ: Virginia data breach notification law',
            'https://complianceiq.site/breach-notification/virginia',
          ),
        },
        {
          says: 'Attorney General notice required; timing "not specified".',
          provenance: secondary(
            'Klinedinst: Data breach notification statutes — Virginia (28 Feb 2024)',
            'https://klinedinstlaw.com/practice/privacy-data-security/virginia?all=1',
          ),
        },
      ],
    },
  ],
});
