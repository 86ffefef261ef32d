// Numbers said aloud in the languages the fourteenth audit added (fourteenthAudit.test.ts):
// Indonesian, Ukrainian, Czech and Hungarian digit by digit, Hungarian in its groups, one word
// per number below a thousand ("harminckettő", "hatszáznegyven"), and Czech in its twos and
// threes ("šest set tři, sedm set sedmdesát pět"). Amounts said in words stay.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bruteRead, inGroups, mobile, read, said } from './spokenOracle.js';

// Each language's digit words, written here from the reference pages (not from the recognizer's
// tables): Indonesian en.wikibooks.org/wiki/Indonesian/Lessons/Numbers, Ukrainian
// uaru-online.com/?p=676 (with "нуль", elon.io), Czech en.wikiversity.org/wiki/Czech_Language/
// Cardinal_Numbers, Hungarian en.wikibooks.org/wiki/Hungarian/Lesson_2.
const DIGITS = {
  'id-ID': 'nol satu dua tiga empat lima enam tujuh delapan sembilan'.split(' '),
  'uk-UA': 'нуль один два три чотири п’ять шість сім вісім дев’ять'.split(' '),
  'cs-CZ': 'nula jedna dva tři čtyři pět šest sedm osm devět'.split(' '),
  'hu-HU': 'nulla egy kettő három négy öt hat hét nyolc kilenc'.split(' '),
} as const;

// Hungarian's numbers from 0 to 999 (numbersdata.com/numbers-in-hungarian): "tíz" and "húsz"
// become "tizen" and "huszon" before a unit, the other tens take it as they are, a hundred is its
// multiplier and "száz" ("száz" alone for one, "kétszáz" for two), all in one word.
const HU_TENS = '- tíz húsz harminc negyven ötven hatvan hetven nyolcvan kilencven'.split(' ');
const HU_JOIN = '- tizen huszon harminc negyven ötven hatvan hetven nyolcvan kilencven'.split(' ');
const HU_UNITS = DIGITS['hu-HU'];
const huBelow100 = (n: number): string =>
  n < 10
    ? (HU_UNITS[n] as string)
    : n % 10
      ? (HU_JOIN[Math.floor(n / 10)] as string) + HU_UNITS[n % 10]
      : (HU_TENS[n / 10] as string);
const hungarian = (n: number): string => {
  if (n < 100) return huBelow100(n);
  const h = Math.floor(n / 100);
  const head = h === 1 ? 'száz' : h === 2 ? 'kétszáz' : `${HU_UNITS[h]}száz`;
  return n % 100 ? head + huBelow100(n % 100) : head;
};

// Czech's numbers from 0 to 999 (en.wikiversity.org/wiki/Czech_Language/Cardinal_Numbers): the
// teens in one word, a ten and its unit in two ("dvacet jedna"), a hundred by its unit's form
// ("sto", "dvě stě", "tři sta", "pět set") and then the rest.
const CS_UNITS = DIGITS['cs-CZ'];
const CS_TEENS =
  'deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct'.split(' ');
const CS_TENS = '- - dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát'.split(
  ' ',
);
const csBelow100 = (n: number): string =>
  n < 10
    ? (CS_UNITS[n] as string)
    : n < 20
      ? (CS_TEENS[n - 10] as string)
      : [CS_TENS[Math.floor(n / 10)], ...(n % 10 ? [CS_UNITS[n % 10]] : [])].join(' ');
const czech = (n: number): string => {
  if (n < 100) return csBelow100(n);
  const h = Math.floor(n / 100);
  const head =
    h === 1 ? 'sto' : h === 2 ? 'dvě stě' : h < 5 ? `${CS_UNITS[h]} sta` : `${CS_UNITS[h]} set`;
  return n % 100 ? `${head} ${csBelow100(n % 100)}` : head;
};

/**
 * The two oracle tests each language's grammar gets: numbers below a thousand said after seven
 * zeros (a pause between) read back as the oracle reads them, and every number from 0 to 999 read,
 * composed and decomposed.
 */
function readsEveryNumber(say: (n: number) => string, locale: 'cs-CZ' | 'hu-HU'): void {
  const zeros = Array(7).fill(DIGITS[locale][0]).join(' ');
  test.prop([fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 })])(
    'reads back each number said after seven zeros, a pause between',
    (numbers) => {
      const phrases = numbers.map(say);
      expect(phrases.map((p) => bruteRead(say, p))).toEqual(numbers);
      expect(read(`${zeros}, ${phrases.join(', ')}`, locale)).toEqual([
        `0000000${numbers.join('')}`,
      ]);
    },
  );

  it('reads every number from 0 to 999, composed and decomposed', () => {
    for (let n = 0; n < 1000; n++) {
      const text = `${zeros} ${say(n)}`;
      expect(read(text, locale), `${n}`).toEqual([`0000000${n}`]);
      expect(read(text.normalize('NFD'), locale), `${n} NFD`).toEqual([`0000000${n}`]);
    }
  });
}

