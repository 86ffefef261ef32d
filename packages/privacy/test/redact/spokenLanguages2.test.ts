// Numbers said aloud in more of the desk's languages (T35b): Italian and Dutch said in one word
// per number below a thousand ("trecentoquarantasette", "vierendertig"), Greek "my number" ("ο
// αριθμός μου είναι έξι εννέα…"), Turkish "yeni numaram" (my new number) and its kin, and a
// label typed decomposed (NFD) reaching as far as its NFC twin. Amounts said in words stay.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { bruteRead, inGroups, mobile, read, said } from './spokenOracle.js';

// Each language's numbers from 0 to 999, written here from the grammar of the reference pages
// (not from the recognizer's tables). Italian (comesiscrive.it/dubbi/108-centootto-o-centotto):
// a ten meets "uno" or "otto" without its last vowel, a hundred keeps its own except before
// "ottanta"; "tre" at a compound's end is "tré".
const IT_UNITS = 'zero uno due tre quattro cinque sei sette otto nove'.split(' ');
const IT_TEENS =
  'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove'.split(
    ' ',
  );
const IT_TENS = '- - venti trenta quaranta cinquanta sessanta settanta ottanta novanta'.split(' ');
const itJoin = (head: string, tail: string, elides: boolean): string =>
  elides && /^[uo]/.test(tail) ? head.slice(0, -1) + tail : head + tail;
const itBelow100 = (n: number, inCompound: boolean): string => {
  if (n < 10) return n === 3 && inCompound ? 'tré' : (IT_UNITS[n] as string);
  if (n < 20) return IT_TEENS[n - 10] as string;
  const ten = IT_TENS[Math.floor(n / 10)] as string;
  return n % 10 ? itJoin(ten, itBelow100(n % 10, true), true) : ten;
};
const italian = (n: number): string => {
  if (n < 100) return itBelow100(n, false);
  const h = Math.floor(n / 100);
  const head = `${h > 1 ? IT_UNITS[h] : ''}cento`;
  const rest = n % 100;
  // Only "ottanta" (and its compounds) takes the hundred's vowel: "centottanta", "centootto".
  return rest ? itJoin(head, itBelow100(rest, true), rest >= 80 && rest < 90) : head;
};

// Dutch (elon.io/grammar/dutch/numbers/cardinals; liquisearch.com/dutch_grammar/numeral_system):
// the unit, "en" (with a diaeresis after an "e": "tweeëntwintig"), the ten; a hundred before it.
const NL_UNITS = 'nul een twee drie vier vijf zes zeven acht negen'.split(' ');
const NL_TEENS =
  'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(' ');
const NL_TENS = '- - twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(' ');
const nlBelow100 = (n: number): string => {
  if (n < 10) return NL_UNITS[n] as string;
  if (n < 20) return NL_TEENS[n - 10] as string;
  const unit = n % 10 ? (NL_UNITS[n % 10] as string) : '';
  const and = unit === '' ? '' : unit.endsWith('e') ? 'ën' : 'en';
  return unit + and + (NL_TENS[Math.floor(n / 10)] as string);
};
const dutch = (n: number): string => {
  if (n < 100) return nlBelow100(n);
  const h = Math.floor(n / 100);
  return `${h > 1 ? NL_UNITS[h] : ''}honderd${n % 100 ? nlBelow100(n % 100) : ''}`;
};

// Greek (apsense.com "how to count up to 1000", greek.vocabox.net for the hundreds): 11 to 19
// one word each, a ten and its unit two ("είκοσι ένα"), "εκατό" alone and "εκατόν" before more,
// the hundreds in the neuter.
const EL_UNITS = 'μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά'.split(' ');
const EL_TEENS =
  'δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά'.split(
    ' ',
  );
const EL_TENS = '- - είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα'.split(' ');
const EL_HUNDREDS =
  '- εκατόν διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια'.split(
    ' ',
  );
