import { describe, expect, it } from 'vitest';
import { LANGUAGES, misfits, slot } from './letterFit.js';

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
