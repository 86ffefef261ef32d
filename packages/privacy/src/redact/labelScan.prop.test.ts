// The label scan's shortcuts (T38a), each held to the reading it replaced: the text's joining units
// found by a regular expression (was a loop of `joins` over every unit), a sentence's end answered
// at once for the units that can end none (letters, most of a window), and the third unit read
// before a list's words are compared (the pair alone asked the Map). The third is held to the plain
// reading (lastEnd per list, which reads no third unit) on labels typed decomposed (NFD, marks
// between the first three letters) and on words that share a label's first two or three units.
// The third and where it stands are handed to pairEnd (endAt before V59h; T70b: a word whose
// third unit is another is passed over, one whose third matches is read from its fourth): the same
// property holds it (it caught the third read without skipping its marks, the word read from its
// fifth unit, and the word's last unit compared in place of its third).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BESIDE_READ,
  besideRead,
  contextBefore,
  contextBeforePlain,
  foldWord,
  holdsJoining,
  joins,
  phoneLabelsBefore,
  sentenceEndsIn,
  withoutMarks,
  wordEnd,
  wordEndPlain,
} from './context.js';
import {
  ID_WORDS,
  LANGUAGE_REFERENCE_WORDS,
  NUMBER_WORDS,
  PHONE_WORDS,
  REFERENCE_WORDS,
  VERSION_WINDOW,
  VERSION_WORDS,
} from './keywords.js';
import type { RecognizerContext } from './types.js';

describe('holdsJoining', () => {
  it('holds exactly the units joins holds, each of the 65,536', () => {
    for (let c = 0; c < 0x10000; c++) {
      expect([c, holdsJoining(`a${String.fromCharCode(c)}b`)]).toEqual([c, joins(c)]);
    }
  });

  test.prop([
    fc.string({
      unit: fc.oneof(
        fc.constantFrom('\u0301', '\u1161', '\u3099', 'a', 'é', '\u0654'),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 40,
    }),
  ])('is the loop over every unit', (s) => {
    let loop = false;
    for (let i = 0; i < s.length; i++) loop ||= joins(s.charCodeAt(i));
    expect(holdsJoining(s)).toBe(loop);
  });
});

// The units that end a sentence where a space follows them, and those that close a quote or a
// bracket after a stop (context.ts endsSentence, stopEnds and CLOSERS).
const STOPS = '.!?؟…。।۔！？';
const CLOSERS = ')"\'»«“”’」』›‹';

describe('a sentence end read unit by unit', () => {
  it('ends after a stop and one or two closers, not three', () => {
    for (const a of CLOSERS)
      for (const b of CLOSERS) {
        expect(sentenceEndsIn(`da.${a}${b} 1`, 4, 5)).toBe(true);
        for (const c of CLOSERS) expect(sentenceEndsIn(`da.${a}${b}${c} 1`, 5, 6)).toBe(false);
        expect(sentenceEndsIn(`${a}${b} 1`, 0, 2)).toBe(false);
      }
  });

  it('ends after a word only at a stop, and after "da." only at a stop or a closer', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      // "Bestellung" is no abbreviation: its full stop ends the sentence.
      const afterWord = `Bestellung${u} 1`;
      expect([c, sentenceEndsIn(afterWord, 10, 11)]).toEqual([c, STOPS.includes(u)]);
      const afterStop = `da.${u} 1`;
      expect([c, sentenceEndsIn(afterStop, 3, 4)]).toEqual([
        c,
        STOPS.includes(u) || CLOSERS.includes(u),
      ]);
    }
  });
});

// Label words typed decomposed, marks between their first three letters ("nu\u0301mero",
// "te\u0301le\u0301phone"), and words that share a label's first units and are none ("telex",
// "could", "numb", "pes", "no."). Two-unit labels ("no", "nr", "id") hold no third unit.
const piece = fc.oneof(
  fc.constantFrom(
    'número',
    'nu\u0301mero',
    'n\u0303\u0301umero',
    'téléphone',
    'te\u0301le\u0301phone',
    'tele\u0301fono',
    'telefon',
    'telex',
    'tel',
    'te',
    'code',
    'could',
    'co',
    'numb',
    'number',
    'nr',
    'no',
    'no.',
    'id',
    'pes',
    'pesel',
    'pe\u0301sel',
    'order',
    'ord',
    'or',
    'version',
    'ver',
    'v',
    'zamo\u0301wienie',
    'zam',
    'số',
    'so\u0302\u0301',
    '주문',
    '주',
    '전화',
    '전',
    '\u110c\u116e\u1106\u116e\u11ab',
    'でんわ',
    'て\u3099んわ',
    // Cyrillic words start a word, or follow one of their prefixes (T42b): "заказ" after "пред";
    // or end one glued after any Cyrillic part, in a case a number follows (T45d): "недозаказ",
    // "спецзаказа", not "OZONзаказ" or "спецзаказчик"; "тел" not inside "хотел".
    'предзаказ',
    'ПЕРЕЗАКАЗ',
    'недозаказ',
    'спецзаказа',
    'спецзаказчик',
    'OZONзаказ',
    'пред',
    'заказ',
    'тел',
    'хотел',
  ),
  fc.constantFrom(' ', ': ', '  ', '\n', '#', '123', '. ', 'x', 'ab'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

function contextOf(t: string, locale = 'en'): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale, country: undefined };
}