const elBelow100 = (n: number): string[] =>
  n < 10
    ? [EL_UNITS[n] as string]
    : n < 20
      ? [EL_TEENS[n - 10] as string]
      : [EL_TENS[Math.floor(n / 10)] as string, ...(n % 10 ? [EL_UNITS[n % 10] as string] : [])];
const greek = (n: number): string =>
  (n === 100
    ? ['εκατό']
    : n < 100
      ? elBelow100(n)
      : [EL_HUNDREDS[Math.floor(n / 100)] as string, ...(n % 100 ? elBelow100(n % 100) : [])]
  ).join(' ');

const LANGUAGES = [
  { locale: 'it-IT', words: italian, zero: 'zero' },
  { locale: 'nl-NL', words: dutch, zero: 'nul' },
  { locale: 'el-GR', words: greek, zero: 'μηδέν' },
] as const;
// Without its accents, as Greek is typed on a phone or lowered from capitals.
const unaccented = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

describe('Italian, Dutch and Greek numbers against a brute-force oracle', () => {
  it('the grammar above says the numbers as the reference pages do', () => {
    expect([21, 28, 38, 23, 101, 108, 180, 181, 347, 103, 333].map(italian)).toEqual([
      'ventuno',
      'ventotto',
      'trentotto',
      'ventitré',
      'centouno',
      'centootto',
      'centottanta',
      'centottantuno',
      'trecentoquarantasette',
      'centotré',
      'trecentotrentatré',
    ]);
    expect([21, 22, 34, 83, 99, 112, 698, 100, 200].map(dutch)).toEqual([
      'eenentwintig',
      'tweeëntwintig',
      'vierendertig',
      'drieëntachtig',
      'negenennegentig',
      'honderdtwaalf',
      'zeshonderdachtennegentig',
      'honderd',
      'tweehonderd',
    ]);
    expect([21, 100, 101, 112, 694, 17, 800].map(greek)).toEqual([
      'είκοσι ένα',
      'εκατό',
      'εκατόν ένα',
      'εκατόν δώδεκα',
      'εξακόσια ενενήντα τέσσερα',
      'δεκαεφτά',
      'οχτακόσια',
    ]);
  });

  test.prop([
    fc.constantFrom(...LANGUAGES),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(', ', ' '),
  ])('reads back each number said after seven zeros', (lang, numbers, pause) => {
    const phrases = numbers.map(lang.words);
    expect(phrases.map((p) => bruteRead(lang.words, p))).toEqual(numbers);
    // A space parts Italian's and Dutch's one-word numbers; Greek's ("πενήντα ένα" is 51, not
    // 50 then 1) need the pause a speaker makes.
    const between = lang.locale === 'el-GR' ? ', ' : pause;
    const text = `${Array(7).fill(lang.zero).join(' ')}, ${phrases.join(between)}`;
    expect(read(text, lang.locale)).toEqual([`0000000${numbers.join('')}`]);
  });

  it('reads every number from 0 to 999 in each language, composed and decomposed', () => {
    for (const lang of LANGUAGES) {
      for (let n = 0; n < 1000; n++) {
        const text = `${Array(7).fill(lang.zero).join(' ')} ${lang.words(n)}`;
        expect(read(text, lang.locale), `${lang.locale} ${n}`).toEqual([`0000000${n}`]);
        expect(read(text.normalize('NFD'), lang.locale), `${lang.locale} ${n} NFD`).toEqual([
          `0000000${n}`,
        ]);
        if (lang.locale === 'el-GR') {
          expect(read(unaccented(text), lang.locale), `${n} unaccented`).toEqual([`0000000${n}`]);
          expect(read(text.toUpperCase(), lang.locale), `${n} upper`).toEqual([`0000000${n}`]);
        }
      }
    }
  });

  it.each([
    // The forms written beside the grammar's: without the accent or the diaeresis, "centuno"
    // and "centotto" (the doubt comesiscrive.it answers), "honderdentwaalf".
    ['it-IT', 'ventitre', '23'],
    ['it-IT', 'centotre', '103'],
    ['it-IT', 'centuno', '101'],
    ['it-IT', 'centotto', '108'],
    ['nl-NL', 'tweeentwintig', '22'],
    ['nl-NL', 'drieentachtig', '83'],
    ['nl-NL', 'honderdentwaalf', '112'],
    // The units' other forms in the teens and hundreds.
    ['el-GR', 'δεκαεπτά', '17'],
    ['el-GR', 'δεκαοκτώ', '18'],
    ['el-GR', 'δεκάξι', '16'],
    ['el-GR', 'επτακόσια', '700'],
    ['el-GR', 'τρακόσια', '300'],
    ['el-GR', 'εκατόν ενενήντα εννέα', '199'],
  ])('%s reads %s as %s', (locale, word, digits) => {
    const zero = { 'it-IT': 'zero', 'nl-NL': 'nul', 'el-GR': 'μηδέν' }[locale];
    const zeros = Array(7).fill(zero).join(' ');
    expect(read(`${zeros} ${word}`, locale)).toEqual([`0000000${digits}`]);
  });
});

