import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { CodePage } from './codePageList.js';
import { holdsFrenchSpace } from './frenchSpace.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// French sentences with their typography (T57c): a no-break space (U+00A0) or a narrow one
// (U+202F) before ; : ! ? and », after «, between words of a support message. Broken once through
// every page that loses no byte of them, each comes back as it was written (its NFC form).

/** Words of a support message, lower case: accented letters at the end, inside and at the start. */
const WORDS = [
  'été',
  'élève',
  'déjà',
  'où',
  'ça',
  'très',
  'café',
  'reçu',
  'garçon',
  'noël',
  'naïf',
  'hôtel',
  'fenêtre',
  'forêt',
  'août',
  'commande',
  'livraison',
  'remboursé',
  'annulée',
  'prêt',
  'voilà',
  'bientôt',
  'merci',
  'colis',
  'numéro',
  'cassé',
  'abîmé',
  'payé',
  'arrivé',
  'reçue',
  'où',
  'écrit',
];

/** A word as written, in lower case, with a capital, or in capitals (a subject line). */
const word = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom('lower', 'title', 'upper'))
  .map(([w, c]) =>
    c === 'lower' ? w : c === 'upper' ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
  );

/** The space French typography sets: a no-break space or a narrow no-break space. */
const space = fc.constantFrom('\u00a0', '\u202f');

/** A clause of one to four words, a quotation in guillemets, or a clause ending in ; : ! ? */
const clause = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')),
  fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), space, space)
    .map(([ws, a, b]) => `«${a}${ws.join(' ')}${b}»`),
  fc
    .tuple(
      fc.array(word, { minLength: 1, maxLength: 3 }),
      space,
      fc.constantFrom(';', ':', '!', '?'),
    )
    .map(([ws, s, p]) => `${ws.join(' ')}${s}${p}`),
);

// With a no-break space to keep, and a small accented letter: a message whose only broken
// character is one capital stays as it came when that capital's second byte is not 0x80-0x8B
// (a gap of its own, docs/tone.md); "PAYÃ‰", "ARRIVÃ‰ COLIS\u00a0:" come back since T57e
// (cost.test.ts, cost.prop.test.ts).
const sentence = fc
  .array(clause, { minLength: 1, maxLength: 4 })
  .map((cs) => cs.join(' '))
  .filter((t) => /[\u00a0\u202f]/.test(t) && /[à-ÿœ]/.test(t));

/** The pages French mail is mis-decoded through that the brief names. */
const PAGES: readonly CodePage[] = [
  'windows-1252',
  'iso-8859-1',
  'windows-1250',
  'macintosh',
  'iso-8859-15',
];

/** Whether `page` keeps every byte of `text` (no U+FFFD where it has no character). */
const lossless = (text: string, page: CodePage): boolean =>
  !mojibake(text, page, 'strict').includes('\ufffd');

describe('French typography broken once (T57c)', () => {
  test.prop([sentence], { numRuns: 300 })(
    'is left alone clean, and restored through every lossless page',
    (text) => {
      expect(repairText(text).changed, text).toBe(false);
      for (const page of PAGES) {
        if (!lossless(text, page)) continue;
        expect(repairText(mojibake(text, page)).text, `${page}: ${text}`).toBe(
          text.normalize('NFC'),
        );
      }
    },
  );
});

describe('holdsFrenchSpace', () => {
  /** The simple reading: every no-break space of the span, its three neighbours looked at. */
  const oracle = (s: string, start: number, end: number): boolean => {
    const cs = Array.from(s);
    for (let k = start + 1; k < end; k++) {
      if (cs[k] !== '\u00a0') continue;
      const letter = cs[k - 1] ?? '-';
      const before = cs[k - 2] ?? '-';
      const close = cs[k + 1] ?? '-';
      if (
        'àâæçéèêëîïôùûüÿœÀÆÇÉÈÊËÎÏÔÙÛÜŸŒ'.includes(letter) &&
        '»;:!?'.includes(close) &&
        /^[A-Za-z\u00c0-\u{10ffff}]$/u.test(before) &&
        /^\p{L}$/u.test(before) &&
        !'ƒŠŒŽšœžŸ'.includes(before)
      )
        return true;
    }
    return false;
  };
  const text = fc
    .array(fc.constantFrom(...'aOtÉéÙÃÂ©šª\u00a0»?!; x'), { maxLength: 10 })
    .map((cs) => cs.join(''));
  test.prop([text, fc.nat(), fc.nat()], { numRuns: 2000 })(
    'agrees with the simple reading',
    (s, a, b) => {
      const cps = Array.from(s, (c) => c.codePointAt(0) ?? 0);
      const [start, end] = [a % (cps.length + 1), b % (cps.length + 1)].sort((x, y) => x - y);
      expect(holdsFrenchSpace(cps, start as number, end as number)).toBe(
        oracle(s, start as number, end as number),
      );
    },
  );
});
