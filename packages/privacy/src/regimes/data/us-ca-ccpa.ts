import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';
import { US_EMAIL_MARKETING } from './us-federal.js';

const civ = sourceOf(
  'California Civil Code, Title 1.81.5 (CCPA as amended by the CPRA)',
  'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&title=1.81.5.&part=4.&chapter=&article=',
);
const regs = sourceOf(
  'California Code of Regulations, Title 11, Division 6 (CCPA Regulations)',
  'https://cppa.ca.gov/regulations/',
);
const oldRegs = sourceOf(
  'CCPA Regulations (Attorney General), effective 14 August 2020',
  'https://www.oag.ca.gov/privacy/ccpa/regs',
);
const breach = sourceOf(
  'California Civil Code § 1798.82 as amended by SB 446 (2025)',
  'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82',
);
const optOutGuides = sourceOf(
  'CookieBeam: how to process a Do Not Sell or Share request (2026)',
  'https://cookiebeam.com/guides/how-to-process-opt-out-do-not-sell-request-2026',
);
/**
 * California's CCPA as amended by the CPRA: 45 calendar days from receipt (verification does not
 * stop it), +45 with notice, acknowledgement within 10 business days, GPC honoured.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { US_CA_CCPA } from '@meridian-cx/privacy';
 * US_CA_CCPA.requests[0]?.acknowledgement?.period; // { amount: 10, unit: 'business-days' }
 * US_CA_CCPA.short; // 'CCPA/CPRA'
 * @since 0.1.0
 */
