import { describe, expect, it } from 'vitest';
import { LANGUAGES, misfits, rareDingbats, slot } from './letterFit.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// The table in letters: what LANGUAGES encodes.
const READABLE = [
  'áčďéěíňóřšťúůýž', // cs
  'áäčďéíĺľňóôŕšťúýž', // sk
  'ąćęłńóśźż', // pl
  'áéíóöőúüű', // hu
  'čćđšž', // hr, sl
  'ăâîşţ', // ro
  'çğıöşü', // tr
  'äöüß', // de
  'àâæçéèêëîïôœùûüÿ', // fr
  'áéíñóúü', // es
  'áâãàçéêíóôõú', // pt
  'àèéìíîòóùú', // it
  'åäöšž', // fi, sv
  'æøåé', // da, no
  'áæðéíóöúýþ', // is
  'äöõüšž', // et
  'āčēģīķļņšūž', // lv
  'ąčęėįšųūž', // lt
  'āēīōū', // mi
];

describe('misfits', () => {
  it('encodes the readable lists, one character per letter, no two letters alike', () => {
    const encode = (s: string) => [...s].map((c) => slot(c.charCodeAt(0))).join('');
    expect(LANGUAGES).toEqual(READABLE.map(encode));
    const letters = [...new Set(READABLE.join(''))];
    expect(new Set(letters.map((c) => slot(c.charCodeAt(0)))).size).toBe(letters.length);
    expect(LANGUAGES.join('')).toMatch(/^[\x21-\x81]*$/);
  });

  it('counts the letters no one language writes beside the others', () => {
    expect(misfits('Hvala za vaše sporočilo')).toBe(0);
    expect(misfits('Hvala za vaőe sporočilo')).toBe(1);
    expect(misfits('pöntunin þín, þolinmæðina')).toBe(0);
    expect(misfits('pântunin þín, þolinmæðina')).toBe(1);
    expect(misfits('pacietību, jūsu')).toBe(0);
    expect(misfits('pacietčbu, jōsu')).toBe(1);
    expect(misfits('ÇĞIÖŞÜ, İade')).toBe(0); // capitals fold; İ's dot is not a letter of the table
    expect(misfits('Спасибо, 北京, thanks')).toBe(0);
  });
});

// T61e: two pages read one run as two letters each some language writes, "PeĂąa" as "Peña"
// through ISO-8859-2 (C3 B1) and "Peùa" through Windows-1250 (C3 B9, "ą" is 0xB9 there): misfits
// could not tell them apart and the more common page won. French and Italian write "ù" only where
// a word ends ("où", "più"): glued to a letter after it, the reading counts one misfit more
// (engine.ts fitOf). A run no letter decides: "❤" through ISO-8859-15 ("â\u009d€") read as
// Windows-1252's "❀" until T63g; a dingbat that is no emoji (rareDingbats) counts as a misfit now,
// so the emoji wins, and a true "❀" through Windows-1252 comes back as "❤" (how often each is
// written is all that tells them apart).
describe('a true tie between two pages, told apart by where a letter stands (T61e)', () => {
  it('reads "ñ" inside a word, not "ù", and leaves "ù" that ends a word', () => {
    expect(repairText(mojibake('Peña', 'iso-8859-2')).text).toBe('Peña');
    expect(repairText(mojibake('Señor Peña, gracias', 'iso-8859-2')).text).toBe(
      'Señor Peña, gracias',
    );
    expect(repairText(mojibake('più', 'windows-1250')).text).toBe('più');
    expect(repairText(mojibake('più', 'iso-8859-2')).text).toBe('più');
    expect(repairText(mojibake('Peña', 'windows-1250')).text).toBe('Peña');
  });

  it('reads "₫" through Windows-1257 ("ā‚«"), and leaves Latvian words ending in "ā"', () => {
    expect(repairText(mojibake('₫ 20', 'windows-1257')).text).toBe('₫ 20');
    for (const clean of ['mājā „labi”', 'Kopā‚ 20', 'Rīgā‰'])
      expect(repairText(clean).changed).toBe(false);
  });

  it('reads a run no letter decides as the emoji: "❤" through ISO-8859-15 (T63g)', () => {
    expect(repairText(mojibake('Danke ❤', 'iso-8859-15')).text).toBe('Danke ❤');
    expect(repairText(mojibake('❤', 'iso-8859-15')).text).toBe('❤');
    // The price: a true "❀" through Windows-1252 (its browser variant) reads the same bytes' way.
    expect(repairText(mojibake('Danke ❀', 'windows-1252')).text).toBe('Danke ❤');
    expect(rareDingbats('❀ ✿ ➔ ❤ ✅ ✨')).toBe(3);
  });
});
