// abbreviationBefore answers an ASCII word without normalising it, and one whose last letter ends
// no abbreviation without copying it: it must say what the plain reading (every word copied,
// normalised and lowered, then looked up) says, at every "." and at any other unit too.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { abbreviationBefore, abbreviationBeforePlain } from './context.js';
import { NUMBER_WORDS } from './keywords.js';

// Words around a full stop: abbreviations in every case, typed composed and decomposed ("Te\u0301l"),
// German compounds that end in "nr", sentence words, and other scripts' letters.
const word = fc.oneof(
  fc.constantFrom(
    'Tel',
    'TEL',
    'tel',
    'Te\u0301l',
    'Tél',
    'réf',
    'Ref',
    'mob',
    'Approx',
    'vgl',
    'ST',
    'Bestellnr',
    'KundenNR',
    'Lieferscheinnr',
    'Kundenauftragsnr',
    'order',
    'hello',
    'number',
    'ok',
    'a',
    'B',
    'ł',
    'سفارش',
    'コート\u3099',
    ...NUMBER_WORDS,
  ),
  fc.string({ unit: fc.constantFrom('a', 'R', 'n', 'é', 'e\u0301', 'Ł', 'ß', 'x', 'T', 'ı', 'K') }),
);

const text = fc
  .array(fc.tuple(word, fc.constantFrom('. ', '.', ' ', '', '1', '\n')), { maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('abbreviationBefore', () => {
  test.prop([text, fc.nat()])('answers as the plain reading does, at every unit', (t, k) => {
    for (let dot = 0; dot <= t.length; dot++)
      expect(abbreviationBefore(t, dot)).toBe(abbreviationBeforePlain(t, dot));
    const at = t.length === 0 ? 0 : k % (t.length + 1);
    expect(abbreviationBefore(t, at)).toBe(abbreviationBeforePlain(t, at));
  });

  it('tells abbreviations from words (the property is not vacuous)', () => {
    const cases: [string, boolean][] = [
      ['Tel. ', true],
      ['TEL. ', true],
      ['Te\u0301l. ', true],
      ['Bestellnr. ', true],
      ['KundenNR. ', true],
      ['hello. ', false],
      ['order. ', false],
      ['B. ', true],
      ['سفارش. ', false],
    ];
    for (const [t, sure] of cases) {
      const dot = t.indexOf('.');
      expect(abbreviationBefore(t, dot)).toBe(sure);
      expect(abbreviationBeforePlain(t, dot)).toBe(sure);
    }
  });
});
