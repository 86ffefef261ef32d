// The label scan (context.ts scanSlots) passes a space at once where no word of any list starts
// with one, and an ASCII unit no word of the scan's lists starts with (a digit, most punctuation)
// without reading the tables of its unit and pair (T53c). Held to the plain reading
// (contextBeforePlain: lastEnd per list, which reads the tables alone) on lists of a recognizer's
// own words that start with a space, a digit or a punctuation mark, and on texts of those words,
// their near misses and the units the scan passes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contextBefore, contextBeforePlain } from './context.js';
import type { RecognizerContext } from './types.js';

function contextOf(t: string, locale = 'en'): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale, country: undefined };
}

// Own lists whose words start with what the scan passes: a space, a digit, punctuation.
const SPACED = [' no', ' qz', 'tel'];
const MARKED = ['#x', '1st', '-id', ':ab', ',q'];
const LISTS = [SPACED, MARKED] as const;

const piece = fc.constantFrom(
  ' no',
  ' qz',
  ' n',
  'no',
  'tel',
  '#x',
  '#',
  '1st',
  '1s',
  '-id',
  '-',
  ':ab',
  ': ',
  ',q',
  ', ',
  ' ',
  '  ',
  '123',
  '. ',
  '\n',
  'x',
  'order ',
);
const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('the units the label scan passes', () => {
  test.prop([text, fc.constantFrom(...LISTS), fc.constantFrom('en', 'de', 'vi')], {
    numRuns: 500,
  })('find what the plain reading finds, at every start', (t, own, locale) => {
    const context = contextOf(`${t} 600123456`, locale);
    for (let start = 0; start <= context.shadow.length; start++)
      expect([start, contextBefore(context, start, own)]).toEqual([
        start,
        contextBeforePlain(context, start, own),
      ]);
  });

  it('reads the words that start with them (the property is not vacuous)', () => {
    const kind = (t: string, own: readonly string[]) =>
      contextBefore(contextOf(`${t} 1`), t.length + 1, own);
    expect(kind('call no', SPACED)).toBe('own');
    expect(kind('call qz', SPACED)).toBe('own');
    expect(kind('blue n', SPACED)).toBe('none');
    expect(kind('item #x', MARKED)).toBe('own');
    expect(kind('1st', MARKED)).toBe('own');
    expect(kind('a-id', MARKED)).toBe('own');
    expect(kind('a:ab', MARKED)).toBe('own');
    expect(kind('a,q', MARKED)).toBe('own');
    expect(kind('a, q', MARKED)).toBe('none');
  });
});