describe('Czech numbers against a brute-force oracle', () => {
  it('the grammar above says the numbers as the reference page does', () => {
    expect([21, 101, 102, 110, 120, 200, 300, 400, 500, 900, 15].map(czech)).toEqual([
      'dvacet jedna',
      'sto jedna',
      'sto dva',
      'sto deset',
      'sto dvacet',
      'dvě stě',
      'tři sta',
      'čtyři sta',
      'pět set',
      'devět set',
      'patnáct',
    ]);
  });

  readsEveryNumber(czech, 'cs-CZ');

  test.prop([mobile(['601', '603', '731', '777'], [6], 'CZ')])(
    'a mobile in threes after "moje číslo je", and stays after "číslo objednávky"',
    (number) => {
      const words = inGroups(number, [3, 3, 3], czech, 'nula');
      expect(said(`moje číslo je ${words}`, 'cs-CZ')).toBe('moje číslo je [PHONE]');
      expect(said(`číslo objednávky ${words}`, 'cs-CZ')).toBe(`číslo objednávky ${words}`);
    },
  );

  it.each([
    'zaplatil jsem dvě stě padesát korun a tři sta dvacet korun',
    'objednal jsem tři kusy, dva za sto dvacet a jeden za devět set devadesát',
  ])('stays: %s', (text) => {
    expect(said(text, 'cs-CZ')).toBe(text);
  });
});

describe('Hungarian numbers against a brute-force oracle', () => {
  it('the grammar above says the numbers as the reference pages do', () => {
    expect([11, 14, 26, 39, 98, 100, 200, 365, 111, 640, 32].map(hungarian)).toEqual([
      'tizenegy',
      'tizennégy',
      'huszonhat',
      'harminckilenc',
      'kilencvennyolc',
      'száz',
      'kétszáz',
      'háromszázhatvanöt',
      'száztizenegy',
      'hatszáznegyven',
      'harminckettő',
    ]);
  });

  readsEveryNumber(hungarian, 'hu-HU');

  it.each([
    // Forms beside the grammar's: "kettőszáz" (formal), "két" before a noun, a ten by its name.
    ['kettőszáz', '200'],
    ['tizenkét', '12'],
    ['harmincas', '30'],
    ['húszas', '20'],
  ])('reads %s as %s', (word, digits) => {
    expect(read(`${Array(7).fill('nulla').join(' ')} ${word}`, 'hu-HU')).toEqual([
      `0000000${digits}`,
    ]);
  });
});

describe('any valid mobile said digit by digit', () => {
  const digitByDigit = (number: string, words: readonly string[]): string =>
    [...number].map((d) => words[Number(d)]).join(' ');

  test.prop([mobile(['081', '085'], [8, 9], 'ID')])(
    'Indonesian: after "nomor saya", and stays after "nomor pesanan"',
    (number) => {
      const words = digitByDigit(number, DIGITS['id-ID']);
      expect(said(`nomor saya ${words}`, 'id-ID')).toBe('nomor saya [PHONE]');
      expect(said(`nomor pesanan ${words}`, 'id-ID')).toBe(`nomor pesanan ${words}`);
    },
  );

  test.prop([mobile(['067', '050', '093'], [7], 'UA'), fc.constantFrom('’', "'", 'ʼ')])(
    'Ukrainian, any apostrophe: after "мій номер", and stays after "номер замовлення"',
    (number, apostrophe) => {
      const words = digitByDigit(number, DIGITS['uk-UA']).replace(/’/g, apostrophe);
      expect(said(`мій номер ${words}`, 'uk-UA')).toBe('мій номер [PHONE]');
      expect(said(`номер замовлення ${words}`, 'uk-UA')).toBe(`номер замовлення ${words}`);
    },
  );

  test.prop([mobile(['601', '731', '777'], [6], 'CZ')])(
    'Czech: after "moje číslo je", and stays after "číslo objednávky"',
    (number) => {
      const words = digitByDigit(number, DIGITS['cs-CZ']);
      expect(said(`moje číslo je ${words}`, 'cs-CZ')).toBe('moje číslo je [PHONE]');
      expect(said(`číslo objednávky ${words}`, 'cs-CZ')).toBe(`číslo objednávky ${words}`);
    },
  );

  test.prop([mobile(['0620', '0630', '0670'], [7], 'HU')])(
    'Hungarian: after "a számom", and stays after "rendelésszám"',
    (number) => {
      const words = digitByDigit(number, DIGITS['hu-HU']);
      expect(said(`a számom ${words}`, 'hu-HU')).toBe('a számom [PHONE]');
      expect(said(`rendelésszám ${words}`, 'hu-HU')).toBe(`rendelésszám ${words}`);
    },
  );
});

describe('Hungarian in groups', () => {
  test.prop([
    mobile(['0620', '0630', '0670'], [7], 'HU'),
    fc.constantFrom([2, 2, 3, 2, 2], [2, 2, 2, 2, 3]),
  ])('after "a számom", and stays after "rendelésszám"', (number, sizes) => {
    const words = inGroups(number, sizes, hungarian, 'nulla');
    expect(said(`a számom ${words}`, 'hu-HU')).toBe('a számom [PHONE]');
    expect(said(`rendelésszám ${words}`, 'hu-HU')).toBe(`rendelésszám ${words}`);
  });
});
