// T55e: two shortcuts of the look-alikes T54b kept, each held to the reading it stands for.
// - versionWordIn (ip.ts's walk over the words before a dotted quad) answers a word with no unit
//   where a version word's first units stand without the scan: the same as lastEnd over VERSION_WORDS.
// - A language's own reference words (keywords.ts LANGUAGE_REFERENCE_WORDS) are indexed from the
//   shared words' index (context.ts indexOf with `own`): every look-up the same as over an index
//   of the whole list made word by word.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contextBefore, lastEnd, referenceWords, versionWordIn } from './context.js';
import { LANGUAGE_REFERENCE_WORDS, REFERENCE_WORDS, VERSION_WORDS } from './keywords.js';
import type { RecognizerContext } from './types.js';

const piece = fc.oneof(
  fc.constantFrom(
    ...VERSION_WORDS,
    ...REFERENCE_WORDS.slice(0, 20),
    ...Object.values(LANGUAGE_REFERENCE_WORDS).flat(),
    'Versión de la aplicación',
    'Anúncio',
    'OFERTA NR',
    'oferta numer',
    'anuncio',
    'server',
    'from',
    'IP',
    "l'app",
    'a\u0301',
    'ト\u3099',
    ' ',
    '  ',
    ': ',
    '\n',
    '5.2.0.1',
    'x',
  ),
  fc.string({ maxLength: 5 }),
);
const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));

function contextOf(t: string, locale = 'en'): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale, country: undefined };
}

describe('versionWordIn', () => {
  test.prop([text, fc.nat(), fc.nat(), fc.boolean()], { numRuns: 2000 })(
    'agrees with lastEnd over VERSION_WORDS on every stretch, the text read first or not',
    (t, a, b, read) => {
      // contextBefore notes the text (readingText): the shortcut is taken only for it.
      if (read) contextBefore(contextOf(t), t.length, VERSION_WORDS, 16);
      const from = a % (t.length + 1);
      const to = from + (b % (t.length + 1 - from));
      expect(versionWordIn(t, from, to)).toBe(lastEnd(t, from, to, VERSION_WORDS) >= 0);
    },
  );
});

// The whole list of each language with words of its own, copied: a new array is indexed anew, word
// by word, as every list was before T55e. English reads the shared words alone: a language's own
// words indexed into the shared index's lists (not copies) would be read for it too.
const whole = new Map(
  [...Object.keys(LANGUAGE_REFERENCE_WORDS), 'en'].map((language) => [
    language,
    [...referenceWords(language)],
  ]),
);

describe("a language's own reference words", () => {
  test.prop([text, fc.nat(), fc.nat(), fc.constantFrom(...whole.keys())], { numRuns: 2000 })(
    'read as over an index of the whole list',
    (t, a, b, language) => {
      const from = a % (t.length + 1);
      const to = from + (b % (t.length + 1 - from));
      const words = referenceWords(`${language}-XX`);
      if (language === 'en') expect(words).toBe(REFERENCE_WORDS);
      expect(words).not.toBe(whole.get(language));
      expect(lastEnd(t, from, to, words)).toBe(
        lastEnd(t, from, to, whole.get(language) as readonly string[]),
      );
    },
  );
});