const LISTS = [PHONE_WORDS, VERSION_WORDS, ID_WORDS.pesel, ID_WORDS['es-dni']] as const;

describe('the third unit read before the words', () => {
  test.prop([text, fc.constantFrom(...LISTS), fc.constantFrom('en', 'es', 'vi', 'ko')], {
    numRuns: 600,
  })('finds what the plain reading finds, at every start', (t, own, locale) => {
    const context = contextOf(`${t} 600123456`, locale);
    for (let start = 0; start <= context.shadow.length; start++) {
      expect(contextBefore(context, start, own)).toBe(contextBeforePlain(context, start, own));
      expect(phoneLabelsBefore(context, start)).toEqual({
        version: contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW, false) === 'own',
        phone: contextBeforePlain(context, start, PHONE_WORDS, undefined, false),
      });
    }
  });

  it('reads labels typed decomposed (the property is not vacuous)', () => {
    const value = (t: string) => contextOf(`${t} 600123456`);
    const at = (t: string) => t.length + 1;
    expect(
      contextBefore(value('te\u0301le\u0301phone'), at('te\u0301le\u0301phone'), PHONE_WORDS),
    ).toBe('own');
    expect(contextBefore(value('pe\u0301sel'), at('pe\u0301sel'), ID_WORDS.pesel)).toBe('own');
    expect(contextBefore(value('could'), at('could'), PHONE_WORDS)).toBe('none');
    expect(contextBefore(value('order no'), at('order no'), PHONE_WORDS)).toBe('reference');
    expect(contextBefore(value('предзаказ'), at('предзаказ'), PHONE_WORDS)).toBe('reference');
    expect(contextBefore(value('недозаказ'), at('недозаказ'), PHONE_WORDS)).toBe('reference');
    expect(contextBefore(value('OZONзаказ'), at('OZONзаказ'), PHONE_WORDS)).toBe('none');
    expect(contextBefore(value('спецзаказчик'), at('спецзаказчик'), PHONE_WORDS)).toBe('none');
    const kinds = new Set<string>();
    for (const t of fc.sample(text, { numRuns: 300, seed: 7 })) {
      const context = value(t);
      kinds.add(contextBefore(context, context.shadow.length - 9, ID_WORDS.pesel));
    }
    expect([...kinds].sort()).toEqual(['none', 'own', 'phone', 'reference']);
  });
});

// A pair's Map key is its pair's alone below U+8000 (context.ts pairOf), where endAt reads no
// word's first units again (T70b); above, pairs share keys and the words' first units are
// compared. Held to the plain reading (lastEnd compares every word whole) on a list whose words
// would share a key with the text's pairs: "\u0060\u4062c" with "ab" had the key 14 bits a unit,
// "\u0060\u8062cd" with "ab" under the key before (15 bits, cut at 2^30), and with "\u8060\u8062"
// above U+8000. It caught those three: a key of 14 bits, the key before, and the first units
// not compared above U+8000.
describe('the pair keys endAt trusts', () => {
  const own = ['\u0060\u4062c', '\u0060\u8062cd', 'abcdef'];
  const pieces = fc.constantFrom(
    'abc',
    'abcdef',
    '\u0060\u4062c',
    '\u0060\u8062cd',
    '\u8060\u8062cd',
    'a\u8062cd',
    ' ',
    ': ',
    'order ',
    'tel ',
    '1',
  );
  const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

  test.prop([texts], { numRuns: 400 })(
    'finds what the plain reading finds, at every start',
    (t) => {
      const context = contextOf(`${t} 600123456`);
      for (let start = 0; start <= context.shadow.length; start++)
        expect([start, contextBefore(context, start, own)]).toEqual([
          start,
          contextBeforePlain(context, start, own),
        ]);
    },
  );

  it('reads each word and no word its key shares (the property is not vacuous)', () => {
    const kind = (t: string) => contextBefore(contextOf(`${t} 1`), t.length + 1, own);
    expect(kind('\u0060\u4062c')).toBe('own');
    expect(kind('\u0060\u8062cd')).toBe('own');
    expect(kind('abc')).toBe('none');
    expect(kind('\u8060\u8062cd')).toBe('none');
    expect(kind('a\u8062cd')).toBe('none');
  });
});

