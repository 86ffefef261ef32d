// Provenance: every fact below is built with fact() (./base.ts), which attaches its source and
// the asOf date it was checked (AS_OF); the schema test refuses an entry without them.
// Guidelines for the Middle-Eastern and Asian locales. Where no source could be found for a field
// (zh-CN's register and "you", ar-SA's register), it is left out, and `unsourced` says what was
// searched, rather than guessed.

import { base, fact } from './base.js';
import { LETTERS } from './letterSources.js';
import {
  AS_OF,
  MARKET_FINDER as MF,
  MOZILLA,
  MS_STYLE,
  PERSIAN_GRAMMAR,
  PERSIAN_POLITE,
  THAI_PARTICLES,
  ZULIP_HI,
} from './sources.js';
import type { Guideline } from './types.js';

export const MIDDLE_EAST_ASIA: readonly Guideline[] = [
  {
    ...base('ar-SA', {
      plurals: ['zero', 'one', 'two', 'few', 'many', 'other'],
      digits: 'arab',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [5, 6],
      direction: 'rtl',
    }),
    address: fact(
      {
        customerService:
          'second person, gender-inclusive: plural forms or a rewrite, not a masculine-default singular',
      },
      MS_STYLE.ar,
      "Secondary: Microsoft's Arabic (Saudi Arabia) guide as adapted by ChatsControl. Like Hebrew, the issue is gender agreement, not a T-V choice.",
    ),
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Arabic style guide (mirrors showed only its contents page), Mozilla Arabic style guide (no register rule), Facebook Arabic community guide (contents only)',
        asOf: AS_OF,
      },
    ],
  },
  {
    ...base('fa-IR', {
      plurals: ['one', 'other'],
      digits: 'arabext',
      calendar: 'persian',
      firstDay: 6,
      weekend: [5],
      direction: 'rtl',
    }),
    register: fact(
      { default: 'formal', shiftsToFormalFor: [] },
      PERSIAN_POLITE,
      "Secondary: a language course, not a vendor guide (Microsoft's Persian guide was not readable here).",
    ),
    address: fact(
      { formal: 'شما', informal: 'تو', customerService: 'شما' },
      PERSIAN_GRAMMAR,
      'The formal/informal pair is grammar; شما for customers rests on the course cited for the register.',
    ),
  },
  {
    ...base('he-IL', {
      plurals: ['one', 'two', 'other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [5, 6],
      direction: 'rtl',
    }),
    register: fact(
      { default: 'none', shiftsToFormalFor: [] },
      MS_STYLE.he,
      'Hebrew has one "you" (no T-V choice); tone, not pronoun, carries formality',
    ),
    address: fact(
      { customerService: 'second person, with gender agreement kept neutral where possible' },
      MS_STYLE.he,
      'Hebrew has no formal/informal "you"; the issue is gender agreement of verbs and adjectives',
    ),
  },
  {
    ...base('hi-IN', {
      plurals: ['one', 'other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [7],
      direction: 'ltr',
    }),
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MOZILLA.hi),
    address: fact(
      { formal: 'आप', informal: 'तुम', customerService: 'आप' },
      MOZILLA.hi,
      `Sources disagree for app interfaces: ${ZULIP_HI.title} (${ZULIP_HI.url}) prefers the informal "you". For customers, Mozilla's honorific rule is kept.`,
    ),
  },
  {
    ...base('ja-JP', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [6, 7],
      direction: 'ltr',
      familyFirst: true,
    }),
    register: fact({ default: 'formal', shiftsToFormalFor: ['money', 'legal'] }, MF.JP),
    address: fact(
      { formal: 'お客様', avoid: ['あなた'], customerService: 'お客様' },
      MF.JP,
      'Customers are addressed with -sama (お客様); あなた is not used to a customer',
    ),
    honorifics: fact('様 (sama) after the family name', MF.JP),
    greeting: fact(
      { formal: '…様 いつもお世話になっております。' },
      LETTERS.ja,
      'Secondary: a business-Japanese teaching site; the opening is used even to first-time customers.',
    ),
    signOff: fact(
      { formal: '今後ともよろしくお願いいたします。' },
      LETTERS.jaClosing,
      'Secondary: a business-Japanese etiquette page (in Chinese).',
    ),
  },
  {
    ...base('ko-KR', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [6, 7],
      direction: 'ltr',
      familyFirst: true,
    }),
    register: fact(
      { default: 'formal', shiftsToFormalFor: ['legal'] },
      MS_STYLE.ko,
      '~세요 for consumer text, ~십시오 for legal text',
    ),
    address: fact(
      { formal: '~세요 / ~십시오', customerService: '~세요 polite endings' },
      MS_STYLE.ko,
    ),
  },
  {
    ...base('zh-CN', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 1,
      weekend: [6, 7],
      direction: 'ltr',
      familyFirst: true,
    }),
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Chinese (Simplified) style guide (mirrors showed only its contents page), Mozilla zh-CN SUMO guide (no rule on "you"), WordPress.com zh-CN guide (uses 您 in an example, states no rule)',
        asOf: AS_OF,
      },
      {
        field: 'address',
        searched:
          "the same guides: none states 您 or 你 for zh-CN (Mozilla's 您 rule is for zh-TW)",
        asOf: AS_OF,
      },
    ],
  },
  {
    ...base('zh-TW', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [6, 7],
      direction: 'ltr',
      familyFirst: true,
    }),
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MS_STYLE.zhTW),
    address: fact({ formal: '您', informal: '你', customerService: '您' }, MS_STYLE.zhTW),
  },
  {
    ...base('th-TH', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'buddhist',
      firstDay: 7,
      weekend: [6, 7],
      direction: 'ltr',
    }),
    address: fact({ customerService: 'คุณ' }, MS_STYLE.th),
    particles: fact(
      'ค่ะ when the writer is a woman, ครับ when a man: the speaker’s gender, not the customer’s',
      THAI_PARTICLES,
    ),
    unsourced: [
      {
        field: 'register',
        searched:
          'Microsoft Thai style guide as adapted by ChatsControl (names คุณ for "you", says nothing of a register choice for customers)',
        asOf: AS_OF,
      },
    ],
  },
  {
    ...base('id-ID', {
      plurals: ['other'],
      digits: 'latn',
      calendar: 'gregory',
      firstDay: 7,
      weekend: [6, 7],
      direction: 'ltr',
    }),
    register: fact({ default: 'formal', shiftsToFormalFor: [] }, MOZILLA.id),
    address: fact(
      { formal: 'Anda', informal: 'kamu', avoid: ['kau'], customerService: 'Anda' },
      MOZILLA.id,
      'The guide lists Anda, kamu, engkau and kau for "you" and chooses Anda; "Kau" is its example of what not to write.',
    ),
  },
];
