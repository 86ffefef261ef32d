import { charInfo, KIND, kindOf } from './charClass.js';

// French sets a no-break space (U+00A0) between a word and » ; : ! ?. A layer already repaired
// once that reads "été\u00a0»" or "OÙ\u00a0?" holds that space after a letter whose Windows-1252
// (or Latin-1, 1250, ISO-8859-15) byte is a UTF-8 lead: "é\u00a0»" is E9 A0 BB, "頻" (a common Han
// character, costed below "é\u00a0»" by the sloppy reader's margin), and "Ù\u00a0" is D9 A0, "٠"
// (an Arabic-Indic zero, costed nothing beside "O" and "?"). Read one layer further, the space is
// a byte of another character, and the French word comes back as Han or Arabic. So a layer under
// a repair (the engine's inner layers, the sloppy reader's second and third) does not read a
// no-break space that stands so: after a French letter that ends a word of two letters or more,
// before » ; : ! ?. Twice-broken text makes that shape only where its upper layer holds such a
// letter after a letter (its upper layer is mostly signs of the 0x80-0xBF row: "Ã©Â\u00a0Â»"
// alone still reads as "頻"). "Â" and "Ã" are left out as in cost.ts (frenchSpace): their 0xA0
// is a no-break space's own lead byte and "à" (C2 A0, C3 A0).

/** French letters that end a word before a no-break space (lower and upper case; not "Â"). */
const FRENCH_LETTERS = new Set(
  Array.from('àâæçéèêëîïôùûüÿœÀÆÇÉÈÊËÎÏÔÙÛÜŸŒ', (c) => c.codePointAt(0) ?? 0),
);

/** Whether `c` is what French sets after a no-break space that follows a word: » ; : ! ? */
export const isFrenchClose = (c: number): boolean =>
  c === 0xbb || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

/** Windows-1252's letters of its 0x80-0x9F row from U+00C0 on: ƒ Š Œ Ž š œ ž Ÿ. */
const ROW_LETTERS = new Set(Array.from('ƒŠŒŽšœžŸ', (c) => c.codePointAt(0) ?? 0));

/**
 * Whether the letter `cp` may end a French word before a no-break space: an ASCII letter or a
 * letter from U+00C0 on (not the letters of Windows-1252's 0x80-0xBF row, "ƒ š œ ž ª µ º" and
 * their capitals: the second byte of a character broken once, as twice-broken text has them).
 */
const wordLetter = (cp: number | undefined): boolean =>
  cp !== undefined &&
  (cp < 0x80
    ? (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    : cp >= 0xc0 && !ROW_LETTERS.has(cp) && kindOf(charInfo(cp)) === KIND.letter);

/**
 * Whether cps[start, end) holds a no-break space set by French typography, its letter inside the
 * span too (so that a reading of the span takes the space as a byte of the letter's sequence):
 * a no-break space after a French letter that follows a letter, and before » ; : ! ? (inside the
 * span or just after it). The characters around the span are read as context.
 *
 * @param cps - The text's code points (the span and its context).
 * @param start - The span's first index.
 * @param end - The span's end (exclusive).
 * @returns True when a reading of the span would take French typography for a byte.
 */
export function holdsFrenchSpace(cps: readonly number[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++)
    if (
      cps[k] === 0xa0 &&
      FRENCH_LETTERS.has(cps[k - 1] as number) &&
      isFrenchClose(cps[k + 1] as number) &&
      wordLetter(cps[k - 2])
    )
      return true;
  return false;
}
