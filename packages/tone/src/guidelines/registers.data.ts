// The register of each locale, or what was searched where none was found: the one part of the
// guidelines that renderReply reads. Kept apart from the rest of the data so that a bundle that
// renders replies carries these facts, not every locale's address, letter and source notes.
// GUIDELINES composes them back in (./guidelines.ts): one place for each fact.
import { fact } from './base.js';
import {
  AS_OF,
  MARKET_FINDER as MF,
  MOZILLA,
  MS_STYLE,
  MS_VOICE,
  PERSIAN_POLITE,
} from './sources.js';
import type { Fact, Register, Topic, Unsourced } from './types.js';

/** A locale's register fact, or the record that none was found. */
export type RegisterEntry = {
  readonly locale: string;
  readonly register?: Fact<{
    readonly default: Register | 'none';
    readonly shiftsToFormalFor: readonly Topic[];
  }>;
  readonly unsourced?: readonly Unsourced[];
};

/** Locale → register fact (24 locales), sourced like the rest of the guidelines. */
export const REGISTERS: Readonly<Record<string, RegisterEntry>> = {
  'en-US': {
    locale: 'en-US',
    register: fact(
      { default: 'none', shiftsToFormalFor: [] },
      MS_VOICE,
      'English has one "you"; tone, not pronoun, carries formality',
    ),
  },
  'en-GB': {
    locale: 'en-GB',
    register: fact(
      { default: 'none', shiftsToFormalFor: [] },
      MS_VOICE,
      'English has one "you"; tone, not pronoun, carries formality',
    ),
  },
  'de-DE': {
    locale: 'de-DE',
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['money', 'legal'] },
      MF.DE,
      'The guide: most product copy is informal, money and legal topics formal. One-to-one service defaults to Sie here; brands that write du override it.',
    ),
  },
  'fr-FR': {
    locale: 'fr-FR',
    register: fact({ default: 'formal', shiftsToFormalFor: ['money', 'legal'] }, MF.FR),
  },
  'es-ES': {
    locale: 'es-ES',
    register: fact({ default: 'informal', shiftsToFormalFor: ['money', 'legal'] }, MF.ES),
  },
  'es-MX': {
    locale: 'es-MX',
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['money', 'legal'] },
      MF.MX,
      'Friendly formality with title and surname until rapport; product copy uses tú, money and legal usted.',
    ),
  },
  'it-IT': {
    locale: 'it-IT',
    register: fact({ default: 'informal', shiftsToFormalFor: ['money', 'legal'] }, MF.IT),
  },
  'nl-NL': {
    locale: 'nl-NL',
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['money', 'legal'] },
      MF.NL,
      'u for formal business texts and older audiences, je for informal texts and younger audiences',
    ),
  },
  'pl-PL': {
    locale: 'pl-PL',
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['money', 'legal'] },
      MF.PL,
      'Ty is increasingly used online; Pan/Pani for one-to-one communication',
    ),
  },
  'pt-BR': {
    locale: 'pt-BR',
    register: fact({ default: 'informal', shiftsToFormalFor: ['money', 'legal'] }, MF.BR),
  },
  'pt-PT': {
    locale: 'pt-PT',
    register: fact(
      { default: 'formal', shiftsToFormalFor: [] },
      MS_STYLE.ptPT,
      "Secondary: Microsoft's guide as adapted by ChatsControl (the PDF itself was not readable here); The Portugal News agrees for customer service.",
    ),
  },
  'sv-SE': {
    locale: 'sv-SE',
    register: fact({ default: 'informal', shiftsToFormalFor: ['money', 'legal'] }, MF.SE),
  },
  'tr-TR': {
    locale: 'tr-TR',
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MS_STYLE.tr),
  },
  'ru-RU': {
    locale: 'ru-RU',
    register: fact({ default: 'formal', shiftsToFormalFor: ['money', 'legal'] }, MF.RU),
  },
  'fa-IR': {
    locale: 'fa-IR',
    register: fact(
      { default: 'formal', shiftsToFormalFor: [] },
      PERSIAN_POLITE,
      "Secondary: a language course, not a vendor guide (Microsoft's Persian guide was not readable here).",
    ),
  },
  'he-IL': {
    locale: 'he-IL',
    register: fact(
      { default: 'none', shiftsToFormalFor: [] },
      MS_STYLE.he,
      'Hebrew has one "you" (no T-V choice); tone, not pronoun, carries formality',
    ),
  },
  'hi-IN': {
    locale: 'hi-IN',
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MOZILLA.hi),
  },
  'ja-JP': {
    locale: 'ja-JP',
    register: fact({ default: 'formal', shiftsToFormalFor: ['money', 'legal'] }, MF.JP),
  },
  'ko-KR': {
    locale: 'ko-KR',
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['legal'] },
      MS_STYLE.ko,
      '~세요 for consumer text, ~십시오 for legal text',
    ),
  },
  'zh-TW': {
    locale: 'zh-TW',
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MS_STYLE.zhTW),
  },
  'id-ID': {
    locale: 'id-ID',
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MOZILLA.id),
  },
  'ar-SA': {
    locale: 'ar-SA',
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Arabic style guide (mirrors showed only its contents page), Mozilla Arabic style guide (no register rule), Facebook Arabic community guide (contents only)',
        asOf: AS_OF,
      },
    ],
  },
  'zh-CN': {
    locale: 'zh-CN',
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Chinese (Simplified) style guide (mirrors showed only its contents page), Mozilla zh-CN SUMO guide (no rule on "you"), WordPress.com zh-CN guide (uses 您 in an example, states no rule)',
        asOf: AS_OF,
      },
    ],
  },
  'th-TH': {
    locale: 'th-TH',
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Thai style guide as adapted by ChatsControl (names คุณ for "you", says nothing of a register choice for customers)',
        asOf: AS_OF,
      },
    ],
  },
};
