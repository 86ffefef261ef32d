// Provenance: every fact below is built with fact() (./base.ts), which attaches its source and
// the asOf date it was checked (AS_OF); the schema test refuses an entry without them.
// Guidelines for the Middle-Eastern and Asian locales. Where no vendor guide could be read for the
// register of a locale (ar-SA, fa-IR, hi-IN, zh-CN, id-ID), the field is left out rather than guessed.
import { base, fact } from './base.js';
import { MARKET_FINDER as MF, MS_STYLE, THAI_PARTICLES } from './sources.js';
import type { Guideline } from './types.js';

export const MIDDLE_EAST_ASIA: readonly Guideline[] = [
  base('ar-SA', {
    plurals: ['zero', 'one', 'two', 'few', 'many', 'other'],
    digits: 'arab',
    calendar: 'gregory',
    firstDay: 7,
    weekend: [5, 6],
    direction: 'rtl',
  }),
  base('fa-IR', {
    plurals: ['one', 'other'],
    digits: 'arabext',
    calendar: 'persian',
    firstDay: 6,
    weekend: [5],
    direction: 'rtl',
  }),
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
  base('hi-IN', {
    plurals: ['one', 'other'],
    digits: 'latn',
    calendar: 'gregory',
    firstDay: 7,
    weekend: [7],
    direction: 'ltr',
  }),
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
  base('zh-CN', {
    plurals: ['other'],
    digits: 'latn',
    calendar: 'gregory',
    firstDay: 1,
    weekend: [6, 7],
    direction: 'ltr',
    familyFirst: true,
  }),
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
  },
  base('id-ID', {
    plurals: ['other'],
    digits: 'latn',
    calendar: 'gregory',
    firstDay: 7,
    weekend: [6, 7],
    direction: 'ltr',
  }),
];