// verbAt asks besideRead (what stands beside a reference word) only about the words of
// BESIDE_READ, by one look-up where it compared the word with nine strings (T70b): held to
// besideRead asked about every other word of the lists, folded as they are read, and any string,
// in texts where each reading of the nine would answer true ("nó", "commandé", "ordered",
// "bestellte", "нөмірімен", "sipariş numaram"). It caught "no" and "bestell" left out of the
// set.
describe('the words verbAt reads beside', () => {
  const listed = [
    ...REFERENCE_WORDS,
    ...Object.values(LANGUAGE_REFERENCE_WORDS).flat(),
    ...PHONE_WORDS,
    ...VERSION_WORDS,
    ...NUMBER_WORDS,
    ...Object.values(ID_WORDS).flat(),
  ];
  const words = [...new Set([...listed, ...BESIDE_READ].flatMap((w) => [w, foldWord(w)]))];
  const around = ['', ' ', 'x', 'ed ', 'ing', 'te ', 'en', 'ен ', 't', 'sipariş '];
  const endings = ['', '\u0301', '\u0303'];
  const falseOutside = (word: string, before: string, after: string, mark: string) => {
    const s = `${before}${word}${mark}${after}`;
    const at = before.length;
    // (The marks after its last letter end with the word, as wordEnd reads it.)
    const end = at + word.length + mark.length;
    if (!BESIDE_READ.has(word)) expect(besideRead(s, at, end, word)).toBe(false);
  };

  it('answers false for every other word of the lists, wherever it stands', () => {
    for (const word of words)
      for (const before of around)
        for (const after of around)
          for (const mark of endings) falseOutside(word, before, after, mark);
  });

  test.prop(
    [
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...around),
      fc.constantFrom(...around),
      fc.constantFrom(...endings),
    ],
    { numRuns: 1000 },
  )('answers false for any other string', falseOutside);

  it('holds every word besideRead answers true for (the property is not vacuous)', () => {
    const verb = (text: string, word: string) => besideRead(text, 0, word.length, word);
    expect(verb('nó 1', 'no')).toBe(true);
    expect(verb('commandé 1', 'commande')).toBe(true);
    expect(verb('envió 1', 'envio')).toBe(true);
    expect(verb('comandat 1', 'comanda')).toBe(true);
    expect(verb('ordered 1', 'order')).toBe(true);
    expect(verb('bestellte 1', 'bestell')).toBe(true);
    expect(verb('нөмірімен 1', 'нөмірім')).toBe(true);
    expect(besideRead('sipariş numaram 1', 8, 15, 'numaram')).toBe(true);
    expect(besideRead('hisob raqamim 1', 6, 13, 'raqamim')).toBe(true);
    // V64d: Hungarian "ügyfél számom" (my customer number), Japanese "電話代" (the phone bill).
    expect(besideRead('ügyfél számom 1', 7, 13, 'szamom')).toBe(true);
    expect(besideRead('a számom 1', 2, 8, 'szamom')).toBe(false);
    expect(besideRead('電話代 1', 0, 2, '電話')).toBe(true);
    expect(besideRead('電話帳 1', 0, 2, '電話')).toBe(false);
    expect(besideRead('電話代', 0, 2, '電話')).toBe(true);
    expect(besideRead('x 電話', 2, 4, '電話')).toBe(false);
  });
});

