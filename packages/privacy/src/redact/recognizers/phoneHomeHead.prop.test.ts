// V54a (issue #14, phone.ts): an international number, then numbers of its country wrapped after
// their first group, after a value of its own or lone digits or nothing: "+1 212 555-0187
// 212\n555-0187" (readHomeHead), "Bestellung 4711 +44 7911 123456 0151\n23456789"
// (splitTrailingGroup's codeAfterValue), "tel 1 +1\n212 555-0187" (shortHead past lone digits).
// Two properties: the recognizer finds what its oracle (test/redact/phoneOracle.ts) finds; and end
// to end, where on one line the numbers all go, wrapped they leave no digit of theirs.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';
import type { RecognizerContext } from '../types.js';

// By country: its international numbers, then its national ones as people print them (without a
// trunk "0" where the country has none: the heads readHomeHead reads).
const INTERNATIONAL: Readonly<Record<string, readonly string[]>> = {
  US: ['+1 212 555-0187', '(+1) 212 555-0187', '001 646 555-0199'],
  PL: ['+48 600 123 456', '0048 512 345 678'],
  IT: ['+39 312 345 6789', '(+39) 347 123 4567'],
  GB: ['+44 7911 123456', '(0044) 20 7946 0018'],
  DE: ['+49 151 23456789', '+49 30 1234567'],
};
const NATIONAL: Readonly<Record<string, readonly string[]>> = {
  US: ['212 555-0187', '646 555-0199', '(212) 555-0187'],
  PL: ['600 123 456', '512 345 678'],
  IT: ['312 345 6789', '347 123 4567', '06 1234 5678'],
  // (Since V56b: a British mobile without its trunk, wrapped where its print sets its groups
  // apart and with no separator but the break: "7911\n123456".)
  GB: ['07911 123456', '020 7946 0018', '7911 123456'],
  DE: ['0151 23456789', '030 1234567'],
};
const LOCALES: Readonly<Record<string, string>> = {
  US: 'en-US',
  PL: 'pl-PL',
  IT: 'it-IT',
  GB: 'en-GB',
  DE: 'de-DE',
};
// What stands before the international number: nothing, a word, an order's label and number,
// lone digits (a list's marker), a phone's label.
const BEFORE = ['', 'x ', 'Order 4711 ', 'Bestellung 4711 ', 'tel 1 ', '1 / ', 'tel '];

/** `value` with its first space made a line break (as it is where it has none). */
const wrapFirst = (value: string, mark: string): string => value.replace(' ', mark);

const shape = fc
  .constantFrom(...Object.keys(INTERNATIONAL))
  .chain((country) =>
    fc.tuple(
      fc.constant(country),
      fc.constantFrom(...BEFORE),
      fc.constantFrom(...(INTERNATIONAL[country] as string[])),
      fc.boolean(),
      fc.array(fc.constantFrom(...(NATIONAL[country] as string[])), { minLength: 1, maxLength: 2 }),
      fc.constantFrom('\n', '\r\n', '\n> '),
    ),
  );

type Shape = [string, string, string, boolean, string[], string];

/**
 * The text of a drawn shape, wrapped or on one line. (A calling code in brackets is wrapped alone
 * too since V55a: "tel (+1)\n212 555-0187", a short head that ends in ")".)
 */
function textOf([, before, first, wrapFirstToo, rest, mark]: Shape, wrapped: boolean): string {
  const head = wrapped && wrapFirstToo ? wrapFirst(first, mark) : first;
  const tail = rest.map((n) => (wrapped ? wrapFirst(n, mark) : n));
  return `${before}${[head, ...tail].join(' ')}`;
}

/** Both readings of one context, after the earlier recognizers' claims as `collect` makes them. */
function both(t: string, country: RecognizerContext['country'], locale: string) {
  const context = contextOf(t, locale, country);
  return phoneAndOracle(context);
}

const digitLeft = (out: string) => /[0-9]/.test(out.replace(/\[[A-Z_]+\]/g, ''));

