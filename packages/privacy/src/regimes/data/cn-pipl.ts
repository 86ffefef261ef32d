import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const pipl = sourceOf(
  'Personal Information Protection Law of the People’s Republic of China',
  'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml',
);
const cac = sourceOf(
  '国家网络安全事件报告管理办法 (National Cybersecurity Incident Reporting Measures, CAC, 11 September 2025)',
  'http://www.qdubb.cn/html/2025/yunlingyaowen_0916/141638.html',
);
const adLaw = sourceOf(
  'Advertising Law of the People’s Republic of China (as amended 2018), China Justice Observer',
  'https://chinajusticeobserver.com/law/x/advertising-law-20181026',
);
/**
 * China's PIPL as data: requests answered with no fixed period (the law sets a standard); every
 * fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { CN_PIPL } from '@meridian-cx/privacy';
 * CN_PIPL.short; // 'PIPL'
 * @since 0.1.0
 */
export const CN_PIPL: Regime = /* @__PURE__ */ builtIn({
  id: 'cn-pipl',
  name: 'Personal Information Protection Law',
  short: 'PIPL',
  jurisdiction: { country: 'CN' },
  inForce: { from: '2021-11-01', provenance: pipl('Art. 74') },
  territorialScope: {
    rule: 'Processing in China, and processing abroad to provide products or services to, or analyse the behaviour of, natural persons in China.',
    provenance: pipl('Art. 3'),
  },
  rights: [],
  requests: [
    {
      appliesTo: ['access', 'correction', 'deletion', 'portability', 'withdraw-consent'],
      period: null,
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pipl(
        'Art. 50',
        'Establish a mechanism to accept and handle requests; reasons must be given for a refusal. No fixed period in the Law.',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority:
        'the departments performing personal information protection duties (and the individuals)',
      trigger: 'became-aware',
      window: null,
      wording:
        'immediately take remedial measures and notify, where personal information is leaked, tampered with or lost (or may be)',
      condition:
        'individuals need not be notified where the measures effectively avoid harm, unless the department requires it',
      provenance: pipl(
        'Art. 57',
        'Art. 57 names no event; "immediately" is counted here from when the processor learns of the incident. Text read in an English translation (plnmw.com) and BifröstIndex.',
      ),
    },
    {
      notify: 'authority',
      authority: 'the provincial cyberspace administration where the operator is located',
      trigger: 'discovered',
      window: { amount: 4, unit: 'hours' },
      wording:
        '及时 … 最迟不得超过4小时: promptly, and in any case within four hours of discovering or learning of the incident',
      condition:
        'a network security incident graded "relatively major" (较大) or above by the Measures’ grading guide, for operators that are neither critical-information-infrastructure operators (1 hour) nor central state organs (2 hours)',
      from: '2025-11-01',
      provenance: cac(
        'Art. 4',
        'A cybersecurity-incident rule that draws on the PIPL among other laws (Art. 1), not a PIPL article. Read in a repost of the CAC text ("网信中国"); in force 1 November 2025.',
      ),
    },
  ],
  thresholds: [{ anyOf: [], provenance: pipl('Art. 3', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in',
      conditions:
        'No advertisement may be sent by electronic means without the recipient’s consent or request; each one states the sender’s identity and contact details and offers a way to refuse further messages.',
      provenance: adLaw(
        'Art. 43',
        'Advertising Law, not the PIPL. Read in the China Justice Observer summary and a Spanish translation of Art. 43 (falvjieda.com).',
      ),
    },
  ],
  childConsent: {
    age: 14,
    scope:
      'consent of a parent or other guardian to process the personal information of a minor under 14; it is sensitive personal information (Art. 28) with its own processing rules',
    provenance: pipl(
      'Art. 31',
      'The under-14 rule was read in secondary summaries (HI-COM); the Article’s text was not opened.',
    ),
  },
  disagreements: [],
});