// wordEnd reads each unit of the text once, for the marks typed apart (NFD) and the compare, and
// not at all where the caller knows its first units match (T69b): held to the reading of each
// unit twice, on texts of the locales' label words typed decomposed, in upper case and glued, and
// on the words folded as the lists are (with their decomposed twins), from every offset.
describe('wordEnd', () => {
  const words = [
    ...new Set([...PHONE_WORDS, ...REFERENCE_WORDS, ...VERSION_WORDS, ...NUMBER_WORDS]),
  ];
  const folded = [
    ...new Set(words.flatMap((w) => [foldWord(w), foldWord(withoutMarks(w.normalize('NFD')))])),
  ];
  const typed = fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('', 'upper', 'nfd', 'marks'))
    .map(([w, how]) =>
      how === 'upper'
        ? w.toUpperCase()
        : how === 'nfd'
          ? w.normalize('NFD')
          : how === 'marks'
            ? w.replace(/(.)/gu, '$1\u0301')
            : w,
    );
  const shadow = fc
    .array(fc.oneof(typed, fc.constantFrom(' ', '\u0301', '\u0308\u0301', 'x', ': ', '1')), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));

  test.prop([shadow, fc.constantFrom(...folded), fc.nat(), fc.nat(2)], { numRuns: 3000 })(
    'ends where the reading of each unit twice ends',
    (s, word, at, known) => {
      const from = at % (s.length + 1);
      const k = Math.min(known, word.length);
      expect(wordEnd(s, from, word, k)).toBe(wordEndPlain(s, from, word, k));
      // From a word's start (the property is not vacuous: most offsets start none).
      for (let i = 0; i <= s.length; i++)
        expect([i, wordEnd(s, i, word)]).toEqual([i, wordEndPlain(s, i, word)]);
    },
  );

  it('finds words typed decomposed and with the first units known', () => {
    expect(wordEnd('nu\u0301mero 1', 0, 'numero')).toBe(7);
    expect(wordEnd('NU\u0301MERO\u0301 1', 0, 'numero', 2)).toBe(8);
    expect(wordEnd('xnumer', 1, 'numero')).toBe(-1);
    expect(wordEndPlain('nu\u0301mero 1', 0, 'numero')).toBe(7);
  });
});

// A pair's words compared from integer arrays made with the index (context.ts pairEnd, V59h: their
// lengths, third units and units after it, not read from the words), and the units after a
// pair's second read for marks only where the next unit is one. Held to the plain reading
// (lastEnd per list compares every word whole) on texts of the lists' own words in their many
// scripts, typed decomposed (NFD) or with a mark after the first letter, cut short, upper-cased, or with their third or last unit
// replaced by the next one, so that most pairs and triples the scan meets start real words.
const REAL_WORDS = [
  ...new Set([
    ...PHONE_WORDS,
    ...REFERENCE_WORDS,
    ...Object.values(LANGUAGE_REFERENCE_WORDS).flat(),
    ...VERSION_WORDS,
    ...ID_WORDS.pesel,
    ...ID_WORDS['es-dni'],
    ...ID_WORDS['uk-nino'],
  ]),
].filter((w) => w.length >= 2);

/** `word` with its unit `k` (if it has one) replaced by the unit after it. */
function shifted(word: string, k: number): string {
  if (k >= word.length) return word;
  return word.slice(0, k) + String.fromCharCode(word.charCodeAt(k) + 1) + word.slice(k + 1);
}

const realPiece = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...REAL_WORDS),
      fc.constantFrom('as is', 'nfd', 'short', 'upper', 'third', 'last', 'fourth', 'mark'),
    )
    .map(([w, how]) => {
      if (how === 'nfd') return w.normalize('NFD');
      if (how === 'short') return w.slice(0, Math.max(2, w.length - 1));
      if (how === 'upper') return w.toUpperCase();
      if (how === 'third') return shifted(w, 2);
      if (how === 'fourth') return shifted(w, 3);
      if (how === 'last') return shifted(w, w.length - 1);
      // A mark typed apart after the first letter: the pair and the third read past it.
      if (how === 'mark') return `${w.charAt(0)}\u0301${w.slice(1)}`;
      return w;
    }),
  // (No mark typed alone: after a "#" the scan and the plain reading part, on base as well:
  // "cp#\u0301 600123456" reads as the phone's label, plainly as a reference, V59h's report.)
  fc.constantFrom(' ', ': ', '\n', '#', '12', '. ', 'x', '[', ']'),
);
const realText = fc.array(realPiece, { maxLength: 10 }).map((parts) => parts.join(''));

/**
 * The label scan (contextBefore, phoneLabelsBefore) against the plain reading at every start of
 * `t` followed by a number, read in `locale` with the label list `own`.
 */
function scanAgreesAtEveryStart(
  t: string,
  own: Parameters<typeof contextBefore>[2],
  locale: string,
): void {
  const context = contextOf(`${t} 600123456`, locale);
  for (let start = 0; start <= context.shadow.length; start++) {
    expect([start, contextBefore(context, start, own)]).toEqual([
      start,
      contextBeforePlain(context, start, own),
    ]);
    expect([start, phoneLabelsBefore(context, start)]).toEqual([
      start,
      {
        version: contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW, false) === 'own',
        phone: contextBeforePlain(context, start, PHONE_WORDS, undefined, false),
      },
    ]);
  }
}

