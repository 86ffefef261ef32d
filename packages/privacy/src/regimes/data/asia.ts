import { sourceOf } from '../source.js';
import type { Regime } from '../types.js';

const pipl = sourceOf(
  'Personal Information Protection Law of the People’s Republic of China',
  'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml',
);
const appi = sourceOf(
  'Act on the Protection of Personal Information (Japan)',
  'https://www.ppc.go.jp/en/legal/',
);
const ppcLeak = sourceOf(
  'PPC: 漏えい等の対応とお役立ち資料',
  'https://www.ppc.go.jp/personalinfo/legal/leakAction',
);
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
const sg = sourceOf(
  'Personal Data Protection Act 2012 (Singapore)',
  'https://sso.agc.gov.sg/Act/PDPA2012',
);
const pdpc = sourceOf(
  'PDPC: Access review checklist',
  'https://www.pdpc.gov.sg/complaints-and-reviews/before-you-lodge-a-complaint-with-us-4/access-review-checklist',
);
const th = sourceOf(
  'Personal Data Protection Act B.E. 2562 (2019) (Thailand)',
  'https://library.siam-legal.com/thai-law/personal-data-protection-act-rights-of-the-data-subject-sections-30-42',
);
const dpdpRules = sourceOf(
  'Digital Personal Data Protection Rules, 2025 (India)',
  'https://www.meity.gov.in/data-protection-framework',
);
const dpdpAct = sourceOf(
  'Digital Personal Data Protection Act, 2023 (India)',
  'https://www.meity.gov.in/data-protection-framework',
);

const cac = sourceOf(
  '国家网络安全事件报告管理办法 (National Cybersecurity Incident Reporting Measures, CAC, 11 September 2025)',
  'http://www.qdubb.cn/html/2025/yunlingyaowen_0916/141638.html',
);
const adLaw = sourceOf(
  'Advertising Law of the People’s Republic of China (as amended 2018), China Justice Observer',
  'https://chinajusticeobserver.com/law/x/advertising-law-20181026',
);
const emailAct = sourceOf(
  '特定電子メールの送信の適正化等に関する法律 (Act on Regulation of Transmission of Specified Electronic Mail), MIC',
  'http://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/08.html',
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
const spamControl = sourceOf(
  'Spam Control Act 2007 (Singapore)',
  'https://sso.agc.gov.sg/Act/SCA2007',
);

/** China's PIPL. @since 0.1.0 */
export const CN_PIPL: Regime = {
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
};

/** Japan's APPI. @since 0.1.0 */
export const JP_APPI: Regime = {
  id: 'jp-appi',
  name: 'Act on the Protection of Personal Information',
  short: 'APPI',
  jurisdiction: { country: 'JP' },
  inForce: {
    from: '2005-04-01',
    provenance: appi(
      'Supplementary Provisions',
      'Breach reporting duty from 1 April 2022 (2020 amendment).',
    ),
  },
  territorialScope: {
    rule: 'Also applies to foreign operators handling personal information of persons in Japan in supplying goods or services to them.',
    provenance: appi('Art. 171'),
  },
  rights: [],
  requests: [
    {
      appliesTo: ['access'],
      period: null,
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: appi(
        'Art. 33(2)',
        'Disclose retained personal data "without delay" (遅滞なく) by the method the person asks for; no number of days. Read through BifröstIndex’s English summary and the Japanese guide by N. Ito (docswell, 31 Oct 2025).',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Personal Information Protection Commission',
      trigger: 'became-aware',
      window: null,
      wording: 'promptly (preliminary report), with a final report later',
      condition:
        'sensitive data, risk of property damage, unlawful purpose, or more than 1,000 individuals',
      from: '2022-04-01',
      provenance: ppcLeak(
        'Art. 26 and PPC rules',
        'The final report is due within 60 days where the leak was caused for an unlawful purpose; the general final-report period was not checked.',
      ),
    },
  ],
  thresholds: [
    { anyOf: [], provenance: appi('Art. 16(2)', 'No small-business exemption since 2017.') },
  ],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in-implied-consent',
      conditions:
        'Advertising e-mail only to those who asked for it or agreed in advance, who gave their address in writing, who are in a business relationship (取引関係) with the advertiser, or who publish their address for business (Art. 3(1)(i)–(iv)); stop when asked (Art. 3(3)); show the sender and an opt-out address (Art. 4). No time limit on the business relationship.',
      provenance: emailAct(
        'Art. 3(1)',
        'A separate Act, not the APPI. SMS counts as e-mail: the MIC ordinance names messages to mobile terminals addressed by telephone number (per ugusuku.hatenadiary.org, 2010).',
      ),
    },
  ],
  disagreements: [],
};

