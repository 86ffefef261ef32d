// Numbers said digit by digit (recognizers/spoken.ts, opt-in for call transcripts): what goes,
// what stays, and a property over cards and phones said in each language's words; French phone
// numbers said in pairs, with a property whose numerals are written here from the grammar.

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
    // A reference word names no number in the next sentence (T29a), as for digits written out.
    [
      'de-DE',
      'Bestellung ist da. null eins fünf eins zwei drei vier fünf sechs sieben acht neun',
      'Bestellung ist da. [PHONE]',
    ],
    // Nor after a stop and two closing marks (T30c: one mark ended the sentence, two nothing).
    [
      'de-DE',
      '(Er sagte: "Die Bestellung ist da.") null eins fünf eins zwei drei vier fünf sechs sieben acht neun',
      '(Er sagte: "Die Bestellung ist da.") [PHONE]',
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
    // An abbreviation's full stop ends no sentence: the order's number stays.
    ['de-DE', 'Bestellnr. null eins fünf eins zwei drei vier fünf sechs sieben acht neun'],
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
    // In the sentence after an order's, the number is read as if no label stood before it.
    expect(said(`Order came. ${words}`, locale).text).toBe(
      `Order came. ${said(words, locale).text}`,
    );
  });
});

describe('French: a phone number said in pairs', () => {
  it.each([
    [
      'fr-FR',
      'mon numéro est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
      'mon numéro est [PHONE]',
    ],
    // Accents dropped and hyphens as spaces, as speech-to-text writes them.
    [
      'fr-FR',
      'mon portable zero six douze trente quatre cinquante six soixante dix huit merci',
      'mon portable [PHONE] merci',
    ],
    // A comma ends a pair: "quatre-vingts, onze" is 80 then 11, "quatre-vingt-onze" is 91.
    [
      'fr-FR',
      'appelez-moi au zéro six, douze, vingt et un, quatre-vingts, onze',
      'appelez-moi au [PHONE]',
    ],
    [
      'fr-FR',
      'appelez-moi au zéro six, douze, vingt et un, quatre-vingt-onze, onze',
      'appelez-moi au [PHONE]',
    ],
    [
      'fr-FR',
      'plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit',
      '[PHONE]',
    ],
    // Belgian tens, and "et un" after them.
    [
      'fr-BE',
      'mon gsm: zéro quatre septante-six, nonante et un, douze, trente-quatre',
      'mon gsm: [PHONE]',
    ],
    // Digit by digit also works in French.
    [
      'fr-FR',
      'mon numéro: zéro six un deux trois quatre cinq six sept huit',
      'mon numéro: [PHONE]',
    ],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale).text).toBe(out);
  });

  it.each([
    ['fr-FR', 'commande numéro zéro six douze trente-quatre cinquante-six soixante-dix-huit'],
    ['fr-FR', "j'ai trois enfants et deux chats, vingt ans"],
    ['fr-FR', 'il a payé quatre-vingt-dix-neuf euros et vingt centimes le six mars'],
    // Four pairs only: no French number.
    ['fr-FR', 'appelez-moi au zéro six, douze, vingt et un, quatre vingt onze'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale).text).toBe(text);
  });

  it('reads pairs with only spaces between as compounds: "soixante dix" is 70', () => {
    // 06 12 60 10 11 said with spaces only reads as 06 12 70 11: one digit short, no number. A
    // comma between the pairs, as speech-to-text writes a pause, reads it.
    const spaced = 'mon numéro zéro six douze soixante dix onze';
    expect(said(spaced, 'fr-FR').text).toBe(spaced);
    expect(said('mon numéro zéro six, douze, soixante, dix, onze', 'fr-FR').text).toBe(
      'mon numéro [PHONE]',
    );
  });

  // French numerals from 0 to 99, written here from the grammar (not the recognizer's tables).
  const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  const TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
  const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
  const below20 = (n: number, join: string): string =>
    n < 10
      ? (UNITS[n] as string)
      : n < 17
        ? (TEENS[n - 10] as string)
        : `dix${join}${UNITS[n - 10]}`;
  const numeral = (n: number, join: string): string => {
    if (n < 20) return below20(n, join);
    if (n < 70) {
      const t = TENS[Math.floor(n / 10)] as string;
      const u = n % 10;
      return u === 0 ? t : u === 1 ? `${t} et un` : `${t}${join}${UNITS[u]}`;
    }
    if (n < 80) return n === 71 ? 'soixante et onze' : `soixante${join}${below20(n - 60, join)}`;
    return n === 80 ? 'quatre-vingts' : `quatre${join}vingt${join}${below20(n - 80, join)}`;
  };

  const frenchMobile = fc
    .tuple(
      fc.constantFrom('6', '7'),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
    )
    .map(([first, rest]) => `0${first}${rest.join('')}`)
    .filter((n) => isValidPhoneNumber(n, 'FR'));

  test.prop([frenchMobile, fc.constantFrom('-', ' '), fc.constantFrom(', ', ' , ')])(
    'a French mobile said in pairs goes after a phone label, and stays after an order label',
    (number, join, pause) => {
      const pairs = [0, 2, 4, 6, 8].map((k) => {
        const pair = number.slice(k, k + 2);
        // A pair with a leading zero is said as two digits: "zéro six".
        return pair.startsWith('0')
          ? `zéro ${UNITS[Number(pair[1])]}`
          : numeral(Number(pair), join);
      });
      const words = pairs.join(pause);
      const r = said(`mon numéro est ${words}`, 'fr-FR');
      expect(r.text).toBe('mon numéro est [PHONE]');
      expect(r.findings.map((f) => f.end)).toEqual([15 + words.length]);
      const order = `commande numéro ${words}`;
      expect(said(order, 'fr-FR').text).toBe(order);
    },
  );
});
