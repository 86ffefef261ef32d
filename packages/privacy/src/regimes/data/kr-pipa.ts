import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const pipa = sourceOf(
  'Personal Information Protection Act (Republic of Korea)',
  'https://www.pipc.go.kr/eng/user/lgp/law/lawsRegulations.do',
);
const network = sourceOf(
  'Act on Promotion of Information and Communications Network Utilization and Information Protection (Korea)',
  'https://elaw.klri.re.kr/eng_service/lawView.do?hseq=55570',
);
const dla = sourceOf(
  'DLA Piper: Data Protection in South Korea — breach notification',
  'https://www.dlapiperdataprotection.com/?c=KR&t=breach-notification',
);
const pipaDecree = sourceOf(
  'Enforcement Decree of the Personal Information Protection Act (Korea), Prighter copy',
  'https://prighter.com/resources/laws/korean-pipa/enforcement-decree/articles/article-43',
);
const pipaChild = sourceOf(
  '개인정보 보호법 제22조의2 (protection of children’s personal information), as quoted by Nepla',
  'https://www.nepla.ai/wiki/it-정보-방송통신/개인정보-위치정보-신용정보/아동의-개인정보-보호-g6w93voqnojp',
);
const pipaAct = sourceOf(
  '개인정보 보호법 (Personal Information Protection Act), 법제처 국가법령정보센터',
  'http://www.law.go.kr/lsLawLinkInfo.do?lsJoLnkSeq=900078723&chrClsCd=010202',
);
/**
 * Korea's PIPA as data: requests answered within 10 days (extension with notice, open-ended);
 * every fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { KR_PIPA } from '@meridian-cx/privacy';
 * KR_PIPA.short; // 'PIPA'
 * @since 0.1.0
 */
export const KR_PIPA: Regime = /* @__PURE__ */ builtIn({
  id: 'kr-pipa',
  name: 'Personal Information Protection Act',
  short: 'PIPA',
  jurisdiction: { country: 'KR' },
  inForce: { from: '2011-09-30', provenance: pipa('Addenda, Act No. 10465') },
  rights: [
    { right: 'access', provenance: pipa('Art. 35') },
    { right: 'portability', provenance: pipa('Art. 35-2') },
    { right: 'correction', provenance: pipa('Art. 36') },
    { right: 'deletion', provenance: pipa('Art. 36') },
    { right: 'restriction', provenance: pipa('Art. 37 (suspension of processing)') },
    { right: 'automated-decision', provenance: pipa('Art. 37-2') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 10, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pipaAct(
        'Art. 35(3); Enforcement Decree Art. 41',
        'Art. 35(3): within the period set by Presidential Decree; the Decree’s period is 10 days from receipt, read in secondary sources (hellaw.co.kr, 15 Aug 2024; kboard.kr) — the Decree paragraph itself was not read.',
      ),
      extension: {
        period: null,
        conditions:
          'Good cause for not permitting access within the period (Art. 35(3), second sentence).',
        notice:
          'Notify the grounds and how to appeal within 10 days of receipt (Decree Art. 42(2)); give access without delay once the cause ends.',
        noticeWithin: { amount: 10, unit: 'calendar-days' },
        provenance: pipaDecree('Enforcement Decree Art. 42(2)'),
      },
    },
    {
      appliesTo: ['correction', 'deletion'],
      period: { amount: 10, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pipaDecree(
        'Enforcement Decree Art. 43(3)',
        'Inform the data subject of the correction or erasure, or serve a notice of denial with the grounds and how to appeal, within 10 days of receipt. Whether Civil Act Art. 161 moves a last day off a holiday here was not checked.',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the PIPC or KISA',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording: 'within 72 hours of becoming aware of the leak',
      condition:
        '1,000 or more data subjects, sensitive or unique identifying information, or a leak through unauthorised outside access',
      from: '2023-09-15',
      provenance: dla(
        'Art. 34(3) PIPA and Enforcement Decree',
        'Secondary source; the 2023 amended Decree set the 72-hour window (Chambers, May 2023).',
      ),
    },
  ],
  thresholds: [{ anyOf: [], provenance: pipa('Art. 2', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-soft-opt-in',
      existingCustomerWindow: { amount: 6, unit: 'months' },
      conditions:
        'Express prior consent, except where the sender collected the contact details directly in a transaction and advertises the goods it deals in; the exception lasts six months from the end of the transaction, and never after the recipient refuses. Advertising between 21:00 and 08:00 needs separate consent (Art. 50(3)).',
      provenance: network(
        'Art. 50(1)–(3); Enforcement Decree (six months)',
        'The six months were read in a lawyer’s answer (a-ha.io, 배희정 변호사), counted here from the last purchase; the Decree article was not read.',
      ),
    },
  ],
  childConsent: {
    age: 14,
    scope:
      'consent of the legal representative, which must be verified, where consent is needed to process the personal information of a child under 14',
    provenance: pipaChild(
      'Art. 22-2(1) (added 14 March 2023)',
      'Korean text quoted by Nepla; the legal representative of a child under 14 may also make access and other requests (Art. 38(2), Prighter copy).',
    ),
  },
  disagreements: [],
});
