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
    address: fact(
      { formal: 'Anda', informal: 'kamu', avoid: ['kau'], customerService: 'Anda' },
      MOZILLA.id,
      'The guide lists Anda, kamu, engkau and kau for "you" and chooses Anda; "Kau" is its example of what not to write.',
    ),
  },
];
