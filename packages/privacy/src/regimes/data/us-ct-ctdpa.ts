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

const ct = sourceOf(
  'Connecticut Data Privacy Act, Public Act 22-15, as amended by SB 1295 (Public Act 25-113)',
  'https://portal.ct.gov/ag/sections/privacy/the-connecticut-data-privacy-act',
);
const ctBreach = sourceOf(
  'Conn. Gen. Stat. § 36a-701b',
  'https://portal.ct.gov/AG/General/Report-a-Breach-of-Security-Involving-Computerized-Data',
);
const ctStatute = sourceOf(
  'Conn. Gen. Stat. § 42-520 (compliance by controllers), GDPR and US States Deskbook copy',
  'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page166.html',
);
/**
 * Connecticut Data Privacy Act (US-CT) as data: requests answered within 45 days (+45 days with
 * notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_CT_CTDPA } from '@meridian-cx/privacy';
 * US_CT_CTDPA.short; // 'CTDPA'
 * @since 0.1.0
 */
export const US_CT_CTDPA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-ct-ctdpa',
  name: 'Connecticut Data Privacy Act',
  short: 'CTDPA',
  jurisdiction: { country: 'US', region: 'US-CT', zone: 'America/New_York' },
  inForce: { from: '2023-07-01', provenance: ct('Public Act 22-15') },
  rights: consumerRights(ct, 'Sec. 4'),
  requests: [
    fortyFive(
      ctStatute(
        '§ 42-520(c)(1)',
        '"Without undue delay, but not later than forty-five days after receipt of the request." Earlier secondary reading: Zeph Tech briefing (1 July 2023).',
      ),
      statuteExtension(
        ctStatute('§ 42-520(c)(1)'),
        'When reasonably necessary, considering the complexity and number of the consumer’s requests.',
      ),
    ),
  ],
  breach: [
    {
      notify: 'individuals',
      authority: 'affected Connecticut residents',
      trigger: 'discovered',
      window: { amount: 60, unit: 'calendar-days' },
      wording: 'without unreasonable delay but not later than sixty days after discovery',
      from: '2021-10-01',
      provenance: ctBreach(
        '§ 36a-701b(b) as amended by Public Act 21-59',
        'Ninety days before 1 October 2021.',
      ),
    },
    {
      notify: 'authority',
      authority: 'the Connecticut Attorney General',
      trigger: 'individuals-notified',
      window: { amount: 0, unit: 'calendar-days' },
      wording: 'no later than when the affected residents are notified',
      provenance: ctBreach('§ 36a-701b(b)'),
    },
  ],
  thresholds: [
    {
      anyOf: [
        { minConsumers: 100_000 },
        { minConsumers: 25_000, minRevenueShareFromData: 0.25, revenueShareStrict: true },
      ],
      until: '2026-06-30',
      provenance: ct(
        'Sec. 2 (original)',
        'Personal data processed solely to complete a payment transaction is not counted.',
      ),
    },
    {
      anyOf: [
        { minConsumers: 35_000 },
        { processesSensitiveData: true },
        { sellsPersonalData: true },
      ],
      from: '2026-07-01',
      provenance: ct(
        'Sec. 2 as amended by SB 1295',
        'Sensitive data and offering data for sale apply regardless of volume.',
      ),
    },
  ],
  optOutSignal: {
    required: true,
    from: '2025-01-01',
    effect: 'opt-out of targeted advertising and sale through an opt-out preference signal',
    provenance: ct(
      'Sec. 6(e)(1)(A)(ii)',
      'Confirmed by the Attorney General’s announcement of 1 January 2025.',
    ),
  },
  disagreements: [
    {
      topic: 'When did the universal opt-out duty start in Connecticut?',
      readings: [
        { says: '1 January 2025 (Attorney General announcement).', provenance: ct('Sec. 6') },
        {
          says: 'One practitioner page says 1 July 2025.',
          provenance: secondary(
            'Taylor English: CTDPA universal opt-out',
            'https://insights.taylorenglish.com/post/102j5gg/connecticut-data-privacy-act-and-its-universal-opt-out-coming-requirements',
          ),
        },
      ],
    },
  ],
});
