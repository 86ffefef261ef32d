import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { charInfo, SCRIPT, scriptOf } from './charClass.js';
import { CJK_FROM, endsSegment, oneCodePoint, SEGMENT_ENDS } from './loneCjk.js';
import { repairText } from './repairText.js';

// The cheap tests withoutLoneCjk asks of every character it passes, held to the plain ones they
// replaced: a Set of the segment ends, a spread of the repair's text, each character's script.

describe('endsSegment', () => {
  it('answers as a Set of SEGMENT_ENDS on every code point', () => {
    const ends = new Set(Array.from(SEGMENT_ENDS, (c) => c.codePointAt(0) ?? 0));
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (endsSegment(cp) !== ends.has(cp)) wrong.push(cp);
    expect(wrong).toEqual([]);
    expect(ends.size).toBe(15);
  });
});

describe('oneCodePoint', () => {
  it('counts as a spread does, lone surrogates included', () => {
    for (const s of [
      '',
      'a',
      'é',
      '\u{1F600}',
      '\ud800',
      '\udc00',
      '\udc00\ud800',
      'ab',
      'e\u0301',
    ])
      expect(oneCodePoint(s), JSON.stringify(s)).toBe([...s].length === 1);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 3 })])('agrees with a spread', (s) => {
    expect(oneCodePoint(s)).toBe([...s].length === 1);
  });
});

describe('CJK_FROM', () => {
  it('has no Han, kana or Hangul character below it, and a Hangul jamo at it', () => {
    const cjk = [SCRIPT.han, SCRIPT.kana, SCRIPT.hangul] as number[];
    const below: number[] = [];
    for (let cp = 0; cp < CJK_FROM; cp++) if (cjk.includes(scriptOf(charInfo(cp)))) below.push(cp);
    expect(below).toEqual([]);
    expect(scriptOf(charInfo(CJK_FROM))).toBe(SCRIPT.hangul);
  });
});

describe('a Hangul repair in a word holding a clean syllable', () => {
  it('leaves "가g챨" as it is (was "가gð": "챨" is EUC-KR C3 B0, the UTF-8 of "ð")', () => {
    // A Latin word broken through EUC-KR holds Hangul only where its letters broke, each a repair:
    // "가", which no page reads, makes the word Korean (loneCjk.ts, T64g).
    expect(repairText('가g챨').changed).toBe(false);
    expect(repairText('주문 가g챨 확인').changed).toBe(false);
    // A Latin word alone, or two broken letters, still come back.
    expect(repairText('Caf챕 Zo챘').text).toBe('Café Zoë');
    expect(repairText('Vi챨 er').text).toBe('Við er');
  });

  it('leaves "Apple책 3권" as it is (was "Appleå 3권"): one clean syllable in the segment (T65d)', () => {
    // "책" (book) is EUC-KR C3 A5, the UTF-8 of "å"; "권" (volume) is B1 C7, no UTF-8: Korean.
    expect(repairText('Apple책 3권').changed).toBe(false);
    expect(repairText('iPhone천 1대').changed).toBe(false); // was "iPhoneõ 1대"
    // A segment's end still bounds the look, and a Latin word broken alone still comes back.
    expect(repairText('Caf챕, 3권').text).toBe('Café, 3권');
    expect(repairText('Jos챕 Mu챰oz').text).toBe('José Muñoz');
  });
});
