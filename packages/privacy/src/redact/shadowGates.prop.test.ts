// shadowOf asks its kanji and prolonged-mark steps only of a text whose highest unit reaches
// theirs, and its escape steps only of a shadow holding one of their units; hasGlue and the email
// scan read what shadowOf noted of the text instead of searching it again (T68a). Each must answer
// as the reading it stands for: every step asked of every text (shadowOfPlain), the text searched
// (hasGluePlain).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  FOLD_START_LOW,
  FOLD_START_SOURCE,
  LATIN1_FOLD_LOW,
  latin1FoldOf,
  wideFoldOf,
} from './astralDigits.js';
import { holdsJoining, JOINS_LOW } from './context.js';
import {
  holdsEscape,
  KANJI_PHONE_LOW,
  PROLONGED,
  PROLONGED_LOW,
  shadowNotes,
  shadowOf,
  shadowOfPlain,
  shadowTop,
  textSuperscripts,
  textTop,
} from './digits.js';
import { MAY_HOLD_KANJI_PHONE } from './kanjiPhones.js';
import { hasGlue, hasGluePlain } from './runs.js';

// The units and escapes each step reads, the units beside them, and any unit at all.
const piece = fc.oneof(
  fc.constantFrom(
    '1',
    '4',
    '0',
    ' ',
    '-',
    '.',
    'a',
    'm',
    'e',
    '/',
    '.me/',
    'wa.me/',
    'ｗａ．ｍｅ／',
    '²',
    '³',
    '¹',
    '⁴',
    '₂',
    '①',
    'ⓐ',
    '\ud835\udfd2',
    '\ud83c\udd30',
    '\ud83e\udff1',
    '%',
    '%40',
    '%2540',
    '%20',
    '%2B',
    '%3D',
    '=',
    '=40',
    '=\n',
    '=\r\n',
    'quoted-printable',
    '&',
    '&#64;',
    '&nbsp;',
    '&#43;',
    '\\',
    '\\u0040',
    '\\100',
    '\\053',
    '\u0301',
    '\u20e3',
    '\ufe0f',
    '\u00ad',
    '\u200b',
    '\u200c',
    '\u00a0',
    'ー',
    'ｰ',
    '〇',
    '九',
    '一',
    '三',
    '○',
    '・',
    '\u3000',
    '٣',
    '４',
    '＠',
    '＆',
    'é',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('shadowOf asks each step where it may change the shadow', () => {
  test.prop([text])('the shadow is the one every step makes', (t) => {
    expect(shadowOf(t)).toBe(shadowOfPlain(t));
  });

  test.prop([text])('a shadow without an escape is left as it is by the escape steps', (t) => {
    const shadow = shadowOf(t);
    if (!holdsEscape(shadow)) expect(shadowOfPlain(t)).toBe(shadow);
  });

  // A unit that folds before the kanji or the mark: the fold's highest unit is read past it too.
  test.prop([
    fc.constantFrom(
      '１ 090ー1234ー5678',
      '\u00a0〇九〇-一二三四-五六七八',
      'é 4111ｰ1111',
      '٣ 一三八一二三四五六七八',
    ),
  ])('not vacuous: a fold before the kanji or the mark', (t) => {
    const shadow = shadowOf(t);
    expect(shadow).toBe(shadowOfPlain(t));
    expect(shadow).toMatch(/\d[-\d]\d\d/);
    expect(shadow).not.toMatch(/[ーｰ〇九一三]/);
  });

  test('no unit below KANJI_PHONE_LOW starts a kanji phone (all of them, each second unit)', () => {
    const seconds = '〇零○◯一幺二三四五六七八九';
    for (let c = 0; c < KANJI_PHONE_LOW; c++)
      for (const second of seconds)
        expect(MAY_HOLD_KANJI_PHONE.test(String.fromCharCode(c) + second)).toBe(false);
    // Not vacuous: the unit at the bound starts one.
    expect(MAY_HOLD_KANJI_PHONE.test(`${String.fromCharCode(KANJI_PHONE_LOW)}三`)).toBe(true);
  });

  test('no unit below PROLONGED_LOW is a prolonged sound mark (all 65,536)', () => {
    for (let c = 0; c <= 0xffff; c++)
      if (PROLONGED.test(String.fromCharCode(c))) expect(c).toBeGreaterThanOrEqual(PROLONGED_LOW);
    expect(PROLONGED.test(String.fromCharCode(PROLONGED_LOW))).toBe(true);
  });
});

describe("the text's highest unit gates the searches above it", () => {
  test.prop([text])('textTop is the highest unit, or 0xffff where kanji digits were read', (t) => {
    let top = 0x7f;
    for (let k = 0; k < t.length; k++) top = Math.max(top, t.charCodeAt(k));
    const read = textTop(t);
    expect(read === top || read === 0xffff).toBe(true);
    // The shadow kept for the next reading of the text is the one every step makes.
    expect(shadowOf(t)).toBe(shadowOfPlain(t));
    expect(shadowTop(shadowOf(t))).toBe(read);
  });

  test.prop([text])("a text below a fold's lowest unit has no fold", (t) => {
    const top = textTop(t);
    if (top < FOLD_START_LOW) expect(wideFoldOf(t)).toBeUndefined();
    if (top < LATIN1_FOLD_LOW) expect(latin1FoldOf(t)).toBeUndefined();
    if (top < JOINS_LOW) expect(holdsJoining(shadowOf(t))).toBe(false);
  });

  // redact asks latin1FoldOf only where textSuperscripts passes (V59c): the fold's note must
  // never say "none" of a text that holds one.
  test.prop([text, text])('textSuperscripts is false only of a text without "¹²³"', (t, u) => {
    shadowOf(t);
    if (!textSuperscripts(t)) {
      expect(/[\u00b2\u00b3\u00b9]/.test(t)).toBe(false);
      expect(latin1FoldOf(t)).toBeUndefined();
    }
    // A text other than the one shadowed last is asked.
    if (u !== t) expect(textSuperscripts(u)).toBe(true);
  });

  test.prop([
    fc.constantFrom('a ² 1', '² ٣ 1', '٣ ² 1', '¹ é', 'é\u00a0³', 'x 1 ¹²³', 'é 1\u0301 ²'),
  ])(
    'not vacuous: a superscript before a fold, after one, or in a text that folds nothing',
    (t) => {
      shadowOf(t);
      expect(textSuperscripts(t)).toBe(true);
      shadowOf(t.replace(/[\u00b2\u00b3\u00b9]/g, '4'));
      expect(textSuperscripts(t.replace(/[\u00b2\u00b3\u00b9]/g, '4'))).toBe(false);
    },
  );

  test('no unit below the bounds starts a fold or joins (all of them)', () => {
    const start = new RegExp(FOLD_START_SOURCE);
    for (let c = 0; c < FOLD_START_LOW; c++) {
      const ch = String.fromCharCode(c);
      expect(start.test(ch) || start.test(`${ch}\udd30`) || start.test(`${ch}\udff0`)).toBe(false);
      if (c < JOINS_LOW) expect(holdsJoining(ch)).toBe(false);
      if (c < LATIN1_FOLD_LOW) expect(latin1FoldOf(`${ch}${ch}1 ${ch}`)).toBeUndefined();
    }
    // Not vacuous: the units at the bounds do.
    expect(start.test(String.fromCharCode(FOLD_START_LOW))).toBe(true);
    expect(holdsJoining(String.fromCharCode(JOINS_LOW))).toBe(true);
    expect(latin1FoldOf('tel ¹²³ ¹²³')?.text).toBe('tel 123 123');
    expect(wideFoldOf('tel ⁴¹¹¹ 𝟒𝟏𝟏')).toBeDefined();
  });
});

describe("hasGlue reads shadowOf's notes as the text searched", () => {
  test.prop([text])('the notes of the text just shadowed', (t) => {
    const shadow = shadowOf(t);
    expect(hasGlue({ text: t, shadow } as never)).toBe(hasGluePlain(t, shadow));
  });

  test.prop([text, text])('a text shadowed before another: no notes, the text searched', (t, u) => {
    const shadow = shadowOf(t);
    shadowOf(`${u}x`);
    if (u !== t.slice(0, -1) || !t.endsWith('x')) expect(shadowNotes(t, shadow)).toBe(0);
    expect(hasGlue({ text: t, shadow } as never)).toBe(hasGluePlain(t, shadow));
  });

  test.prop([text])('a shadow that is not shadowOf(text) has no notes', (t) => {
    const shadow = shadowOf(t);
    expect(shadowNotes(t, `${shadow}1`)).toBe(0);
    expect(hasGlue({ text: t, shadow: `${shadow}&` } as never)).toBe(hasGluePlain(t, `${shadow}&`));
  });

  test.prop([fc.constantFrom('1\u0301 2', '4111\u00ad1111', 'a&nbsp;1', '1=\n2', '1 2')])(
    'not vacuous: the notes answer for texts with glue and without',
    (t) => {
      const shadow = shadowOf(t);
      const notes = shadowNotes(t, shadow);
      expect(notes & 1).toBe(1);
      expect(hasGlue({ text: t, shadow } as never)).toBe(hasGluePlain(t, shadow));
      expect(hasGluePlain(t, shadow)).toBe(t !== '1 2');
    },
  );
});
