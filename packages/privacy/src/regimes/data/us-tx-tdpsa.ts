import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { consumerRights, fortyFive, stateBase, statuteExtension } from './us-state-rules.js';

const tx = sourceOf(
  'Texas Data Privacy and Security Act, Bus. & Com. Code ch. 541',
  'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
);
const txBreach = sourceOf(
  'Texas Bus. & Com. Code § 521.053',
  'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm#521.053',
);
const txStatute = sourceOf(
  'Tex. Bus. & Com. Code § 541.052 (controller response), FindLaw copy',
  'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
);
/**
 * Texas Data Privacy and Security Act (US-TX) as data: requests answered within 45 days (+45 days
 * with notice); every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_TX_TDPSA } from '@meridian-cx/privacy';
 * US_TX_TDPSA.short; // 'TDPSA'
 * @since 0.1.0
 */
export const US_TX_TDPSA: Regime = /* @__PURE__ */ builtIn({
  ...stateBase,
  id: 'us-tx-tdpsa',
  name: 'Texas Data Privacy and Security Act',
  short: 'TDPSA',
  jurisdiction: { country: 'US', region: 'US-TX', zone: 'America/Chicago' },
  inForce: { from: '2024-07-01', provenance: tx('ch. 541') },
  rights: consumerRights(tx, '§ 541.051'),
  requests: [
    fortyFive(
      txStatute(
        '§ 541.052(b)',
        '"Without undue delay, which may not be later than the 45th day after the date of receipt of the request."',
      ),
      statuteExtension(
        txStatute('§ 541.052(b)'),
        'Once, when reasonably necessary, taking into account the complexity and number of the consumer’s requests.',
      ),
    ),
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Texas Attorney General',
      trigger: 'determined-breach-occurred',
      window: { amount: 30, unit: 'calendar-days' },
      wording:
        'as soon as practicable and not later than 30 days after the person determines that a breach occurred',
      condition: 'when at least 250 Texas residents are notified',
      from: '2023-09-01',
      provenance: txBreach('§ 521.053(i) as amended by SB 768 (2023)'),
    },
    {
      notify: 'individuals',
      authority: 'affected individuals',
      trigger: 'determined-breach-occurred',
      window: { amount: 60, unit: 'calendar-days' },
      wording:
        'without unreasonable delay and not later than the 60th day after the person determines that the breach occurred',
      provenance: txBreach('§ 521.053(b)'),
    },
  ],
  thresholds: [
    {
      anyOf: [{ notSmallBusiness: true }],
      provenance: tx(
        '§ 541.002',
        'Conducts business in Texas, processes or sells personal data, and is not a small business as defined by the SBA.',
      ),
    },
  ],
  optOutSignal: {
    required: true,
    from: '2025-01-01',
    effect: 'opt-out through a universal opt-out mechanism',
    provenance: tx('§ 541.055(e)'),
  },
  disagreements: [],
});