describe('any valid mobile said in its groups', () => {
  test.prop([
    mobile(['320', '333', '347', '389'], [7], 'IT'),
    fc.constantFrom([3, 2, 2, 3], [3, 3, 2, 2]),
  ])('Italian: after "il mio numero è", and stays after "numero d\'ordine"', (number, sizes) => {
    const words = inGroups(number, sizes, italian, 'zero');
    expect(said(`il mio numero è ${words}`, 'it-IT')).toBe('il mio numero è [PHONE]');
    const order = `numero d'ordine ${words}`;
    expect(said(order, 'it-IT')).toBe(order);
  });

  test.prop([mobile(['06'], [8], 'NL'), fc.constantFrom([2, 2, 2, 2, 2], [2, 3, 3, 2])])(
    'Dutch: "nul zes, twaalf, vierendertig…" after "mijn nummer is", and stays after "bestelnummer"',
    (number, sizes) => {
      const words = inGroups(number, sizes, dutch, 'nul');
      expect(said(`mijn nummer is ${words}`, 'nl-NL')).toBe('mijn nummer is [PHONE]');
      const order = `bestelnummer ${words}`;
      expect(said(order, 'nl-NL')).toBe(order);
    },
  );
});

describe('Greek in groups', () => {
  test.prop([mobile(['69'], [8], 'GR'), fc.constantFrom([3, 3, 2, 2], [2, 2, 3, 3])])(
    'after "ο αριθμός μου είναι", accents or none, and stays after "αριθμός παραγγελίας"',
    (number, sizes) => {
      const words = inGroups(number, sizes, greek, 'μηδέν');
      expect(said(`ο αριθμός μου είναι ${words}`, 'el-GR')).toBe('ο αριθμός μου είναι [PHONE]');
      expect(said(unaccented(`ο αριθμός μου είναι ${words}`), 'el-GR')).toBe(
        'ο αριθμος μου ειναι [PHONE]',
      );
      const order = `αριθμός παραγγελίας ${words}`;
      expect(said(order, 'el-GR')).toBe(order);
    },
  );

  it.each([
    // Amounts and counting said in words.
    'ο αριθμός μου άλλαξε, πλήρωσα εκατόν είκοσι ευρώ και τριάντα λεπτά',
    'πλήρωσα διακόσια πενήντα ευρώ, εξακόσια ενενήντα τέσσερα ευρώ, τριάντα τέσσερα λεπτά',
    'μετράω δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι',
  ])('stays: %s', (text) => {
    expect(said(text, 'el-GR')).toBe(text);
  });
});

