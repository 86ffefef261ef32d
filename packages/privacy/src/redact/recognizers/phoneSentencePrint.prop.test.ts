// V62b's readings (issue #14), held to the phone written alone and to the phone oracle
// (test/redact/phoneOracle.ts homePrintedPlain, test/redact/sentenceOracle.ts): an order's word
// that a sentence holds on the phone's line, or a count's unit ("2 items"), labels no phone that
// the country prints with no trunk "0" where the value is printed so ("Where is my order, (201)
// 555-0123", "Gracias por su pedido 612 34 56 78"), a ": " after the word read as its ", " or " - "
// is; an order's number after the same words keeps its label ("Where is my order, 4711 2023").
// Each property failed on base (b1a72bc0), the phone left whole.
// (V63a) The sentence is read only for a valid number of a country that prints some number with
// no trunk (phoneValidity.ts bareAtHome): a print without the trunk its country writes ("151
// 23456789" in Germany, "7400 123456" in Britain) after the same sentences reads as the oracle
// reads it, the sentence no matter.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import type { RecognizerContext } from '../types.js';

// Per locale: a mobile's first national digits and how many follow, and sentences (or counts)
// that end in an order's, a parcel's or an item's word.
const LOCALES: readonly (readonly [string, string, number, readonly string[]])[] = [
  ['it-IT', '3', 9, ['Dove è il mio ordine', 'Grazie per il tuo ordine', 'Il mio pacco']],
  ['en-US', '201', 7, ['Where is my order', 'Thank you for your order', '2 items', 'My parcel']],
  ['es-ES', '6', 8, ['Gracias por su pedido', 'Dónde está mi pedido', 'Mi pedido']],
  ['pl-PL', '5', 8, ['Gdzie jest moje zamówienie', 'Dziękujemy za zamówienie', 'Moja paczka']],
  ['pt-PT', '91', 7, ['Obrigado pela sua encomenda', 'A minha encomenda']],
  ['pt-BR', '119', 8, ['Obrigado pelo seu pedido', 'Meu pedido']],
  ['da-DK', '2', 7, ['Tak for din ordre', 'Min ordre']],
  ['de-DE', '151', 8, ['Frage zu meiner Bestellung', 'Wo ist meine Bestellung', '2 Artikel']],
  ['fr-FR', '6', 8, ['Merci pour votre commande', 'Où est ma commande']],
];
const SEPARATORS = [' ', ', ', ' - ', ': '] as const;
// Order numbers printed in no country's phone groups here (none of them a valid number printed
// as its country prints one).
const ORDERS = ['4711 2023', '4711 2023 2024', '312 345', '2023-4711', '12 34 56'] as const;

/** The phone recognizer and its oracle agree on `text`. */
function agree(text: string, locale: string): void {
  const country = locale.slice(3) as RecognizerContext['country'];
  const [fast, plain] = phoneAndOracle(contextOf(text, locale, country));
  expect(fast).toEqual(plain);
}

// A mobile of the locale's country as libphonenumber prints it at home, valid by its metadata.
const mobile = fc
  .constantFrom(...LOCALES)
  .chain(([locale, head, n, sentences]) =>
    fc.tuple(
      fc.constant(locale),
      fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)).map((tail) => {
        const number = parsePhoneNumberFromString(`${head}${tail}`, locale.slice(3) as CountryCode);
        return number?.isValid() ? number.formatNational() : '';
      }),
      fc.constantFrom(...sentences),
    ),
  )
  .filter(([, phone]) => phone !== '');

describe("V62b's phones after a sentence's order word, printed at home with no trunk", () => {
  test.prop([mobile, fc.constantFrom(...SEPARATORS), fc.constantFrom('', '?', '.', ' danke')], {
    numRuns: 80,
  })(
    "a sentence's order word or a count labels no phone printed at home: it goes as it goes alone",
    ([locale, phone, sentence], between, end) => {
      const text = `${sentence}${between}${phone}${end}`;
      agree(text, locale);
      expect(redact(text, { locale }).text).toBe(
        `${sentence}${between}${redact(phone, { locale }).text}${end}`,
      );
    },
  );

  test.prop(
    [
      fc
        .constantFrom(...LOCALES)
        .chain(([locale, , , sentences]) =>
          fc.tuple(fc.constant(locale), fc.constantFrom(...sentences)),
        ),
      fc.constantFrom(...SEPARATORS),
      fc.constantFrom(...ORDERS),
      fc.constantFrom('', '?', '.'),
    ],
    { numRuns: 60 },
  )(
    "an order's number after the same words stays whole",
    ([locale, sentence], between, order, end) => {
      const text = `${sentence}${between}${order}${end}`;
      agree(text, locale);
      expect(redact(text, { locale }).text).toBe(text);
    },
  );

  // (V63a) Countries whose every print carries its trunk: the value without it.
  const TRUNKED: readonly (readonly [string, string, number])[] = [
    ['de-DE', '151', 8],
    ['fr-FR', '6', 8],
    ['en-GB', '7400', 6],
    ['nl-NL', '6', 8],
    ['ja-JP', '90', 8],
  ];
  const withoutTrunk = fc
    .constantFrom(...TRUNKED)
    .chain(([locale, head, n]) =>
      fc.tuple(
        fc.constant(locale),
        fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)).map((tail) => {
          const number = parsePhoneNumberFromString(
            `${head}${tail}`,
            locale.slice(3) as CountryCode,
          );
          return number?.isValid() ? number.formatNational().replace(/^0/, '') : '';
        }),
      ),
    )
    .filter(([, phone]) => phone !== '');

  test.prop(
    [
      withoutTrunk,
      fc.constantFrom(
        'Where is my order',
        'Wo ist meine Bestellung',
        'Où est ma commande',
        'Mijn pakket',
        '2 items',
      ),
      fc.constantFrom(...SEPARATORS),
      fc.constantFrom('', '?', '.'),
    ],
    { numRuns: 60 },
  )(
    'a print without the trunk its country writes, after the same words: as the oracle reads it',
    ([locale, phone], sentence, between, end) => {
      agree(`${sentence}${between}${phone}${end}`, locale);
    },
  );
});
