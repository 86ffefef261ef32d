// A shortcut of phone.ts against the reading it replaced, kept here as its oracle: labelledAfter
// with the first unit after the number looked up before any word is read (old: every word read).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldedEnd, foldedList } from '../foldedEnd.js';
import { PHONE_NUMBER_WORDS_AFTER, PHONE_WORDS_AFTER } from '../keywords.js';
import { labelledAfter } from './phone.js';

function labelledAfterPlain(shadow: string, end: number, named = false): boolean {
  let at = end;
  while (shadow.charCodeAt(at) === 32 && at < end + 4) at++;
  for (const word of foldedList(PHONE_NUMBER_WORDS_AFTER))
    if (foldedEnd(shadow, at, word, at + 24) >= 0) return true;
  if (!named)
    for (const word of foldedList(PHONE_WORDS_AFTER))
      if (foldedEnd(shadow, at, word, at + 24) >= 0) return true;
  return false;
}

const WORDS = [...PHONE_NUMBER_WORDS_AFTER, ...PHONE_WORDS_AFTER];
// Text after a number: a word of the lists (upper case, cut, a mark after a letter) or not.
const after = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '     '),
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...WORDS).map((w) => w.toUpperCase()),
      fc.constantFrom(...WORDS).map((w) => w.slice(0, -1)),
      fc.constantFrom(...WORDS).map((w) => `${w.charAt(0)}\u0301${w.slice(1)}`),
      fc.string({ maxLength: 8 }),
    ),
    fc.constantFrom('', ' please', '\n'),
  )
  .map((p) => p.join(''));

describe('labelledAfter answers as it did when it read every word', () => {
  test.prop([fc.constantFrom('600 123 456', '', 'tel 0151'), after, fc.boolean()], {
    numRuns: 3000,
  })('same answer, named or not', (before, rest, named) => {
    const shadow = before + rest;
    expect(labelledAfter(shadow, before.length, named)).toBe(
      labelledAfterPlain(shadow, before.length, named),
    );
  });

  it('finds a word after the number (the property is not vacuous)', () => {
    expect(labelledAfter('9876543210 पर कॉल करें', 10)).toBe(true);
    expect(labelledAfter('0532 418 27 90 NUMARASİNDAN ARAYIN', 14, true)).toBe(true);
    expect(labelledAfter('600 123 456 is mine', 11)).toBe(false);
  });
});
