// V61c (issue #14): a card or a phone number beside an amount, a month and a year or a time, one
// space between. "06/2026 4111 1111 1111 1111" and "5594 2833 3821 7535 2025-12" left the card
// whole (a month and a year was no token of tokenAfter.ts), "carta 2221 3496 3518 0458 1849.71"
// too (an amount's whole part of four digits, no thousands' mark, was none), "am 1,002.06 4111 …"
// went as "am 1,[PHONE]" (the phone's span started after the comma and dialled out "002.06 4111 1"
// with "00") and "12,50 4711 0815 …" as "12,[PHONE] [PHONE]". Stated as the law: a card printed
// as cards are goes beside any such token of eight locales, and the token stays as written; a
// phone's span that starts after the comma of an amount starts past it, and the phone reading
// agrees with its oracle (test/redact/phoneOracle.ts withoutLeadAmount, its own reading) there.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cardPrint, luhnRuns } from '../../../test/redact/cardPrints.js';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';

// Cards of each network at a length it issues, in fours (spaces or dashes), Amex's 4-6-5, or whole.
const card = cardPrint([
  ['4', 16],
  ['51', 16],
  ['2221', 16],
  ['6011', 16],
  ['35', 16],
  ['62', 16],
  ['37', 15],
]);

const LOCALES = ['de-DE', 'fr-FR', 'it-IT', 'es-ES', 'en-US', 'en-GB', 'pt-BR', 'pl-PL'];
const two = (n: number) => String(n).padStart(2, '0');

/** A month and a year of four digits (either order), or an amount of four to six digits. */
const token = (locale: string) => {
  const dec = ['en-US', 'en-GB'].includes(locale) ? '.' : ',';
  return fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1950, max: 2049 }),
        fc.constantFrom('/', '.', '-'),
        fc.boolean(),
      )
      .map(([m, y, s, first]) => (first ? `${two(m)}${s}${y}` : `${y}${s}${two(m)}`)),
    fc
      .tuple(fc.integer({ min: 1000, max: 999999 }), fc.integer({ min: 0, max: 99 }))
      .map(([w, c]) => `${w}${dec}${two(c)}`),
  );
};

// (V63c.) Before the card only: a year alone (1900-2099), or an amount with its cents after a
// point and no sign, of one to three digits.
const lead = fc.oneof(
  fc.integer({ min: 1900, max: 2099 }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }))
    .map(([w, c]) => `${w}.${two(c)}`),
);

describe('a card beside a month and a year or a long amount (V61c)', () => {
  test.prop(
    [
      fc.constantFrom(...LOCALES).chain((l) => fc.tuple(fc.constant(l), token(l), card)),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('the card goes and the token stays as written', ([locale, t, c], after) => {
    const text = after ? `card ${c} ${t}` : `card ${t} ${c}`;
    const out = redact(text, { locale }).text;
    expect(luhnRuns(out), text).toEqual([]);
    // The token stays, unless a phone's reading takes the card's last group and the token with
    // it: the union goes whole, one placeholder. (An amount no longer, since V63c: "card 5164
    // 2078 9826 9727 1974.04" in de-DE; a month and its year after a "/" still, "card 4000 0000
    // 0508 0207 1950/01", auditSession63TokensBeside2's LEFT.)
    const want = after ? `card [CARD] ${t}` : `card ${t} [CARD]`;
    if (out !== want) expect(out, text).toMatch(/^card \[[A-Z]+\]$/);
  });

  // V63c: "ref 2026 4111 1111 1111 1111" left the card whole (a tracking number's first group in
  // fours), "Karte 43.33 6011 1966 5555 6082" went as "Karte [CARD]" in de-DE (the amount's
  // digits read as a German number's first groups, and the card's union with it).
  test.prop([fc.constantFrom(...LOCALES), lead, card, fc.constantFrom('ref ', 'Karte ', '')], {
    numRuns: 300,
  })('after a year alone or an amount without its sign, the card goes', (locale, t, c, word) => {
    const text = `${word}${t} ${c}`;
    const out = redact(text, { locale }).text;
    expect(luhnRuns(out), text).toEqual([]);
    // The token stays, unless it reads with the card's first groups as one valid number of the
    // locale (Germany's and Italy's numbers have many lengths): nothing is then left in clear.
    if (out !== `${word}${t} [CARD]`) expect(out, text).toMatch(/^(?:ref |Karte )?\[[A-Z]+\]$/);
  });
});

// An amount whose decimals, or thousands, start the phone's span after a comma: en-GB's and
// en-US's "1,002.06", a comma's decimals elsewhere ("12,50").
const amount = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([a, b, c]) => [`${a},${String(b).padStart(3, '0')}.${two(c)}`, 'en-GB'] as const),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }))
    .map(([w, c]) => [`${w},${two(c)}`, 'de-DE'] as const),
);

describe('a card after an amount with a comma (V61c)', () => {
  test.prop([amount, card, fc.constantFrom('', 'am ', 'Summe ')], { numRuns: 300 })(
    'the card goes and the amount stays as written',
    ([t, locale], c, lead) => {
      const out = redact(`${lead}${t} ${c}`, { locale }).text;
      expect(out).toBe(`${lead}${t} [CARD]`);
    },
  );
});

const NUMBERS = [
  ['de-DE', '0151 23456789'],
  ['de-DE', '+49 30 1234567'],
  ['en-GB', '0044 20 7946 0018'],
  ['en-GB', '07911 123456'],
  ['fr-FR', '06 12 34 56 78'],
  ['pl-PL', '+48 601 234 567'],
  ['en-US', '(212) 555-0187'],
] as const;

describe('a phone after an amount with a comma (V61c)', () => {
  test.prop(
    [
      fc.constantFrom(...NUMBERS),
      amount,
      fc.constantFrom(' ', ',', ', '),
      // (No currency nor amount's word before it: the oracle reads none, and the windows read the
      // decimals after one, phone.ts centsAhead.)
      fc.constantFrom('', 'tel ', 'am '),
    ],
    { numRuns: 300 },
  )('the phone reading agrees with its oracle', ([locale, number], [t], mark, lead) => {
    const text = `${lead}${t}${mark === ' ' ? ' ' : mark}${number}`;
    const [phone, oracle] = phoneAndOracle(contextOf(text, locale, locale.slice(3) as never));
    expect(phone, text).toEqual(oracle);
  });
});

// A month and a year after a number, a space between (the span held both, and no number was read:
// "+48 512 448 376 01/1991").
const monthYear = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1950, max: 2049 }),
    fc.constantFrom('/', '.', '-'),
    fc.boolean(),
  )
  .map(([m, y, s, first]) => (first ? `${two(m)}${s}${y}` : `${y}${s}${two(m)}`));

describe('a phone before a month and a year (V61c)', () => {
  test.prop([fc.constantFrom(...NUMBERS), monthYear, fc.constantFrom('', 'tel ')], {
    numRuns: 300,
  })(
    'the number goes, the month and the year stay, as the oracle reads it',
    ([locale, number], t, lead) => {
      const text = `${lead}${number} ${t}`;
      const [phone, oracle] = phoneAndOracle(contextOf(text, locale, locale.slice(3) as never));
      expect(phone, text).toEqual(oracle);
      expect(redact(text, { locale }).text, text).toBe(`${lead}[PHONE] ${t}`);
    },
  );
});
