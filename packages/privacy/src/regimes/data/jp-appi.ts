import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const appi = sourceOf(
  'Act on the Protection of Personal Information (Japan)',
  'https://www.ppc.go.jp/en/legal/',
);
const ppcLeak = sourceOf(
  'PPC: 漏えい等の対応とお役立ち資料',
  'https://www.ppc.go.jp/personalinfo/legal/leakAction',
);
const emailAct = sourceOf(
  '特定電子メールの送信の適正化等に関する法律 (Act on Regulation of Transmission of Specified Electronic Mail), MIC',
  'http://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/08.html',
);
/**
 * Japan's APPI as data: requests answered with no fixed period (the law sets a standard); every
 * fact with its article, source and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { JP_APPI } from '@meridian-cx/privacy';
 * JP_APPI.short; // 'APPI'
 * @since 0.1.0
 */
export const JP_APPI: Regime = /* @__PURE__ */ builtIn({
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
});
