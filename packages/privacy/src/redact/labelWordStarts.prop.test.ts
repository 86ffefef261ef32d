// A label word that starts with a Greek or an Arabic letter labels only where a word starts, as a
// Latin or a Cyrillic one does (V62d, issue #14): "κινητό" inside "αυτοκίνητο" (a car), Arabic
// "تواصل" inside "متواصل" (continuous) name no phone; an Arabic word may follow the particles
// written onto it ("للتواصل", "بالجوال", "والتواصل"). Polish "kom." is no label in a Nordic text
// (came). The scan (contextBefore, phoneLabelsBefore: startsAt and arabicCliticsBefore) is held to
// the plain reading (contextBeforePlain: startsWord and its pattern of the particles) on texts of
// those words glued after letters and particles, and a word glued after a letter that is no
// particle names nothing.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contextBefore, contextBeforePlain, phoneLabelsBefore } from './context.js';
import { PHONE_WORDS, VERSION_WINDOW, VERSION_WORDS } from './keywords.js';
import type { RecognizerContext } from './types.js';

function contextOf(t: string, locale: string): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale, country: undefined };
}

// The phone words that start with a Greek or an Arabic letter.
const WORDS = PHONE_WORDS.filter((w) => /^[\u0370-\u03ff\u0600-\u06ff]/.test(w));
// Letters that are no particle, glued before a word: Greek, Arabic, Persian, Latin.
const GLUE = ['α', 'μ', 'Προσ', 'م', 'ت', 'ن', 'ی', 'پ', 'x'];
// Arabic particles written onto a word, alone and as they join.
const PARTICLES = ['و', 'ف', 'ب', 'ل', 'ك', 'ک', 'ال', 'لل', 'بال', 'كال', 'وال', 'فلل', 'ولل'];

const piece = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...GLUE),
  fc.constantFrom(...PARTICLES),
  fc.constantFrom(' ', ': ', '\n', '123', '. ', 'kom.', 'Kom. ', '\u064e', '\u0301'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const LOCALES = ['el-GR', 'ar-EG', 'fa-IR', 'sv-SE', 'pl-PL', 'da'] as const;

describe('label words of Greek and Arabic start a word', () => {
  test.prop([text, fc.constantFrom(...LOCALES)], { numRuns: 400 })(
    'the scan finds what the plain reading finds, at every start',
    (t, locale) => {
      const context = contextOf(`${t} 2121860353`, locale);
      for (let start = 0; start <= context.shadow.length; start++) {
        expect([start, contextBefore(context, start, PHONE_WORDS)]).toEqual([
          start,
          contextBeforePlain(context, start, PHONE_WORDS),
        ]);
        expect([start, phoneLabelsBefore(context, start)]).toEqual([
          start,
          {
            version:
              contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW, false) === 'own',
            phone: contextBeforePlain(context, start, PHONE_WORDS, undefined, false),
          },
        ]);
      }
    },
  );

  test.prop([fc.constantFrom(...WORDS), fc.constantFrom(...GLUE), fc.constantFrom(...LOCALES)])(
    'a word glued after a letter that is no particle names nothing',
    (word, glue, locale) => {
      const t = `${glue}${word} 2121860353`;
      const context = contextOf(t, locale);
      const start = t.length - 10;
      expect(phoneLabelsBefore(context, start).phone).toBe('none');
      expect(contextBeforePlain(context, start, PHONE_WORDS, undefined, false)).toBe('none');
    },
  );

  test.prop([
    fc.constantFrom(...WORDS.filter((w) => /^[\u0600-\u06ff]/.test(w))),
    fc.constantFrom(...PARTICLES),
  ])('an Arabic word after its particles still labels', (word, particles) => {
    const t = `${particles}${word} 2121860353`;
    const context = contextOf(t, 'ar-EG');
    expect(phoneLabelsBefore(context, t.length - 10).phone).toBe('own');
  });

  it('reads "kom." by the text\'s language (the properties are not vacuous)', () => {
    const kind = (t: string, locale: string) =>
      phoneLabelsBefore(contextOf(`${t} 2121860353`, locale), t.length + 1).phone;
    expect(kind('kom.', 'pl-PL')).toBe('own');
    expect(kind('kom.', 'en')).toBe('own');
    expect(kind('Paketet kom.', 'sv-SE')).toBe('none');
    expect(kind('kom.', 'nb')).toBe('none');
    expect(kind('αυτοκίνητο', 'el-GR')).toBe('none');
    expect(kind('κινητό', 'el-GR')).toBe('own');
    expect(kind('متواصل', 'ar-EG')).toBe('none');
    expect(kind('للتواصل', 'ar-EG')).toBe('own');
    expect(kind('التجوال', 'ar-SA')).toBe('none');
    expect(kind('بالجوال', 'ar-SA')).toBe('own');
  });
});