/** Korea's PIPA. @since 0.1.0 */
export const KR_PIPA: Regime = {
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
};

/** Singapore's PDPA. @since 0.1.0 */
export const SG_PDPA: Regime = {
  id: 'sg-pdpa',
  name: 'Personal Data Protection Act 2012',
  short: 'PDPA (SG)',
  jurisdiction: { country: 'SG' },
  inForce: { from: '2014-07-02', provenance: sg('s. 21 (access obligation in force 2 July 2014)') },
  rights: [
    { right: 'access', provenance: sg('s. 21') },
    { right: 'correction', provenance: sg('s. 22') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pdpc(
        'Access review checklist',
        'PDPC: respond within 30 calendar days after receiving the request; if the organisation cannot, it must say within 30 days when it will respond (Personal Data Protection Regulations).',
      ),
      extension: {
        period: null,
        conditions: 'The organisation is unable to respond within 30 days.',
        notice:
          'Within the 30 days, inform the applicant in writing of the time by which it will respond.',
        noticeWithin: { amount: 30, unit: 'calendar-days' },
        provenance: pdpc('Personal Data Protection Regulations 2021, reg. 5 (per PDPC)'),
      },
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Personal Data Protection Commission',
      trigger: 'assessed-notifiable',
      window: { amount: 3, unit: 'calendar-days' },
      wording:
        'as soon as practicable, but in any case no later than 3 calendar days after the day the organisation assesses the breach to be notifiable',
      condition:
        'significant harm likely, or 500 or more individuals affected; the assessment itself must be reasonable and expeditious (s. 26C)',
      from: '2021-02-01',
      provenance: sg('s. 26D(1)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: sg('s. 4', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email'],
      model: 'opt-out',
      conditions:
        'Unsolicited commercial e-mail sent in bulk (over 100 similar messages in 24 hours, 1,000 in 30 days or 10,000 in a year) must carry an unsubscribe address and statement, "<ADV>" before the subject and accurate headers; an unsubscribe takes effect within 10 business days. SMS to Singapore numbers is not modelled: the PDPA Do Not Call Registry must be checked unless there is clear and unambiguous consent.',
      provenance: spamControl(
        's. 11 and Second Schedule; s. 5(3)',
        'Bill text read at laws.sg (Bill 6 of 2007); bulk thresholds per innovax.systems. The PDPA itself adds consent for collecting and using the address (complypdpa.com).',
      ),
    },
  ],
  childConsent: {
    age: 13,
    scope:
      'children from 13 to 17 may give valid consent where the policies are readily understandable to them; below 13, consent from a parent or guardian (PDPC Advisory Guidelines on Children’s Personal Data in the Digital Environment, 28 March 2024 — not legally binding)',
    provenance: sg(
      'PDPC advisory guidelines (the Act sets no age)',
      'Read through DataGuidance (28 March 2024) and Bird & Bird summaries; the Guidelines read with Chapter 8 of the Selected Topics Guidelines.',
    ),
  },
  disagreements: [],
};

