// Superscript and subscript digits (T53a): "card ⁴¹¹¹ ¹¹¹¹ ¹¹¹¹ ¹¹¹¹", "tel ₀₇₉₁₁ ₁₂₃₄₅₆", the "tiny
// text" generators' prints. Each is one ASCII digit in NFKC; two or more together are read as
// theirs, through the copy the Mathematical and circled digits are read through (astralDigits.ts).
// One alone is an exponent or a footnote ("10²", "m²", "Preis 20 €¹"): it stays as written and
// joins no number ("ref 4711²" keeps its "²", "0151 23456789¹" goes without its "¹").
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/index.js';
import { redacted } from './redacted.js';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** `s` with its ASCII digits written in `digits` (SUP or SUB). */
const written = (s: string, digits: string): string =>
  s.replace(/[0-9]/g, (d) => digits[Number(d)] as string);

describe('superscript and subscript digits', () => {
  it('in Latin-1 alone ("¹²³") are read too, though plain turns no longer look for them first', () => {
    // 3111 1111 1111 1212 passes Luhn and is written only with digits Latin-1 has as superscripts:
    // redact looks for those with indexOf only in a text MAY_HOLD_DATA passes (latin1FoldOf).
    const card = written('3111 1111 1111 1212', SUP);
    expect(card).not.toMatch(/[\u2070-\u2089]/);
    expect(redacted(`card ${card} thanks`, 'en-GB').text).toBe('card [CARD] thanks');
    expect(redacted('the room is 12 m² and 3³ = 27', 'en-GB').text).toBe(
      'the room is 12 m² and 3³ = 27',
    );
  });

  it('are one ASCII digit each in NFKC', () => {
    expect(SUP.normalize('NFKC')).toBe('0123456789');
    expect(SUB.normalize('NFKC')).toBe('0123456789');
  });

  it.each([
    ['en-GB', 'card ', '4111 1111 1111 1111', '[CARD]'],
    ['en-GB', 'card ', '4111111111111111', '[CARD]'],
    ['en-GB', 'tel ', '07911 123456', '[PHONE]'],
    ['en-GB', 'tel +', '44 7911 123456', '[PHONE]'],
    ['ja-JP', '電話 ', '090-1234-5678', '[PHONE]'],
    ['de-DE', 'IBAN DE', '89 3704 0044 0532 0130 00', '[IBAN]'],
    ['es-ES', 'DNI ', '12345678Z', '[DNI]'],
  ] as const)('go in either print (%s %s%s)', (locale, label, value, token) => {
    for (const digits of [SUP, SUB]) {
      const w = written(value, digits);
      // A label's "+" or "DE" is the value's: it goes with it.
      const cut = /[+A-Z]+$/.exec(label)?.[0] ?? '';
      const text = `${label}${w}`;
      expect(redacted(text, locale)).toEqual({
        text: `${label.slice(0, label.length - cut.length)}${token}`,
        values: [`${cut}${w}`],
      });
    }
  });

  it.each([
    ['de-DE', 'Preis 20 €¹, Fläche 12 m², 10² Stück'],
    ['en-GB', 'ref 4711², see note ³'],
    ['en-GB', 'H₂O and CO₂, x₁ + x²'],
    ['en-GB', 'order 48213957²'],
  ] as const)('one alone stays as written (%s %s)', (locale, text) => {
    expect(redacted(text, locale)).toEqual({ text, values: [] });
  });

  it('one alone joins no number: a footnote after a value stays after its placeholder', () => {
    expect(redacted('Tel. 0151 23456789¹', 'de-DE')).toEqual({
      text: 'Tel. [PHONE]¹',
      values: ['0151 23456789'],
    });
    expect(redacted('card 4111 1111 1111 1111²', 'en-GB').text).toBe('card [CARD]²');
    // "4111 1111 1111 111" and a footnote "¹" are no card.
    expect(redacted('ref 4111 1111 1111 111¹', 'en-GB').values).toEqual([]);
  });

  it('gives a value in superscripts and in ASCII one token', () => {
    const card = written('4111 1111 1111 1111', SUP);
    const { text, tokens } = redact(`card ${card} or 4111111111111111`, {
      locale: 'en-GB',
      mode: 'pseudonymise',
    });
    expect(text).toBe('card [CARD_1] or [CARD_1]');
    expect(tokens).toEqual({ '[CARD_1]': card });
  });
});

// A message of the labelled corpus with some of its runs of two or more digits written in
// superscripts or subscripts: the same findings at the same offsets (one unit for one).
const CORPUS = generateCorpus(53, 240);

test.prop(
  [fc.nat(CORPUS.length - 1), fc.uniqueArray(fc.nat(60), { maxLength: 30 }), fc.boolean()],
  { numRuns: 200 },
)('writing digit runs in superscripts or subscripts changes no finding', (m, picks, sup) => {
  const { text: base, locale } = CORPUS[m] as (typeof CORPUS)[number];
  let k = 0;
  const text = base.replace(/[0-9]{2,}/g, (r) =>
    picks.includes(k++) ? written(r, sup ? SUP : SUB) : r,
  );
  expect(redact(text, { locale }).findings).toEqual(redact(base, { locale }).findings);
});
