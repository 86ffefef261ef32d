import { sourceOf } from '../source.js';
import type { Regime, RequestRule, RightKind } from '../types.js';
import { US_CHILD_CONSENT, US_EMAIL_MARKETING } from './us-ca.js';

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
const coStatute = sourceOf(
  'Colo. Rev. Stat. § 6-1-1306 (consumer personal data rights), Casetext copy',
  'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
);
const orStatute = sourceOf(
  'ORS 646A.576 (duties of controller on consumer requests)',
  'https://oregon.public.law/statutes/ors_646A.576',
);
const orFaq = sourceOf(
  'Oregon Department of Justice: Business privacy FAQs',
  'https://doj.state.or.us/media-home/news-media-releases/faq_category/business-privacy-faqs/page/2',
);
const vaBreach = sourceOf(
  'Code of Virginia § 18.2-186.6 (breach of personal information notification)',
  'https://law.lis.virginia.gov/vacode/title18.2/chapter6/section18.2-186.6/',
);
const njBreach = sourceOf(
  'N.J.S.A. 56:8-163 (disclosure of breach of security to customers)',
  'https://law.justia.com/codes/new-jersey/title-56/section-56-8-163/',
);
const ctStatute = sourceOf(
  'Conn. Gen. Stat. § 42-520 (compliance by controllers), GDPR and US States Deskbook copy',
  'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page166.html',
);
const txStatute = sourceOf(
  'Tex. Bus. & Com. Code § 541.052 (controller response), FindLaw copy',
  'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
);
const njStatute = sourceOf(
  'N.J.S.A. 56:8-166.7 (verified request response), Casetext copy',
  'https://casetext.com/statute/new-jersey-statutes/title-56-trade-names-trade-marks-and-unfair-trade-practices/chapter-568/section-568-1667-effective-1152025-personal-data-controller-verified-request-consumer-response-period',
);
const statuteExtension = (
  provenance: RequestRule['provenance'],
  conditions: string,
): NonNullable<RequestRule['extension']> => ({
  period: { amount: 45, unit: 'calendar-days' },
  conditions,
  notice:
    'Inform the consumer within the initial 45-day response period, with the reason for the extension.',
  noticeWithin: { amount: 45, unit: 'calendar-days' },
  provenance,
});
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

const stateBase = { marketing: [US_EMAIL_MARKETING], childConsent: US_CHILD_CONSENT } as const;

/** @since 0.1.0 */
export const US_VA_VCDPA: Regime = {
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
};

/** @since 0.1.0 */
export const US_CO_CPA: Regime = {
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
};

/** @since 0.1.0 */
export const US_CT_CTDPA: Regime = {
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
};

/** @since 0.1.0 */
export const US_TX_TDPSA: Regime = {
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
};

/** @since 0.1.0 */
export const US_OR_OCPA: Regime = {
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
};

/** @since 0.1.0 */
export const US_NJ_NJDPA: Regime = {
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
};