describe('an international number, then numbers of its country wrapped (V54a)', () => {
  test.prop([shape], { numRuns: 200 })('the recognizer finds what its oracle finds', (drawn) => {
    const country = drawn[0] as RecognizerContext['country'];
    const [fast, plain] = both(textOf(drawn, true), country, LOCALES[drawn[0]] as string);
    expect(fast).toEqual(plain);
  });

  test.prop([shape], { numRuns: 200 })(
    'where on one line the numbers go, wrapped they leave no digit of theirs',
    (drawn) => {
      const locale = LOCALES[drawn[0]] as string;
      const before = drawn[1];
      const one = redact(textOf(drawn, false), { locale }).text;
      // The value before the numbers keeps its digits ("Order 4711 "): only theirs are asked.
      fc.pre(one.startsWith(before) && !digitLeft(one.slice(before.length)));
      // One number after the international one: a list of them meets older readings (a card's claim over "20 7946 0018 07911", "(+39)" after an order's
      // number) that are no part of this one.
      fc.pre(drawn[4].length === 1);
      // (A "00" or "(00" calling code after a value or a list's marker, read on one line since
      // V56a, meets older readings wrapped: its code wrapped alone stays, "Bestellung 4711
      // (0044)\n20 7946 0018", "Order 4711 001\n646 555-0199" (the wrapped heads' reading, pinned
      // in auditSession56Gaps); a card's claim over the value and both numbers takes the value
      // into the placeholder, "tel 1 001 646 555-0199 646\n555-0199" -> "tel [PHONE]".)
      fc.pre(!(/\d(?: \/)? $/.test(before) && /^\(?00/.test(drawn[2])));
      const out = redact(textOf(drawn, true), { locale }).text;
      expect(out.startsWith(before)).toBe(true);
      expect(digitLeft(out.slice(before.length))).toBe(false);
    },
  );
});

// A calling code of one digit ("+1", "+7") wrapped alone after lone digits: no span holds them
// (phoneSpans needs a run of two), and shortHead reads past them to the "+" (FC_SEED=2 of
// phoneWrappedLists.prop, where the oracle took "+1" with the number and the recognizer left it).
// (Since V55a, in brackets too: "tel (+1)\n212 555-0187", a short head that ends in ")".)
const LONE: readonly (readonly [string, RecognizerContext['country'], string])[] = [
  ['en-US', 'US', '+1\n212 555-0187'],
  ['en-US', 'US', '+1\n> 646 555-0199'],
  ['ru-RU', 'RU', '+7\n912 345-67-89'],
  ['en-US', 'US', '(+1)\n212 555-0187'],
  ['en-US', 'US', '(+1)\n> 646 555-0199'],
  ['ru-RU', 'RU', '(+7)\n912 345-67-89'],
];
describe('a calling code of one digit after lone digits (V54a)', () => {
  test.prop(
    [fc.constantFrom(...LONE), fc.constantFrom('tel 1 ', '1 / ', 'x 2 ', 'Nr. 1 3 ', 'tel ', '')],
    {
      numRuns: 40,
    },
  )(
    'the recognizer finds what its oracle finds, the code with the number',
    ([locale, country, n], before) => {
      const [fast, plain] = both(`${before}${n}`, country, locale);
      expect(fast).toEqual(plain);
      expect(fast?.map((m) => m.start)).toEqual([before.length]);
    },
  );
});

// V55a (issue #14, readHomeHead): a head after a "," or ";" after the international number
// ("+1 212 555-0187, 212\n555-0187"), a head of the customer's country after a number of another
// ("+44 7911 123456 212\n555-0187" in the US), and a head after a number itself read so ("…
// 212\n555-0187 212\n555-0187"). The numbers after the first are the customer's country's.
const chain = fc
  .tuple(
    fc.constantFrom(...Object.keys(INTERNATIONAL)),
    fc.constantFrom(...Object.keys(INTERNATIONAL)),
  )
  .chain(([home, first]) =>
    fc.tuple(
      fc.constant(home),
      fc.constantFrom(...BEFORE),
      fc.constantFrom(...(INTERNATIONAL[first] as string[])),
      fc.constant(first),
      fc.array(
        fc.tuple(
          fc.constantFrom(' ', ', ', '; '),
          fc.constantFrom(...(NATIONAL[home] as string[])),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      fc.constantFrom('\n', '\r\n', '\n> '),
    ),
  );

type Chain = [string, string, string, string, [string, string][], string];

/** The text of a drawn chain, its national numbers wrapped after their first group or not. */
const chainText = ([, before, first, , rest, mark]: Chain, wrapped: boolean): string =>
  `${before}${first}${rest.map(([sep, n]) => sep + (wrapped ? wrapFirst(n, mark) : n)).join('')}`;

/** Whether the heads after the first are two or more, each written as the others (V56b). */
const alike = (rest: [string, string][]): boolean =>
  rest.length > 1 && rest.every(([, n]) => n === rest[0]?.[1]);

describe('heads after a ",", of the customer\'s country, after a head read so (V55a)', () => {
  test.prop([chain], { numRuns: 100 })('the recognizer finds what its oracle finds', (drawn) => {
    const country = drawn[0] as RecognizerContext['country'];
    const [fast, plain] = both(chainText(drawn, true), country, LOCALES[drawn[0]] as string);
    expect(fast).toEqual(plain);
  });

  test.prop([chain], { numRuns: 100 })(
    'where on one line the numbers go, wrapped they leave no digit of theirs',
    (drawn) => {
      const locale = LOCALES[drawn[0]] as string;
      const before = drawn[1];
      const one = redact(chainText(drawn, false), { locale }).text;
      fc.pre(one.startsWith(before) && !digitLeft(one.slice(before.length)));
      // (A list of them meets older readings, as above: a card's claim over "20 7946 0018
      // 07911", a list's reading of trunk-led numbers; two numbers after the first are read.)
      fc.pre(drawn[4].length <= 2);
      // (Since V56b these hold too: after "+49 …" a row of heads written alike, "+49 151 23456789
      // 212\n555-0187 212\n555-0187"; a head after a trunk-led number found wrapped, "06\n1234
      // 5678 312\n345 6789"; a quoted reply's second head, "+44 7911 123456 600\n> 123 456 600\n>
      // 123 456" in Poland, once read as a Guernsey number dialled within its island.)
      // (A German number has any length: after "+49 …" a head of another country's number reads
      // as German first, or the German number takes it, "+49 30 1234567 600\n123 456" in Poland:
      // an older reading, but for a row of heads written alike after a German mobile (V56b).
      // Since V57c such rows after any German number are drawn below ("rows of three after an
      // international German number"), Britain's too.)
      fc.pre(
        drawn[3] !== 'DE' ||
          drawn[0] === 'DE' ||
          (alike(drawn[4]) && drawn[2].startsWith('+49 151') && drawn[0] !== 'GB'),
      );
      // (After a value or a list's marker a "00" or "(00" calling code's number stayed whole on
      // one line too, "1 / (0044) 20 7946 0018 212\n555-0187", until V56a, and such rows were
      // drawn no further. Left: heads wrapped after such a number after a value can keep a part of
      // it, "Bestellung 4711 (0044) 20 7946 0018 0151\n23456789" in Germany keeps "(0044) 20",
      // "Order 4711 0048 512 345 678 0151\n23456789" and "tel 1 001 646 555-0199 7911\n123456"
      // likewise (seeds 3, 4 and 20261130 on merged main at session 56; the first two read since
      // V56g, the third pinned in auditSession56Gaps). After " / " or with "+" all go.)
      fc.pre(!/\d $/.test(before) || !/^\(?00/.test(drawn[2]));
      const out = redact(chainText(drawn, true), { locale }).text;
      // (A card's claim, Luhn's over the digits of a number and the head after it, "1 / 0048 512
      // 345 678; 212\n555-0187" → "1 / [CARD]; [CARD_CODE]\n555-0187", is an older reading, no
      // part of this one: the phone recognizer reads no span a card holds.)
      fc.pre(!out.includes('[CARD'));
      expect(out.startsWith(before)).toBe(true);
      expect(digitLeft(out.slice(before.length))).toBe(false);
    },
  );
});

// V56b (issue #14): heads after a mobile libphonenumber places in Guernsey ("+44 7911 123456"),
// where six digits dial within the island ("600 123" is "01481 600123"): a home head's reading
// keeps every digit it is written with (dialledLocally), and the customer's own reading follows.
const island = fc.tuple(
  fc.constantFrom('PL', 'IT', 'US'),
  fc.constantFrom('\n', '\r\n', '\n> '),
  fc.integer({ min: 1, max: 3 }),
);

describe('heads after a number placed in Guernsey (V56b)', () => {
  test.prop([island], { numRuns: 30 })(
    'the recognizer finds what its oracle finds, and every head goes',
    ([home, mark, count]) => {
      const n = (NATIONAL[home] as string[])[0] as string;
      const drawn: Chain = [home, '', '+44 7911 123456', 'GB', Array(count).fill([' ', n]), mark];
      const text = chainText(drawn, true);
      const locale = LOCALES[home] as string;
      const [fast, plain] = both(text, home as RecognizerContext['country'], locale);
      expect(fast).toEqual(plain);
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );
});

// V56b (issue #14, readWindow's trunklessAfter): after an international number, one of its
// country written without its trunk, on one line ("+33 6 12 34 56 78 6 12 34 56 78"), goes
// wherever the customer is; cut short by its last group, its digits stay.
const TRUNKLESS: readonly (readonly [string, string])[] = [
  ['+33 6 12 34 56 78', '6 12 34 56 78'],
  ['+33 1 23 45 67 89', '7 81 23 45 67'],
  ['0033 6 12 34 56 78', '1 23 45 67 89'],
];

describe('a number without its trunk after an international one of its country (V56b)', () => {
  test.prop(
    [fc.constantFrom(...TRUNKLESS), fc.constantFrom('fr-FR', 'en-US', 'de-DE'), fc.boolean()],
    { numRuns: 30 },
  )('whole it goes; cut short, its digits stay', ([first, second], locale, short) => {
    const rest = short ? second.slice(0, second.lastIndexOf(' ')) : second;
    const out = redact(`${first} ${rest}`, { locale }).text;
    // (Cut short, the international number before it stays too in some countries, as on main:
    // "+33 6 12 34 56 78 6 12 34 56" in France, read as one candidate; only the rest is asked.)
    if (short) expect(out.endsWith(` ${rest}`)).toBe(true);
    else expect(out).toBe('[PHONE] [PHONE]');
  });
});

// V57c (issue #14): rows of numbers of the customer's country after an international German one
// (German numbers have any length: "+49 30 1234567 600" is a Berlin number too), each wrapped
// after its first group: the group a German number took heads the next number (untakeTail), a
// German area's code without its trunk is one ("30\n1234567", codeApart), and a row written alike
// is read as the customer's where the German reading of its first number is none
// ("+49 151 23456789 7911\n123456 7911\n123456" in Britain).
const GERMAN_FIRST = ['+49 151 23456789', '+49 30 1234567', '0049 151 23456789', '+49 89 1234567'];
const ROW_HEADS: Readonly<Record<string, readonly string[]>> = {
  GB: ['7911 123456', '7700 900123'],
  PL: ['600 123 456', '512 345 678'],
  US: ['212 555-0187', '646 555-0199'],
  IT: ['312 345 6789', '347 123 4567'],
  DE: ['30 1234567', '89 1234567', '40 1234567'],
};
const germanRow = fc.constantFrom(...Object.keys(ROW_HEADS)).chain((home) =>
  fc.tuple(
    fc.constant(home),
    fc.constantFrom(...GERMAN_FIRST),
    fc.constantFrom(...(ROW_HEADS[home] as string[])),
    // (One to three: since V58e a row's next head is compared up to the next line's next head,
    // "+49 151 23456789 212\n555-0187 212\n555-0187 212\n555-0187" in the US.)
    fc.integer({ min: 1, max: 3 }),
    fc.constantFrom('\n', '\r\n', '\n> '),
  ),
);

describe('rows of three after an international German number (V57c)', () => {
  test.prop([germanRow], { numRuns: 100 })(
    'the recognizer finds what its oracle finds, and every number goes',
    ([home, first, n, count, mark]) => {
      const text = `${first}${` ${wrapFirst(n, mark)}`.repeat(count)}`;
      const locale = LOCALES[home] as string;
      const [fast, plain] = both(text, home as RecognizerContext['country'], locale);
      expect(fast).toEqual(plain);
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );
});

// V58e (issue #14): a row of two written alike after an international German number, whose
// numbers no country read reads ("7911\n123456" in Germany or Poland, its break where no German
// print sets it): read whole as one German number (any length), the stretch is split at the
// row's next head, and the third line's digits go with it (splitRow).
describe('a row written alike that no country read reads (V58e)', () => {
  test.prop(
    [
      fc.constantFrom(...GERMAN_FIRST),
      fc.constantFrom('7911 123456', '7700 900123'),
      fc.constantFrom('de-DE', 'pl-PL'),
      fc.constantFrom('\n', '\r\n', '\n> '),
    ],
    { numRuns: 40 },
  )(
    'the recognizer finds what its oracle finds, and every number goes',
    (first, n, locale, mark) => {
      const text = `${first}${` ${wrapFirst(n, mark)}`.repeat(2)}`;
      const country = locale.slice(3) as RecognizerContext['country'];
      const [fast, plain] = both(text, country, locale);
      expect(fast).toEqual(plain);
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );
});

// V57c (issue #14): an international number, then its national number again without its calling
// code, broken anywhere by the line's end ("+1 212 555-0187 2125\n550187"): on one line, spaced,
// it goes; wrapped, the break is its separator (writtenAgain).
const AGAIN: readonly (readonly [string, string, string])[] = [
  ['en-US', '+1 212 555-0187', '2125550187'],
  ['en-US', '+1 646 555-0199', '6465550199'],
  ['pl-PL', '+48 600 123 456', '600123456'],
  ['it-IT', '+39 312 345 6789', '3123456789'],
  ['en-GB', '+44 7911 123456', '7911123456'],
];

describe('a number written again without its calling code, wrapped anywhere (V57c)', () => {
  test.prop(
    [fc.constantFrom(...AGAIN), fc.integer({ min: 3, max: 7 }), fc.constantFrom('\n', '\n> ')],
    { numRuns: 60 },
  )(
    'the recognizer finds what its oracle finds, and no digit stays',
    ([locale, first, national], at, mark) => {
      const text = `${first} ${national.slice(0, at)}${mark}${national.slice(at)}`;
      const country = locale.slice(3) as RecognizerContext['country'];
      const [fast, plain] = both(text, country, locale);
      expect(fast).toEqual(plain);
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );
});
