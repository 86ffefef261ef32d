import { sourceOf } from '../source.js';
import type { Regime, RequestRule, RightKind } from '../types.js';
import { US_EMAIL_MARKETING } from './us-ca.js';

const va = sourceOf(
  'Code of Virginia, Title 59.1, Chapter 53 (Consumer Data Protection Act)',
  'https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/',
);
const co = sourceOf(
  'Colorado Privacy Act, C.R.S. 6-1-1301 et seq.',
  'https://coag.gov/resources/colorado-privacy-act/',
);
const coBreach = sourceOf(
  'C.R.S. 6-1-716 (notice of security breach)',
  'https://coag.gov/resources/data-protection-laws/',
);
const ct = sourceOf(
  'Connecticut Data Privacy Act, Public Act 22-15, as amended by SB 1295 (Public Act 25-113)',
  'https://portal.ct.gov/ag/sections/privacy/the-connecticut-data-privacy-act',
);
const ctBreach = sourceOf(
  'Conn. Gen. Stat. § 36a-701b',
  'https://portal.ct.gov/AG/General/Report-a-Breach-of-Security-Involving-Computerized-Data',
);
const tx = sourceOf(
  'Texas Data Privacy and Security Act, Bus. & Com. Code ch. 541',
  'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
);
const txBreach = sourceOf(
  'Texas Bus. & Com. Code § 521.053',
  'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm#521.053',
);
const or = sourceOf(
  'Oregon Consumer Privacy Act, ORS 646A.570–646A.589',
  'https://www.doj.state.or.us/consumer-protection/id-theft-data-breaches/privacy/',
);
const orBreach = sourceOf(
  'ORS 646A.604 (notice of breach of security)',
  'https://oregon.public.law/statutes/ors_646A.604',
);
const nj = sourceOf(
  'New Jersey Data Privacy Act, N.J.S.A. 56:8-166.4 et seq. (P.L. 2023, c. 266)',
  'https://pub.njleg.gov/bills/2022/PL23/266_.HTM',
);
const secondary = (title: string, url: string) =>
  sourceOf(title, url)('summary', 'Secondary source: the statute text was not read directly.');

const consumerRights = (src: ReturnType<typeof sourceOf>, pin: string): Regime['rights'] =>
  (
    [
      'access',
      'correction',
      'deletion',
      'portability',
      'opt-out-sale',
      'opt-out-targeted-ads',
      'opt-out-profiling',
    ] as const
  ).map((right: RightKind) => ({ right, provenance: src(pin) }));

const fortyFive = (
  provenance: RequestRule['provenance'],
  extension?: RequestRule['extension'],
): RequestRule => ({
  appliesTo: [
    'access',
    'correction',
    'deletion',
    'portability',
    'opt-out-sale',
    'opt-out-targeted-ads',
    'opt-out-profiling',
  ],
  period: { amount: 45, unit: 'calendar-days' },
  counting: 'days-after-receipt',
  rollForward: false,
  provenance,
  ...(extension ? { extension } : {}),
});

const stateBase = { marketing: [US_EMAIL_MARKETING] } as const;

/** @since 0.1.0 */
export const US_VA_VCDPA: Regime = {
  ...stateBase,
  id: 'us-va-vcdpa',
  name: 'Virginia Consumer Data Protection Act',
  short: 'VCDPA',
  jurisdiction: { country: 'US', region: 'US-VA' },
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
  breach: [],
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
  disagreements: [],
};

/** @since 0.1.0 */
export const US_CO_CPA: Regime = {
  ...stateBase,
  id: 'us-co-cpa',
  name: 'Colorado Privacy Act',
  short: 'CPA',
  jurisdiction: { country: 'US', region: 'US-CO' },
  inForce: { from: '2023-07-01', provenance: co('C.R.S. 6-1-1301 et seq.') },
  rights: consumerRights(co, 'C.R.S. 6-1-1306'),
  requests: [],
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
};

/** @since 0.1.0 */
export const US_CT_CTDPA: Regime = {
  ...stateBase,
  id: 'us-ct-ctdpa',
  name: 'Connecticut Data Privacy Act',
  short: 'CTDPA',
  jurisdiction: { country: 'US', region: 'US-CT' },
  inForce: { from: '2023-07-01', provenance: ct('Public Act 22-15') },
  rights: consumerRights(ct, 'Sec. 4'),
  requests: [
    fortyFive(
      secondary(
        'Zeph Tech: Connecticut Data Privacy Act briefing',
        'https://zephtech.net/feed/2023-07-01-connecticut-data-privacy-act.html',
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
};

/** @since 0.1.0 */
export const US_TX_TDPSA: Regime = {
  ...stateBase,
  id: 'us-tx-tdpsa',
  name: 'Texas Data Privacy and Security Act',
  short: 'TDPSA',
  jurisdiction: { country: 'US', region: 'US-TX' },
  inForce: { from: '2024-07-01', provenance: tx('ch. 541') },
  rights: consumerRights(tx, '§ 541.051'),
  requests: [
    fortyFive(
      secondary(
        'Boring Governance: Texas TDPSA guide',
        'https://boringgovernance.com/jurisdiction-guides/texas',
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
};

/** @since 0.1.0 */
export const US_OR_OCPA: Regime = {
  ...stateBase,
  id: 'us-or-ocpa',
  name: 'Oregon Consumer Privacy Act',
  short: 'OCPA',
  jurisdiction: { country: 'US', region: 'US-OR' },
  inForce: {
    from: '2024-07-01',
    provenance: or('ORS 646A.570–646A.589', 'Nonprofits from 1 July 2025.'),
  },
  rights: consumerRights(or, 'ORS 646A.574'),
  requests: [],
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
};

/** @since 0.1.0 */
export const US_NJ_NJDPA: Regime = {
  ...stateBase,
  id: 'us-nj-njdpa',
  name: 'New Jersey Data Privacy Act',
  short: 'NJDPA',
  jurisdiction: { country: 'US', region: 'US-NJ' },
  inForce: { from: '2025-01-15', provenance: nj('P.L. 2023, c. 266') },
  rights: consumerRights(nj, 'N.J.S.A. 56:8-166.10'),
  requests: [
    fortyFive(
      secondary(
        'Mondaq: New Jersey passes privacy law',
        'https://webiis05.mondaq.com/unitedstates/privacy-protection/1416416/new-jersey-passes-privacy-law',
      ),
    ),
  ],
  breach: [],
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
};
