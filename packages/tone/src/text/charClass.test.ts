import { describe, expect, it } from 'vitest';
import {
  charInfo,
  FINAL,
  INITIAL,
  isLetterOf,
  KIND,
  kindOf,
  SCRIPT,
  scriptOf,
} from './charClass.js';

// The cost model's two lists of punctuation (cost.ts pairCost), as it states them: what may follow
// a letter and what may precede one in clean text. charInfo carries them as two bits of a class.
const FINAL_OK = '’”»›…–—‐‑‒·•‧¹²³%‰′″׳״،؛؟٪۔։՝՞՜՛';
const INITIAL_OK = '‘’“„‚«‹¿¡–—‐‑·•…£€¥₹₽₺₩₪₫¢$#@';

describe('charInfo', () => {
  it('marks exactly the listed characters FINAL and INITIAL, over the whole BMP', () => {
    const finals = new Set([...FINAL_OK].map((c) => c.codePointAt(0)));
    const initials = new Set([...INITIAL_OK].map((c) => c.codePointAt(0)));
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const info = charInfo(cp);
      if (
        ((info & FINAL) !== 0) !== finals.has(cp) ||
        ((info & INITIAL) !== 0) !== initials.has(cp)
      )
        wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});

describe('isLetterOf', () => {
  it('is a letter of the script asked (or of any with -1), over the whole BMP and every script', () => {
    // Held to its definition from Unicode's own properties, not to kindOf and scriptOf.
    const scripts: [number, RegExp][] = [
      [SCRIPT.latin, /\p{Script=Latin}/u],
      [SCRIPT.greek, /\p{Script=Greek}/u],
      [SCRIPT.cyrillic, /\p{Script=Cyrillic}/u],
      [SCRIPT.hangul, /\p{Script=Hangul}/u],
    ];
    const bad: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCharCode(cp);
      const info = charInfo(cp);
      // ª and º are ordinal signs to the cost model (charClass.ts classify).
      const letter = /\p{L}/u.test(ch) && cp !== 0xaa && cp !== 0xba;
      if (isLetterOf(info, -1) !== letter) bad.push(`any ${cp.toString(16)}`);
      for (const [script, re] of scripts)
        if (isLetterOf(info, script) && !(letter && re.test(ch)))
          bad.push(`${script} ${cp.toString(16)}`);
    }
    expect(bad).toEqual([]);
    expect(isLetterOf(charInfo(0x3b1), SCRIPT.greek)).toBe(true);
    expect(isLetterOf(charInfo(0x3b1), SCRIPT.latin)).toBe(false);
    expect(isLetterOf(charInfo(0x41), SCRIPT.latin)).toBe(true);
    expect(isLetterOf(charInfo(0xb0), -1)).toBe(false);
  });
});

describe('the kana script', () => {
  // Script_Extensions as the runtime's Unicode tables give it (ScriptExtensions.txt): a letter or
  // mark of Script Common or Inherited used with Hiragana and Katakana alone belongs to the kana
  // words it sits in. The prolonged sound mark "ー" was Common to the cost model, so "毽ー琳" paid
  // two script switches (6) and GBK's reading "릩`琳" (2) replaced it (cjkField.prop at
  // FC_SEED=131358625).
  const kanaOnly = (c: string): boolean =>
    /[\p{scx=Hira}]/u.test(c) &&
    /[\p{scx=Kana}]/u.test(c) &&
    /[\p{Script=Common}\p{Script=Inherited}]/u.test(c) &&
    !/[\p{scx=Hani}\p{scx=Latn}\p{scx=Bopo}\p{scx=Hang}\p{scx=Yiii}\p{scx=Copt}]/u.test(c);

  it('holds every letter and mark whose script extensions are Hiragana and Katakana alone', () => {
    const found: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const c = String.fromCodePoint(cp);
      const kind = kindOf(charInfo(cp));
      if ((kind === KIND.letter || kind === KIND.mark) && kanaOnly(c)) {
        found.push(c);
        expect(scriptOf(charInfo(cp)), c).toBe(SCRIPT.kana);
      }
    }
    expect(found.join('')).toBe('〱〲〳〴〵\u3099\u309aーｰﾞﾟ');
  });

  it('reads "ー" inside a kana word and between kanji as the word\'s own letter', () => {
    expect(scriptOf(charInfo(0x30fc))).toBe(SCRIPT.kana);
    expect(scriptOf(charInfo(0x30e9))).toBe(SCRIPT.kana);
    // Not the Chinese and Japanese punctuation that shares those extensions: no letter.
    expect(kindOf(charInfo(0x3001))).not.toBe(KIND.letter);
  });
});