export const US_CA_CCPA: Regime = /* @__PURE__ */ builtIn({
  id: 'us-ca-ccpa',
  name: 'California Consumer Privacy Act, as amended by the California Privacy Rights Act',
  short: 'CCPA/CPRA',
  jurisdiction: { country: 'US', region: 'US-CA', zone: 'America/Los_Angeles' },
  inForce: {
    from: '2020-01-01',
    provenance: civ('§ 1798.198', 'CPRA amendments operative 1 January 2023.'),
  },
  rights: [
    { right: 'access', provenance: civ('§§ 1798.100, 1798.110 (request to know)') },
    { right: 'deletion', provenance: civ('§ 1798.105') },
    { right: 'correction', provenance: civ('§ 1798.106') },
    { right: 'opt-out-sale', provenance: civ('§ 1798.120 (sale and sharing)') },
    { right: 'limit-sensitive', provenance: civ('§ 1798.121') },
  ],
  requests: [
    {
      appliesTo: ['access', 'deletion', 'correction'],
      period: { amount: 45, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      clockStartsAfterVerification: false,
      provenance: regs(
        '§ 7021(b)',
        'The 45-day period begins on the day the business receives the request, regardless of the time required to verify it.',
      ),
      acknowledgement: {
        period: { amount: 10, unit: 'business-days' },
        provenance: regs(
          '§ 7021(a)',
          'Confirm receipt and explain how the request will be processed.',
        ),
      },
      extension: {
        period: { amount: 45, unit: 'calendar-days' },
        conditions: 'If necessary; at most 90 calendar days from receipt in total.',
        notice:
          'Give the consumer notice and an explanation of the reason the business will take more than 45 days.',
        provenance: regs('§ 7021(b)'),
      },
    },
    {
      appliesTo: ['opt-out-sale'],
      period: { amount: 15, unit: 'business-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: regs(
        '§ 7026(f)',
        'Stop selling and sharing as soon as feasibly possible, and no later than 15 business days from the date the business receives the request; an opt-out is not a verifiable request. The subsection text was read through the summaries below; the official § 7026 (Cornell LII copy) was read to (a) only.',
      ),
    },
  ],
  breach: [
    {
      notify: 'individuals',
      authority: 'affected California residents',
      trigger: 'discovered',
      window: { amount: 30, unit: 'calendar-days' },
      wording: 'within 30 calendar days of discovery or notification of the breach',
      condition:
        'delay allowed for law enforcement or to determine the scope and restore integrity',
      from: '2026-01-01',
      provenance: breach('§ 1798.82(a)'),
    },
    {
      notify: 'authority',
      authority: 'the California Attorney General (sample notice)',
      trigger: 'individuals-notified',
      window: { amount: 15, unit: 'calendar-days' },
      wording: 'within 15 calendar days of notifying affected consumers',
      condition: 'when more than 500 California residents must be notified',
      from: '2026-01-01',
      provenance: breach('§ 1798.82(f)'),
    },
  ],
  thresholds: [
    {
      anyOf: [
        { minRevenue: { amount: 2_662_500_000, currency: 'USD' } },
        { minConsumers: 100_000 },
        { minRevenueShareFromData: 0.5 },
      ],
      from: '2025-01-01',
      provenance: civ(
        '§ 1798.140(d)(1), revenue adjusted under § 1798.199.95',
        '$25,000,000 adjusted to $26,625,000 from 1 January 2025 (CPPA adjustment, per secondary summary).',
      ),
    },
    {
      anyOf: [
        { minRevenue: { amount: 2_500_000_000, currency: 'USD' } },
        { minConsumers: 100_000 },
        { minRevenueShareFromData: 0.5 },
      ],
      from: '2023-01-01',
      until: '2024-12-31',
      provenance: civ(
        '§ 1798.140(d)(1) (CPRA)',
        'Consumer count raised from 50,000 to 100,000 consumers or households on 1 January 2023.',
      ),
    },
  ],
  marketing: [US_EMAIL_MARKETING],
  childConsent: {
    age: 13,
    scope:
      'COPPA’s verifiable parental consent under 13 applies; on top, no sale or sharing of the personal information of a consumer known to be under 16 without an opt-in — the consumer’s own from 13 to 15, a parent’s or guardian’s under 13',
    provenance: civ(
      '§ 1798.120(c); CCPA Regulations §§ 7070–7071',
      'Statute text read at compliancewiki.org; regulations in the GDPR and US States Deskbook copy (p. 97). Wilful disregard of age counts as actual knowledge.',
    ),
  },
  optOutSignal: {
    required: true,
    from: '2020-08-14',
    effect:
      'a valid request to opt out of sale and sharing for that browser or device and any known consumer profile',
    provenance: regs(
      '§ 7025(b)–(c)',
      'First required by the Attorney General’s regulations § 999.315(c), effective 14 August 2020.',
    ),
  },
  disagreements: [
    {
      topic: 'Consumer-count threshold',
      readings: [
        {
          says: '100,000 consumers or households (buy, sell or share), since 1 January 2023.',
          provenance: civ('§ 1798.140(d)(1)(B)'),
        },
        {
          says: 'Several compliance guides still state 50,000 consumers, households or devices — the pre-2023 figure.',
          provenance: sourceOf(
            'TermsFeed: Who must comply with the CCPA/CPRA',
            'https://www.termsfeed.com/faq/who-must-comply-with-the-ccpa-cpra/',
          )('FAQ'),
        },
      ],
    },
    {
      topic: 'How long may a business take to act on an opt-out of sale or sharing?',
      readings: [
        {
          says: 'No later than 15 business days from receipt (CCPA Regulations § 7026(f)).',
          provenance: optOutGuides('The clock: 15 business days, and no verification'),
        },
        {
          says: '"No later than 15 days after the date of your request" (a consumer page that does not say business days).',
          provenance: sourceOf(
            'TrueVault: What is a request to opt-out?',
            'https://www.truevault.com/consumers/ccpa/what-is-a-request-to-opt-out',
          )('How long can a business take to honor my request?'),
        },
      ],
    },
    {
      topic: 'When must GPC be honoured in California?',
      readings: [
        {
          says: 'Since the AG regulations of 14 August 2020 (§ 999.315(c)): user-enabled global privacy controls are a valid opt-out.',
          provenance: oldRegs('§ 999.315(c)'),
        },
        {
          says: 'CPPA regulations § 7025 restate the duty for opt-out preference signals for businesses that sell or share.',
          provenance: regs('§ 7025'),
        },
      ],
    },
  ],
});
