// The pieces the label prefilter of T63c's ids looks for (nationalIds8.ts LABEL_KEYS_8) against
// the words they stand for: every word of an id's lists, as a customer may type it (lower case,
// composed, decomposed, without its accents, and after "my" in the id's language), holds one of
// its id's pieces, so the prefilter never turns a label away that the scan would read.
import { describe, expect, it } from 'vitest';
import { ID_WORDS_2_IN_COUNTRY } from '../../src/redact/recognizers/nationalIds2.js';
import {
  ID_WORDS_8,
  ID_WORDS_8_IN_COUNTRY,
  LABEL_KEYS_8,
} from '../../src/redact/recognizers/nationalIds8.js';

/** The ways a word may be typed: as listed, in capitals lowered, decomposed, without accents. */
const typed = (word: string) => {
  const lower = word.toLowerCase();
  const nfd = lower.normalize('NFD');
  return [lower, nfd, nfd.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')];
};

describe('every label word holds a piece of its id (LABEL_KEYS_8)', () => {
  for (const id of Object.keys(ID_WORDS_8) as (keyof typeof ID_WORDS_8)[]) {
    it(id, () => {
      const keys = LABEL_KEYS_8[id] as { away: readonly string[]; home: readonly string[] };
      for (const word of ID_WORDS_8[id])
        for (const form of typed(word))
          expect(
            keys.away.some((k) => form.includes(k)),
            `${id}: "${form}"`,
          ).toBe(true);
      const home = [
        ...((ID_WORDS_8_IN_COUNTRY as Record<string, readonly string[]>)[id] ?? []),
        ...ID_WORDS_2_IN_COUNTRY,
      ];
      for (const word of home)
        for (const form of typed(word))
          expect(
            [...keys.away, ...keys.home].some((k) => form.includes(k)),
            `${id} at home: "${form}"`,
          ).toBe(true);
    });
  }
});