/** Thailand's PDPA. @since 0.1.0 */
export const TH_PDPA: Regime = {
  id: 'th-pdpa',
  name: 'Personal Data Protection Act B.E. 2562',
  short: 'PDPA (TH)',
  jurisdiction: { country: 'TH' },
  inForce: { from: '2022-06-01', provenance: th('s. 2 (full implementation June 2022)') },
  rights: [
    { right: 'access', provenance: th('s. 30') },
    { right: 'portability', provenance: th('s. 31') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: th(
        's. 30, fourth paragraph',
        '"Without delay, but shall not exceed thirty days from the date of receiving such request." The Committee may prescribe an extension (s. 30, fifth paragraph).',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Office of the Personal Data Protection Committee',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording: 'without delay and, where feasible, within 72 hours after having become aware of it',
      condition:
        'unless the breach is unlikely to result in a risk to the rights and freedoms of persons',
      provenance: th(
        's. 37(4)',
        'PDPC Notification on breach notification (15 December 2022) details the procedure.',
      ),
    },
  ],
  thresholds: [{ anyOf: [], provenance: th('s. 5', 'No size threshold.') }],
  marketing: [],
  childConsent: {
    age: 20,
    scope:
      'a minor (under 20, unless married) consents alone only to what the Civil and Commercial Code lets a minor do alone; otherwise the holder of parental power consents too, and alone for a minor of 10 or under (PDPC Consent Guidelines, 7 September 2022)',
    provenance: th(
      's. 20',
      'Read through the PDPC Consent Guidelines as summarised by Tilleke & Gibbins (transatlanticlaw.com, 21 Sep 2022) and Proteus Cyber’s section index; CCC ss. 22–24 per Sangdao, Chulalongkorn Law Journal.',
    ),
  },
  disagreements: [],
};

/** India's DPDP Act 2023 with the DPDP Rules 2025. @since 0.1.0 */
export const IN_DPDP: Regime = {
  id: 'in-dpdp',
  name: 'Digital Personal Data Protection Act, 2023 with the DPDP Rules, 2025',
  short: 'DPDP',
  jurisdiction: { country: 'IN', zone: 'Asia/Kolkata' },
  inForce: {
    from: '2027-05-13',
    provenance: dpdpRules(
      'Rule 1(2)',
      'Rules 1, 2 and 17–21 in force on notification (13 November 2025); Rule 4 after one year; Rules 3, 5–16, 22–23 after eighteen months.',
    ),
  },
  rights: [
    { right: 'access', provenance: dpdpAct('s. 11') },
    { right: 'correction', provenance: dpdpAct('s. 12') },
    { right: 'deletion', provenance: dpdpAct('s. 12') },
    { right: 'grievance', provenance: dpdpAct('s. 13') },
    { right: 'nomination', provenance: dpdpAct('s. 14') },
  ],
  requests: [
    {
      appliesTo: ['grievance'],
      period: { amount: 90, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: dpdpRules(
        'Rule 14(3)',
        'Secondary summaries: grievances answered within 90 days.',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Data Protection Board of India',
      trigger: 'became-aware',
      window: { amount: 72, unit: 'hours' },
      wording:
        'a description without delay, and a detailed report within seventy-two hours of becoming aware (or a longer period the Board allows on written request)',
      from: '2027-05-13',
      provenance: dpdpRules('Rule 7(2)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: dpdpAct('s. 3', 'No size threshold.') }],
  marketing: [
    {
      channels: ['email', 'sms'],
      model: 'opt-in',
      conditions:
        'Consent that is free, specific, informed, unconditional and unambiguous with a clear affirmative action (s. 6(1)); the legitimate uses of s. 7 do not cover marketing. SMS and calls are also governed by TRAI’s Telecom Commercial Communications Customer Preference Regulations, 2018 (not modelled).',
      from: '2027-05-13',
      provenance: dpdpAct(
        's. 6(1)',
        'Secondary reading (Spice Route Legal; TechCircle, 23 Feb 2024): the Act has no marketing-specific rule. Applies from when its consent provisions commence with the Rules (see inForce).',
      ),
    },
  ],
  childConsent: {
    age: 18,
    scope:
      'verifiable consent of a parent or lawful guardian before processing any personal data of a child (s. 9(1)); no tracking, behavioural monitoring or targeted advertising directed at children (s. 9(3))',
    provenance: dpdpAct(
      's. 2(f), s. 9',
      'A child is an individual who has not completed eighteen years (s. 2(f)). Read through summaries (Aqua Consento; LawWeb, Nov 2025); Rule 10 of the DPDP Rules sets how consent is verified.',
    ),
  },
  disagreements: [
    {
      topic: 'Notification date of the DPDP Rules (and so when the 18 months end)',
      readings: [
        {
          says: 'Notified 13 November 2025; substantive rules in force 18 months later.',
          provenance: sourceOf(
            'Mondaq: DPDP Rules 2025 notified',
            'https://www.mondaq.com/india/data-protection/1708164/digital-personal-data-protection-rules-2025-notified',
          )('summary'),
        },
        {
          says: 'Notified 14 November 2025; full obligations due by 14 May 2027.',
          provenance: sourceOf(
            'Astra: DPDP compliance in 2026',
            'https://www.getastra.com/blog/compliance/dpdp-compliance/',
          )('summary'),
        },
      ],
    },
  ],
};
