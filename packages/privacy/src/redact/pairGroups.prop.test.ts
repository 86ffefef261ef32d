// The label scan's pairEnd reads, of a pair's words, the group of the text's third unit and the
// two-unit words alone (V64e); reading every word of the list, as before, is its oracle: the label
// readings agree at every start of texts made of the lists' words, cut, changed at their third
// unit, upper-cased or typed decomposed, beside digits and stops.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import { contextBefore, phoneLabelsBefore, readPairsWhole } from './context.js';
import { lowerSameLength } from './digits.js';
import { ID_WORDS, PHONE_WORDS, REFERENCE_WORDS, VERSION_WORDS } from './keywords.js';
import type { RecognizerContext } from './types.js';

const WORDS = [...PHONE_WORDS, ...REFERENCE_WORDS, ...VERSION_WORDS, ...ID_WORDS.pesel];

// A list's word as written, cut after its second unit or later, its third unit changed to a
// neighbour's, upper-cased, or with a mark typed after its second unit.
const word = fc.tuple(fc.constantFrom(...WORDS), fc.nat(6), fc.nat(3)).map(([w, how, at]) => {
  if (how === 0 && w.length > 2) return w.slice(0, 2 + (at % (w.length - 1)));
  if (how === 1 && w.length > 2)
    return `${w.slice(0, 2)}${String.fromCharCode(w.charCodeAt(2) + (at % 2 === 0 ? 1 : -1))}${w.slice(3)}`;
  if (how === 2) return w.toUpperCase();
  if (how === 3 && w.length > 2) return `${w.slice(0, 2)}\u0301${w.slice(2)}`;
  return w;
});

const text = fc
  .array(
    fc.oneof(word, fc.constantFrom(' ', ': ', '\n', '. ', '123', 'x', '#', 'nr ', '0151 2345')),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

const locale = fc.constantFrom('en', 'de-DE', 'pl-PL', 'tr-TR', 'vi-VN', 'ru-RU', 'ja-JP');

function contextOf(t: string, tag: string): RecognizerContext {
  return { text: t, shadow: t, lower: lowerSameLength(t), locale: tag, country: undefined };
}

/** The label readings at every start of `t`, with pairEnd reading every word or not. */
function readings(t: string, tag: string, whole: boolean): string[] {
  readPairsWhole(whole);
  const context = contextOf(t, tag);
  const out: string[] = [];
  for (let start = 0; start <= t.length; start++) {
    const { version, phone } = phoneLabelsBefore(context, start);
    out.push(`${version}/${phone}/${contextBefore(context, start, ID_WORDS.pesel)}`);
  }
  return out;
}

describe('pairEnd reads a pair group by its third unit', () => {
  afterEach(() => readPairsWhole(false));
  test.prop([text, locale], { numRuns: 600 })(
    'the same labels as reading every word of the pair',
    (t, tag) => {
      expect(readings(t, tag, false)).toEqual(readings(t, tag, true));
    },
  );
});
