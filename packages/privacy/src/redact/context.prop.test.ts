// contextBefore reads the three word lists in one pass over a window bounded by the line: the plain
// reading (one lastEnd per list, the line start found anywhere before) must give the same kind.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  contextBefore,
  contextBeforePlain,
  foldWord,
  lowerCodeAt,
  phoneLabelsBefore,
} from './context.js';
import {
  ID_WORDS,
  NUMBER_WORDS,
  PHONE_WORDS,
  REFERENCE_WORDS,
  VERSION_WINDOW,
  VERSION_WORDS,
} from './keywords.js';
import type { RecognizerContext } from './types.js';

const LISTS = [
  PHONE_WORDS,
  VERSION_WORDS,
  ID_WORDS.pesel,
  ID_WORDS['uk-nino'],
  ID_WORDS['es-dni'],
  ID_WORDS['ir-national-code'],
  ID_WORDS['us-ssn'],
] as const;

const piece = fc.oneof(
  fc.constantFrom(
    ...PHONE_WORDS,
    ...REFERENCE_WORDS.slice(0, 30),
    ...VERSION_WORDS,
    ...NUMBER_WORDS,
    'ssn',
    'pesel',
  ),
  // Digits or a full stop ("。", "।") between a reference word and the value end its reach; a
  // number word after them ("Nr. ") gives the value back to it.
  fc.constantFrom(
    ' ',
    '。',
    '। ',
    '  ',
    '\n',
    ':',
    '#',
    'x',
    'ab',
    '123',
    '7',
    '. ',
    'Nr. ',
    // A sentence's end ends a reference word's reach too ("Bestellung ist da. 0151 …"), unless
    // its full stop ends an abbreviation ("Bestellnr. ", "n. ", "ref. "; a long word is none).
    'da. ',
    'n. ',
    'ref. ',
    'Bestellnr. ',
    'Lieferscheinnr. ',
    // Sixteen letters and seventeen, a reference word at their start: the longest abbreviation.
    'Bestellabcdefgnr. ',
    'Bestellabcdefghnr. ',
    '! ',
    '? ',
    '؟ ',
    '۔',
    '！',
    '.\u00a0',
    '.\t',
    // And after an ellipsis, or a stop before or after a closing bracket or quote ("da... ",
    // "da… ", "(ist da). ", '"ist da". ', «ist da». , „ist da“. , 「…。」), unless the stop ends an
    // abbreviation ("(Order no.) ").
    '...',
    '…',
    '.',
    ')',
    '"',
    "'",
    '»',
    '«',
    '“',
    '”',
    '」',
    '(no.) ',
    // The pieces above made "pesel" rarer: it is here too, so that every kind is still found.
    'pesel',
    '電',
    'تلفن',
    '-',
    '[phone]',
    // A light verb after a Korean or Japanese order word makes it a verb ("주문했", "注文し").
    '주문',
    '注文',
    '했는데',
    'した',
    '하',
    // 햇, 했 typed without its double final, before a past verb's next syllable or a noun's
    // ("주문햇는데", "주문햇반").
    '햇는데',
    '햇반',
    // Vietnamese "MST" (the tax code), a reference word for a Vietnamese text only.
    'MST: ',
    'mst ',
    // Portuguese "anúncio" and Polish "oferta nr", reference words of their language only (T54b),
    // indexed from the shared words' index (T55e).
    'Anúncio ',
    'anuncio ',
    'oferta nr ',
    'Oferta numer ',
    // And an English or German ending after its order word ("ordered", "bestellt", "Bestellung").
    'order',
    'ed',
    'ing',
    'bestell',
    't',
    'ung',
  ),
  // Upper case the fast path lowers one unit at a time: Latin-1 and Polish letters, a dotted
  // capital I (whose lower case is two units: it stays), the Kelvin sign (lower case "k"), sigma.
  fc.constantFrom(
    'TÉLÉPHONE',
    'ZAMÓWIENIE',
    'PRZESYŁKA',
    'İ',
    '\u212a',
    'Σ',
    'ÀÉÎ',
    'Tel',
    'ORDER',
  ),
  fc.string({ maxLength: 6 }),
);

const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

/** As redact.ts makes it: a unit whose lower case is longer stays as it is. */
function lowerSameLength(t: string): string {
  const lower = t.toLowerCase();
  if (lower.length === t.length) return lower;
  let out = '';
  for (const ch of t) out += ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return out;
}

function contextOf(t: string, locale = 'en'): RecognizerContext {
  return { text: t, shadow: t, lower: lowerSameLength(t), locale, country: undefined };
}

// Languages with reference words of their own (keywords.ts LANGUAGE_REFERENCE_WORDS) and two without.
const locale = fc.constantFrom('en', 'vi-VN', 'tr-TR', 'pt-BR', 'pl-PL');

