// Numbers said digit by digit (recognizers/spoken.ts, opt-in for call transcripts): what goes,
// what stays, and a property over cards and phones said in each language's words.

import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';

const said = (text: string, locale: string) =>
  redact(text, { locale, recognizers: spokenNumberRecognizers });

describe('numbers said digit by digit', () => {
  it.each([
    ['pl-PL', 'call me on six zero zero, one two three, four five six', 'call me on [PHONE]'],
    [
      'en-US',
      'my number is two one two, five five five, oh one eight seven. thanks',
      'my number is [PHONE]. thanks',
    ],
    [
      'en-GB',
      'my mobile is oh seven nine double one, one two three four five six',
      'my mobile is [PHONE]',
    ],
    ['en-GB', 'plus four four seven nine double one, one two three four five six', '[PHONE]'],
    [
      'de-DE',
      'meine Handynummer ist null eins fünf eins, zwei drei vier fünf sechs sieben acht neun',
      'meine Handynummer ist [PHONE]',
    ],
    [
      'pl-PL',
      'mój numer to sześć zero zero jeden dwa trzy cztery pięć sześć',
      'mój numer to [PHONE]',
    ],
    ['nl-NL', 'bel me op nul zes een twee drie vier vijf zes zeven acht', 'bel me op [PHONE]'],
    [
      'it-IT',
      'il mio numero è tre quattro sette uno due tre quattro cinque sei sette',
      'il mio numero è [PHONE]',
    ],
    ['es-ES', 'mi móvil es seis uno dos tres cuatro cinco seis siete ocho', 'mi móvil es [PHONE]'],
    [
      'pt-BR',
      'meu celular é um um nove oito sete seis cinco quatro três dois um',
      'meu celular é [PHONE]',
    ],
    // Words and digits mixed, as speech-to-text writes them.
    ['en-US', 'call 2 1 2 five five five 0 1 8 7', 'call [PHONE]'],
    // A word beside the number that is also a digit: "oh" before, "one" after.
    [
      'en-GB',
      'oh, my mobile is oh seven nine one one, one two three four five six',
      'oh, my mobile is [PHONE]',
    ],
    [
      'pl-PL',
      'mój numer to sześć zero zero jeden dwa trzy cztery pięć sześć, jeden more',
      'mój numer to [PHONE], jeden more',
    ],
    [
      'en-US',
      'my card is four one one one one one one one one one one one one one one one',
      'my card is [CARD]',
    ],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale).text).toBe(out);
  });

  it.each([
    // An order's number said aloud, counting, pairs and tens (not read), a number too short.
    ['en-US', 'order number five five one two three nine eight seven'],
    ['en-US', 'I counted one two three four five six seven eight nine ten'],
    ['pt-BR', 'meu celular é onze nove oito sete seis cinco quatro três dois um'],
    ['en-US', 'one two three, and we are live'],
    // Words an object's prototype holds are words.
    ['en-US', 'constructor one two three four five six seven toString eight nine'],
    // A bare number said aloud needs a phone label, as a bare digit run does.
    ['pl-PL', 'it was six zero zero one two three four five six'],
    // Digits only are the built-in recognizers' (which leave this order number).
    ['en-US', 'ticket 212 555 0187'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale).text).toBe(text);
  });

  it('called by hand with something else than a context, fails with a typed error', () => {
    for (const r of spokenNumberRecognizers)
      for (const bad of [
        undefined,
        null,
        'text',
        { lower: 1 },
        { lower: 'a', locale: 'en', country: 7 },
      ])
        expect(() => [...r.find(bad as never)]).toThrow(
          expect.objectContaining({ code: 'privacy/not-a-context' }),
        );
  });

  it('is opt-in: without it a spelled-out number stays as it was', () => {
    const text = 'my card is four one one one one one one one one one one one one one one one';
    expect(redact(text, { locale: 'en-US' }).text).toBe(text);
  });
});

const WORDS: Record<string, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
};
const LOCALES: Record<string, string> = {
  en: 'en-US',
  de: 'de-DE',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  pl: 'pl-PL',
  pt: 'pt-BR',
};
// A phone label and a national number valid in each locale's country (checked below).
const PHONES: Record<string, [string, string]> = {
  en: ['call me on', '2125550187'],
  de: ['Handy', '015123456789'],
  es: ['mi móvil es', '612345678'],
  it: ['chiamami al', '3471234567'],
  nl: ['bel me op', '0612345678'],
  pl: ['tel.', '600123456'],
  pt: ['meu celular é', '11912345678'],
};

const luhnCard = fc
  .tuple(
    fc.integer({ min: 12, max: 18 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
  )
  .map(([n, ds]) => {
    const body = [4, ...ds.slice(0, n - 1)];
    let sum = 0;
    for (let k = 0; k < body.length; k++) {
      let d = body[body.length - 1 - k] as number;
      if (k % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return [...body, (10 - (sum % 10)) % 10].join('');
  });

const spell = (digits: string, lang: string, seps: readonly string[]) =>
  [...digits]
    .map(
      (d, k) =>
        (k === 0 ? '' : (seps[k % seps.length] as string)) + (WORDS[lang] as string[])[Number(d)],
    )
    .join('');

const sep = fc.constantFrom(' ', ', ', ' - ', '-');

describe('a number said in any of the languages', () => {
  it('the property uses valid phone numbers', () => {
    for (const [lang, [, number]] of Object.entries(PHONES))
      expect(isValidPhoneNumber(number, (LOCALES[lang] as string).slice(3) as 'PL')).toBe(true);
  });

  test.prop([
    fc.constantFrom(...Object.keys(WORDS)),
    luhnCard,
    fc.array(sep, { minLength: 1, maxLength: 4 }),
  ])('a card that passes Luhn goes, and exactly its words', (lang, card, seps) => {
    const words = spell(card, lang, seps);
    const text = `numer: ${words}. ok`;
    const r = said(text, LOCALES[lang] as string);
    expect(r.text).toBe('numer: [CARD]. ok');
    expect(r.findings.map((f) => [f.start, f.end])).toEqual([[7, 7 + words.length]]);
  });

  test.prop([
    fc.constantFrom(...Object.keys(WORDS)),
    fc.array(sep, { minLength: 1, maxLength: 4 }),
  ])("a phone after a phone label goes; after an order's label it stays", (lang, seps) => {
    const [label, number] = PHONES[lang] as [string, string];
    const words = spell(number, lang, seps);
    const locale = LOCALES[lang] as string;
    expect(said(`${label} ${words}`, locale).text).toBe(`${label} [PHONE]`);
    const order = `order ${words}`;
    expect(said(order, locale).text).toBe(order);
  });
});