describe("a pair's words read from the index's integer arrays", () => {
  test.prop(
    [realText, fc.constantFrom(...LISTS), fc.constantFrom('en', 'pt-BR', 'tr-TR', 'ko', 'ru')],
    { numRuns: 400 },
  )('find what the plain reading finds, at every start', (t, own, locale) => {
    scanAgreesAtEveryStart(t, own, locale);
  });

  it('meets words of many scripts, typed whole and decomposed (the property is not vacuous)', () => {
    const scripts = new Set<string>();
    for (const w of REAL_WORDS) {
      const c = w.charCodeAt(0);
      scripts.add(
        c < 0x250 ? 'latin' : c < 0x530 ? 'cyrillic-greek' : c < 0x3000 ? 'other' : 'cjk',
      );
    }
    expect([...scripts].sort()).toEqual(['cjk', 'cyrillic-greek', 'latin', 'other']);
    const value = (t: string) => contextOf(`${t} 600123456`);
    const at = (t: string) => t.length + 1;
    for (const t of ['telefone', 'tele\u0301fono', 'заказ', 'sipariş', '주문', 'طلب'])
      expect([t, contextBefore(value(t), at(t), ID_WORDS.pesel)]).not.toEqual([t, 'none']);
  });
});

// The scan's shortcuts of session 62 (V62f), held to the plain reading on windows of the label
// words of ten locales: words that share their first units with a label or with each other
// ("telefon", "telefone", "telefonnummer", a label cut short or with its last letter changed),
// read once by pairEnd in the order of their units; runs of digits, read to their last at once;
// the letters of a Latin word after its first, read on in a loop of their own; commas, colons
// and stops before a space (endsSentence). The scan before them (main b1a72bc0) agreed with the
// plain reading on these texts: the plain reading is the old scan's oracle here.
const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'pl', 'tr', 'ru', 'vi', 'ja'] as const;
const LABEL_WORDS = [
  ...new Set([
    ...PHONE_WORDS,
    ...REFERENCE_WORDS,
    ...Object.values(LANGUAGE_REFERENCE_WORDS).flat(),
    ...VERSION_WORDS,
    ...NUMBER_WORDS,
    ...ID_WORDS.pesel,
  ]),
];
const sharingWord = fc
  .tuple(
    fc.constantFrom(...LABEL_WORDS),
    fc.constantFrom('', 'cut', 'more', 'swap', 'upper', 'nfd'),
    fc.constantFrom('e', 'o', 'u', 's', 'nummer', 'ing', 'é'),
  )
  .map(([w, how, more]) => {
    if (how === 'cut') return w.slice(0, Math.max(1, w.length - 1));
    if (how === 'more') return `${w}${more}`;
    if (how === 'swap') return `${w.slice(0, -1)}${more.charAt(0)}`;
    if (how === 'upper') return w.toUpperCase();
    if (how === 'nfd') return w.normalize('NFD');
    return w;
  });
const labelWindow = fc
  .array(
    fc.oneof(
      sharingWord,
      fc.constantFrom(' ', ', ', '. ', '! ', '\n', ': ', '#', '"', 'xy', 'Ab'),
      fc.nat({ max: 99_999_999 }).map(String),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('the label scan on windows of ten locales', () => {
  test.prop([labelWindow, fc.constantFrom(...LISTS), fc.constantFrom(...LOCALES)], {
    numRuns: 300,
  })('finds what the plain reading finds, at every start', (t, own, locale) => {
    scanAgreesAtEveryStart(t, own, locale);
  });

  it("reads words that share a label's first units (the property is not vacuous)", () => {
    const value = (t: string, locale = 'en') => contextOf(`${t} 600123456`, locale);
    const at = (t: string) => t.length + 1;
    // A longer word read after a shorter one of the same first units, and the other way round.
    for (const t of ['telefonnummer', 'telefono', 'telefone:', 'Tel.'])
      expect([t, contextBefore(value(t), at(t), ID_WORDS.pesel)]).toEqual([t, 'phone']);
    // A label glued after a Latin letter starts no word: it is none.
    expect(contextBefore(value('xtelefon'), 9, ID_WORDS.pesel)).toBe('none');
    expect(contextBefore(value('Zamówienie nr', 'pl'), 14, ID_WORDS.pesel)).toBe('reference');
    // A run of digits after an order's word drops it: the value after it is another's.
    expect(contextBefore(value('Bestellung 4711'), 16, ID_WORDS.pesel)).toBe('none');
    expect(contextBefore(value('Bestellung', 'de'), 11, ID_WORDS.pesel)).toBe('reference');
  });
});