describe('contextBefore reads labels as three lastEnd look-ups do', () => {
  test.prop(
    [text, fc.nat(), fc.nat(LISTS.length - 1), fc.constantFrom(48, VERSION_WINDOW, 8, 64), locale],
    { numRuns: 1000 },
  )('same kind at every start, for every list, window and locale', (t, at, k, window, tag) => {
    const context = contextOf(t, tag);
    const start = t.length === 0 ? 0 : at % (t.length + 1);
    const own = LISTS[k] as readonly string[];
    expect(contextBefore(context, start, own, window)).toBe(
      contextBeforePlain(context, start, own, window),
    );
  });

  // Texts shaped like what the digit rule is about ("order 123, PESEL nr. "): a reference word,
  // digits, perhaps another label, perhaps a number word, so that they meet inside one window.
  const part = (...xs: string[]) => fc.constantFrom('', ...xs);
  const near = fc
    .tuple(
      part('x', 'tel 1 ', '\n'),
      part(
        'order',
        'Rechnung',
        '#',
        'order #',
        'customer no.',
        'Bestellabcdefgnr',
        'Bestellabcdefghnr',
      ),
      part(
        ' ',
        ', ',
        ': ',
        ' da. ',
        ' n. ',
        '! ',
        ' ok? ',
        '؟ ',
        '۔',
        ' ref. ',
        'nr. ',
        ' da... ',
        ' da… ',
        ' (da). ',
        ' "da". ',
        ' «da». ',
        ' „da“. ',
        ' (nr.) ',
        ' "da." ',
        ' ("da.") ',
        ' «(da.)» ',
        ' ("nr.") ',
        'しました。」',
      ),
      part('123', '7', '2024-11', '。', 'ました。'),
      part(' ', ', ', '. ', 'x'),
      part('tel', 'pesel', 'ssn', 'version', 'order'),
      part(' ', ': ', 'x'),
      part('nr', 'Nr', 'number', '№', 'no', 'nor'),
      part(' ', '. ', ': ', '  ', 'x '),
    )
    .map((parts) => parts.join(''));
  // A reference word past its window that only a date parts from a number word: it still names
  // the value ("Zamówienie z dnia 30.11.2024 nr ").
  const dated = fc
    .tuple(
      part('order', 'ZAMÓWIENIE', 'x', 'tel'),
      part(' placed with us on the ', ' z dnia ', ' ', ', ', '\n'),
      part('30.11.2024', '2024-11-30', '30.11.20245', '123', '30.11.2024。'),
      part(' ', ', ', ' x ', ' tel '),
      part('nr', 'Nr', 'number', 'nor'),
      part(' ', '. ', ':', 'x'),
    )
    .map((parts) => parts.join(''));

  test.prop(
    [fc.oneof(near, dated), fc.nat(LISTS.length - 1), fc.constantFrom(48, VERSION_WINDOW, 8)],
    {
      numRuns: 1000,
    },
  )('same kind after digits and number words', (t, k, window) => {
    const context = contextOf(t);
    const own = LISTS[k] as readonly string[];
    for (let start = 0; start <= t.length; start++)
      expect(contextBefore(context, start, own, window)).toBe(
        contextBeforePlain(context, start, own, window),
      );
    for (let start = 0; start <= t.length; start++)
      expect(phoneLabelsBefore(context, start)).toEqual({
        version: contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW, false) === 'own',
        phone: contextBeforePlain(context, start, PHONE_WORDS, undefined, false),
      });
  });

  test.prop([text, fc.nat(), locale], { numRuns: 1000 })(
    'phoneLabelsBefore reads what the two look-ups the phone recognizer made read',
    (t, at, tag) => {
      const context = contextOf(t, tag);
      const start = t.length === 0 ? 0 : at % (t.length + 1);
      expect(phoneLabelsBefore(context, start)).toEqual({
        version: contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW, false) === 'own',
        phone: contextBeforePlain(context, start, PHONE_WORDS, undefined, false),
      });
    },
  );

  it('finds every kind (the property is not vacuous)', () => {
    const kinds = new Set<string>();
    // "pesel" is one piece in about 120: 300 samples held it nearest by chance until the phone
    // words changed ("mob" for "mobile" and "mobiel", 2026-12-01).
    for (const t of fc.sample(text, { numRuns: 1000, seed: 3 })) {
      const context = contextOf(t);
      for (let s = 0; s <= t.length; s++) kinds.add(contextBefore(context, s, ID_WORDS.pesel));
    }
    expect([...kinds].sort()).toEqual(['none', 'own', 'phone', 'reference']);
    const labels = new Set<string>();
    for (const t of fc.sample(text, { numRuns: 300, seed: 3 })) {
      const context = contextOf(t);
      for (let s = 0; s <= t.length; s++) {
        const { version, phone } = phoneLabelsBefore(context, s);
        labels.add(`${version}/${phone}`);
      }
    }
    expect([...labels].sort()).toEqual([
      'false/none',
      'false/own',
      'false/reference',
      'true/none',
      'true/own',
      'true/reference',
    ]);
  });
});

// foldWord makes its string a chunk of units at a time (T66c: one flat string, not a rope a unit
// at a time): the unit-by-unit fold is its oracle, on words and on a run of letters longer than a
// call takes arguments (prepositions.ts reads a text's words with it).
describe('foldWord', () => {
  const plain = (w: string): string => {
    let out = '';
    for (let k = 0; k < w.length; k++) out += String.fromCharCode(lowerCodeAt(w, k));
    return out;
  };
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 1000 })(
    'folds each unit as lowerCodeAt reads it',
    (w) => {
      expect(foldWord(w)).toBe(plain(w));
    },
  );
  it('folds a run of 300,000 letters whole', () => {
    const w = `${'Éa'.repeat(150_000)}İ`;
    expect(foldWord(w)).toBe(plain(w));
  });
});