describe('Italian and Dutch', () => {
  it.each([
    [
      'it-IT',
      'il mio numero è trecentoquarantasette uno due tre quattro cinque sei sette',
      'il mio numero è [PHONE]',
    ],
    // Pairs, as an Italian gives a number (ventuno, trenta, cinquantadue).
    [
      'it-IT',
      'il mio numero è tre quattro sette, ventuno, trenta, cinquantadue, ottantotto',
      'il mio numero è [PHONE]',
    ],
    [
      'nl-NL',
      'mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig',
      'mijn nummer is [PHONE]',
    ],
    [
      'nl-NL',
      'mijn nummer is nul zes, tweeëntwintig, drieentwintig, achtentachtig, negenennegentig',
      'mijn nummer is [PHONE]',
    ],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
    // Decomposed (NFD) as composed.
    expect(said(text.normalize('NFD'), locale).normalize('NFC')).toBe(out);
  });

  it.each([
    // Amounts, years, counting.
    ['it-IT', 'il mio numero è cambiato, ho pagato trecentoquarantasette euro e ventuno centesimi'],
    ['it-IT', 'nel millenovecentonovantanove ho comprato trecento sedie e ventitré tavoli'],
    ['it-IT', "numero d'ordine tre quattro sette, ventuno, trenta, cinquantadue, ottantotto"],
    ['nl-NL', 'mijn nummer is veranderd, ik betaalde vierendertig euro zesenvijftig'],
    ['nl-NL', 'bestelnummer nul zes twaalf vierendertig zesenvijftig achtenzeventig'],
    ['nl-NL', 'ik tel twaalf dertien veertien vijftien zestien zeventien achttien'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });
});

// Greek (golearngreek.com/greek-language/numbers): each digit in its forms, with and without its
// accent (people type Greek without them, and capitals drop them).
const EL_DIGITS = [
  ['μηδέν', 'μηδεν'],
  ['ένα', 'ενα'],
  ['δύο', 'δυο'],
  ['τρία', 'τρια'],
  ['τέσσερα', 'τεσσερα'],
  ['πέντε', 'πεντε'],
  ['έξι', 'εξι'],
  ['επτά', 'εφτά', 'επτα', 'εφτα'],
  ['οκτώ', 'οχτώ', 'οκτω', 'οχτω'],
  ['εννέα', 'εννιά', 'εννεα', 'εννια'],
] as const;

describe('Greek "my number"', () => {
  it.each([
    [
      'ο αριθμός μου είναι έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι',
      'ο αριθμός μου είναι [PHONE]',
    ],
    [
      'ο αριθμος μου ειναι εξι εννεα τεσσερα πεντε ενα δυο τρια τεσσερα πεντε εξι',
      'ο αριθμος μου ειναι [PHONE]',
    ],
    [
      'Ο ΑΡΙΘΜΟΣ ΜΟΥ ΕΙΝΑΙ ΕΞΙ ΕΝΝΙΑ ΤΕΣΣΕΡΑ ΠΕΝΤΕ ΕΝΑ ΔΥΟ ΤΡΙΑ ΤΕΣΣΕΡΑ ΠΕΝΤΕ ΕΞΙ',
      'Ο ΑΡΙΘΜΟΣ ΜΟΥ ΕΙΝΑΙ [PHONE]',
    ],
    [
      'πάρτε με στον αριθμό μου έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι',
      'πάρτε με στον αριθμό μου [PHONE]',
    ],
  ])('%s', (text, out) => {
    expect(said(text, 'el-GR')).toBe(out);
    expect(said(text.normalize('NFD'), 'el-GR').normalize('NFC')).toBe(out);
  });

  it.each([
    // "Αριθμός" alone is any number's; an order's number stays.
    'αριθμός έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι',
    'ο αριθμός παραγγελίας μου είναι έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι',
    'ο αριθμός μου είναι ο ίδιος, πλήρωσα έξι ευρώ',
  ])('stays: %s', (text) => {
    expect(said(text, 'el-GR')).toBe(text);
  });

  test.prop([
    mobile(['69'], [8], 'GR'),
    fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    fc.boolean(),
  ])('any valid Greek mobile said digit by digit, in any of its forms', (number, picks, upper) => {
    const words = [...number]
      .map((d, k) => {
        const forms = EL_DIGITS[Number(d)] as readonly string[];
        return forms[(picks[k] as number) % forms.length] as string;
      })
      .join(' ');
    const text = `ο αριθμός μου είναι ${words}`;
    const typed = upper ? text.toUpperCase() : text;
    const label = upper ? 'Ο ΑΡΙΘΜΌΣ ΜΟΥ ΕΊΝΑΙ' : 'ο αριθμός μου είναι';
    expect(said(typed, 'el-GR')).toBe(`${label} [PHONE]`);
  });
});

describe('Turkish "yeni numaram" (my new number) and its kin', () => {
  it.each([
    // Written out, with the built-in recognizers.
    ['yeni numaram 5321234567', 'yeni numaram [PHONE]'],
    ['eski numaram 5321234567', 'eski numaram [PHONE]'],
    ['güncel numaram 5321234567', 'güncel numaram [PHONE]'],
    ['YENİ NUMARAM 5321234567', 'YENİ NUMARAM [PHONE]'],
  ])('%s', (text, out) => {
    expect(redact(text, { locale: 'tr-TR' }).text).toBe(out);
  });

  it.each([
    ['yeni numaram beş üç iki bir iki üç dört beş altı yedi', 'yeni numaram [PHONE]'],
    ['eski numaram beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi', 'eski numaram [PHONE]'],
  ])('said: %s', (text, out) => {
    expect(said(text, 'tr-TR')).toBe(out);
  });

  it.each([
    // Another noun still names another number: my new order number.
    'yeni sipariş numaram 5321234567',
    'eski hesap numaram 5321234567',
  ])('stays: %s', (text) => {
    expect(redact(text, { locale: 'tr-TR' }).text).toBe(text);
    expect(said(text, 'tr-TR')).toBe(text);
  });

  it.each([
    // "Bir ara" (sometime) is no digit "bir" (one) joined to the number after or before it.
    [
      'bir ara beni arayın, numaram beş üç iki bir iki üç dört beş altı yedi',
      'bir ara beni arayın, numaram [PHONE]',
    ],
    [
      'numaram beş üç iki bir iki üç dört beş altı yedi, bir ara arayın',
      'numaram [PHONE], bir ara arayın',
    ],
    [
      'telefonum sıfır beş üç iki bir iki üç dört beş altı yedi bir ara arayın',
      'telefonum [PHONE] bir ara arayın',
    ],
  ])('%s', (text, out) => {
    expect(said(text, 'tr-TR')).toBe(out);
  });

  it('"bir ara" alone says no number', () => {
    expect(read('bir ara beni arayın', 'tr-TR')).toEqual([]);
  });
});

describe('a label typed decomposed (NFD) reaches as far as typed composed', () => {
  const digits = 'έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι';

  it('a phone word 48 characters before the number', () => {
    const text = `κινητό μου, αν λείπω το πρωί, πάρτε το απόγευμα ${digits}`;
    // 48 characters composed, 53 units decomposed: past the window counted in units.
    expect(text.indexOf(digits) - text.indexOf('κινητό')).toBe(48);
    const nfd = text.normalize('NFD');
    expect(nfd.indexOf(digits.normalize('NFD')) - nfd.indexOf('κινητό'.normalize('NFD'))).toBe(53);
    const out = 'κινητό μου, αν λείπω το πρωί, πάρτε το απόγευμα [PHONE]';
    expect(said(text, 'el-GR')).toBe(out);
    expect(said(nfd, 'el-GR').normalize('NFC')).toBe(out);
  });

  it("an order's word 24 characters before the number", () => {
    const text = `τηλέφωνο, παραγγελία μου η παλιά: ${digits}`;
    expect(text.indexOf(digits) - text.indexOf('παραγγελ')).toBe(24);
    expect(said(text, 'el-GR')).toBe(text);
    expect(said(text.normalize('NFD'), 'el-GR').normalize('NFC')).toBe(text);
  });

  test.prop([
    fc.constantFrom('κινητό μου', 'ο αριθμός μου', 'τηλέφωνο'),
    fc.array(fc.constantFrom('πάρτε', 'το', 'απόγευμα', 'αύριο', 'πρωί', 'ή'), { maxLength: 9 }),
  ])('composed or decomposed, the same', (label, filler) => {
    const text = `${label} ${filler.join(' ')} ${digits}`;
    expect(said(text.normalize('NFD'), 'el-GR').normalize('NFC')).toBe(said(text, 'el-GR'));
  });
});
