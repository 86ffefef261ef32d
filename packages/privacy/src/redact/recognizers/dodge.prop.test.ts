// DODGE (email.ts) against the expression it was before session 52 grouped its alternatives by
// their first units: the oracle, each alternative written out one after another. A test asks only
// whether some alternative matches somewhere, so the two must answer alike on every text; the
// texts here are made of the pieces the alternatives read (their words in mixed case, the "@"
// words, brackets, spaces, the dot words, near misses), so that most hold a match or nearly one.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DODGE, DODGE_LED, dodgedAddresses } from './email.js';

/** The expression as written up to session 52 (one alternative after another), the oracle. */
const DODGE_PLAIN =
  /[([{<] ?(?:at|dot|\.) ?[)\]}>]|@[ )\]}>]| dot |małpa|klammeraffe|ar(?:roba|obase)|골뱅이| at the rate |apen?staartje|chiocciola| (?:punkt|kropka|punto|ponto|point|punt|nokta) \S+ (?:at|ät|et) | (?:at|ät|et) \S+? ?[([{<]? ?(?:punkt|kropka|punto|ponto|point|punt|nokta)[ )\]}>]/i;

const WORDS = [
  'at',
  'ät',
  'et',
  'it',
  'dot',
  'do',
  'the rate',
  'the',
  'rate',
  'małpa',
  'mapa',
  'klammeraffe',
  'klammer',
  'arroba',
  'arobase',
  'aroba',
  'arr',
  '골뱅이',
  '골뱅',
  'apenstaartje',
  'apestaartje',
  'apenstaart',
  'chiocciola',
  'chio',
  'punkt',
  'kropka',
  'punto',
  'ponto',
  'point',
  'punt',
  'nokta',
  'pun',
  'gmail',
  'jane',
  'example',
  'com',
];

/** A word in a case of its own: each letter upper or lower as `mask` says. */
function cased(word: string, mask: number): string {
  return Array.from(word, (ch, k) => ((mask >> k) & 1 ? ch.toUpperCase() : ch)).join('');
}

// A token: a word in a case of its own, a bracket before it or after it at times.
const token = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.nat(),
    fc.constantFrom('', '', '', '(', '[', '{', '<', '( ', '@'),
    fc.constantFrom('', '', '', ')', ']', '}', '>', ' )', '@', '.'),
  )
  .map(([w, m, before, after]) => before + cased(w, m) + after);

// Tokens mostly one space apart, as prose is: each alternative's words then stand in its order
// often enough (the long ones, "punkt … at", "at … punkt", need three in a row).
const text = fc
  .array(
    fc.tuple(
      token,
      fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '.', '\n', 'é', 'Ł', '\u00a0', '1'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

const AT_WORDS = ['at', 'ät', 'et'] as const;
const DOT_WORDS = ['punkt', 'kropka', 'punto', 'ponto', 'point', 'punt', 'nokta'] as const;
const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

// One instance of an alternative, each of its choices drawn (the bracket, the "at" word, the dot
// word, the optional spaces), then edited once or twice (a unit dropped, put in, or replaced by a
// near one): the texts on either side of each alternative's edge.
const instance = fc.oneof(
  fc
    .tuple(pick(['(', '[', '{', '<']), pick(['', ' ']), pick(['at', 'dot', '.']), pick(['', ' ']))
    .chain(([o, s1, w, s2]) => pick([')', ']', '}', '>']).map((c) => o + s1 + w + s2 + c)),
  pick([' ', ')', ']', '}', '>']).map((c) => `@${c}`),
  pick([
    ' dot ',
    'małpa',
    'klammeraffe',
    'arroba',
    'arobase',
    '골뱅이',
    ' at the rate ',
    'apenstaartje',
    'apestaartje',
    'chiocciola',
  ]),
  fc
    .tuple(pick(DOT_WORDS), pick(['gmail', 'x', 'a.b', '(y)']), pick(AT_WORDS))
    .map(([d, w, a]) => ` ${d} ${w} ${a} `),
  fc
    .tuple(
      pick(AT_WORDS),
      pick(['gmail', 'x', 'a.b']),
      pick(['', ' ']),
      pick(['', '(', '[', '{', '<']),
      pick(['', ' ']),
      pick(DOT_WORDS),
      pick([' ', ')', ']', '}', '>']),
    )
    .map(([a, w, s1, o, s2, d, c]) => ` ${a} ${w}${s1}${o}${s2}${d}${c}`),
);

const EDIT_UNITS = [' ', 'a', 't', 'ä', 'e', 'Ä', '(', ')', '>', '@', 'x', '.', '\n'];

const edited = fc
  .tuple(
    instance,
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.nat(2), pick(EDIT_UNITS)), { maxLength: 2 }),
  )
  .map(([t, mask, edits]) => {
    let out = cased(t, mask);
    for (const [at, kind, unit] of edits) {
      const k = at % (out.length + 1);
      out =
        kind === 0
          ? out.slice(0, k) + out.slice(k + 1)
          : kind === 1
            ? out.slice(0, k) + unit + out.slice(k)
            : out.slice(0, k) + unit + out.slice(k + 1);
    }
    return out;
  });

/** Both regexes give `want` on every text (the failing text named). */
function bothSay(texts: readonly string[], want: boolean): void {
  for (const t of texts) {
    expect(DODGE_PLAIN.test(t), t).toBe(want);
    expect(DODGE.test(t), t).toBe(want);
  }
}

describe('DODGE grouped by first units', () => {
  test.prop([edited, text], { numRuns: 3000 })(
    "finds a match exactly where the plain expression does, at each alternative's edges",
    (t, rest) => {
      expect(DODGE.test(t)).toBe(DODGE_PLAIN.test(t));
      expect(DODGE.test(`${rest}${t}`)).toBe(DODGE_PLAIN.test(`${rest}${t}`));
    },
  );

  test.prop([text], { numRuns: 3000 })(
    'finds a match exactly where the plain expression does',
    (t) => {
      expect(DODGE.test(t)).toBe(DODGE_PLAIN.test(t));
    },
  );

  test.prop([fc.string({ unit: 'grapheme-composite', maxLength: 40 })])('on any text too', (t) => {
    expect(DODGE.test(t)).toBe(DODGE_PLAIN.test(t));
  });

  it('the texts hold a match often and none often (the property reads both answers)', () => {
    const texts = fc.sample(text, { seed: 52, numRuns: 1000 });
    const found = texts.filter((t) => DODGE_PLAIN.test(t)).length;
    expect(found).toBeGreaterThan(200);
    expect(found).toBeLessThan(800);
  });

  it('each alternative still matches (the property is not vacuous), and near misses do not', () => {
    const matches = [
      'jane (at) example',
      'jane [ dot ] com',
      'jane <.> com',
      'jane @ example',
      'jane@)',
      'jane dot doe',
      'jan małpa wp.pl',
      'MAX KLAMMERAFFE web.de',
      'juan arroba gmail',
      'jean arobase free.fr',
      '민지 골뱅이 daum.net',
      'rahul at the rate gmail',
      'jan apenstaartje ziggo.nl',
      'jan apestaartje ziggo.nl',
      'mario chiocciola libero',
      'mario punto rossi at gmail',
      'ahmet nokta yilmaz et gmail',
      'max at web punkt de',
      'max ät web [punkt] de',
      'jane at gmail(punto) it',
      'JANE AT GMAIL PONTO COM',
    ];
    bothSay(matches, true);
    const misses = [
      'we met at home today',
      'the point is made',
      'pay ät the rate of',
      'pay et the rate of',
      'jane@example.com',
      'order (12345)',
      'a dotted line',
      'aroba',
      'klammer affe',
    ];
    bothSay(misses, false);
  });
});

// DODGE_LED (email.ts), the email scan's gate: DODGE with its "@" words asked only after a space
// or a bracket. It passes no text DODGE does not, and where DODGE passes a text it does not (an
// "@" word glued to letters before it), dodgedAddresses finds nothing in it: the scan's addresses
// are the same with either gate. The texts: spoken addresses (an "@" word, a local part, labels
// and their dots, as SPOKEN_AT and SPOKEN_DOT read them) beside "@" words glued to a word.
const AT_SAID = [
  ' at ',
  ' ät ',
  ' et ',
  ' małpa ',
  ' klammeraffe ',
  ' arroba ',
  ' arobase ',
  ' chiocciola ',
  ' apenstaartje ',
  ' apestaartje ',
  ' 골뱅이 ',
  ' at the rate ',
  ' at the rate of ',
  ' (at) ',
  '[at]',
  ' (małpa) ',
  '(arroba)',
  '{ chiocciola }',
  ' @ ',
  '@ ',
  '(@)',
  ' <@> ',
  '[@]',
];
const DOT_SAID = [
  '.',
  ' dot ',
  ' . ',
  '(dot)',
  ' [.] ',
  ' punkt ',
  ' kropka ',
  ' punto ',
  ' ponto ',
  ' point ',
  ' punt ',
  ' nokta ',
];
const GLUED = [
  'xmałpa',
  'arrobas',
  'Zarobase',
  'klammeraffen',
  'mapenstaartje',
  '1골뱅이',
  'chiocciolaX',
];
const said = fc
  .tuple(
    pick(['jane', 'max', 'jan.kowalski', 'rahul', 'it', 'a_b']),
    fc.array(pick(DOT_SAID.concat([' underscore ', ' tiret '])), { maxLength: 1 }),
    pick(['', 'doe']),
    pick(AT_SAID),
    pick(['example', 'gmail', 'web', 'wp', 'daum']),
    pick(DOT_SAID),
    pick(['com', 'de', 'pl', 'net', 'co']),
    fc.nat(),
  )
  .map(([l, sep, l2, at, d, dot, tld, mask]) =>
    cased(
      `${l}${l2 ? `${sep[0] ?? ' dot '}${l2}` : ''}${at}${d}${dot}${tld}`,
      mask % 4 === 0 ? mask : 0,
    ),
  );
// The "@" said as "at", "ät" or "et" takes a dot word only after a local part with a dot written
// or said ("max punkt mustermann ät web punkt de", "jan.kowalski et wp nokta pl").
const saidAt = fc
  .tuple(
    pick([
      'jan.kowalski',
      'max punkt mustermann',
      'ahmet nokta yilmaz',
      'jean point dupont',
      'jan kropka kowalski',
      'marco punto rossi',
      'joao ponto silva',
      'jan punt jansen',
    ]),
    pick(AT_WORDS),
    pick(['web', 'gmail', 'wp']),
    pick([
      ' punkt ',
      ' nokta ',
      ' kropka ',
      ' point ',
      ' punto ',
      '(punkt)',
      ' [nokta] ',
      '.',
      '.',
      '.',
    ]),
    pick(['de', 'com', 'pl']),
    fc.nat(),
  )
  .map(([l, a, d, dot, tld, mask]) =>
    cased(`${l} ${a} ${d}${dot}${tld}`, mask % 4 === 0 ? mask : 0),
  );
const ledText = fc
  .array(fc.oneof(said, saidAt, pick(GLUED), token), { minLength: 1, maxLength: 5 })
  .chain((parts) =>
    fc
      .array(pick([' ', ' ', '', '\n', ', ', '\u00a0']), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, k) => p + seps[k]).join('')),
  );

describe('DODGE_LED, the email scan gate', () => {
  test.prop([fc.oneof(ledText, ledText, edited, text), pick(['', 'fr', 'de-DE', 'en'])], {
    numRuns: 5000,
  })(
    'passes no text DODGE does not, and where it does not pass one DODGE does, no address is found',
    (t, locale) => {
      if (DODGE_LED.test(t)) expect(DODGE.test(t), t).toBe(true);
      else if (DODGE.test(t)) expect(dodgedAddresses(t, [], locale), t).toEqual([]);
    },
  );

  test.prop([fc.string({ unit: 'grapheme-composite', maxLength: 40 })])('on any text too', (t) => {
    if (DODGE_LED.test(t)) expect(DODGE.test(t)).toBe(true);
    else if (DODGE.test(t)) expect(dodgedAddresses(t, [])).toEqual([]);
  });

  it('the texts hold addresses and glued words often (the property reads both sides)', () => {
    const texts = fc.sample(ledText, { seed: 64, numRuns: 1000 });
    const found = texts.filter((t) => dodgedAddresses(t, []).length > 0).length;
    const onlyDodge = texts.filter((t) => DODGE.test(t) && !DODGE_LED.test(t)).length;
    expect(found).toBeGreaterThan(200);
    expect(onlyDodge).toBeGreaterThan(20);
  });

  it('reads the "@" words after a space or a bracket, not glued to a word', () => {
    for (const t of [
      'jan małpa wp.pl',
      'MAX KLAMMERAFFE web.de',
      'juan (arroba) gmail.com',
      'jean [ arobase ] free.fr',
      '민지 골뱅이 daum.net',
      'jan apestaartje ziggo.nl',
      'mario {chiocciola} libero.it',
      'jane dot doe',
      'jane (at) example',
      'jane@)',
      'max at web punkt de',
      'ahmet nokta yilmaz et gmail',
    ])
      expect(DODGE_LED.test(t), t).toBe(true);
    for (const t of ['xmałpa', 'Barrobas', 'mapenstaartje', '1골뱅이', 'we met at home'])
      expect(DODGE_LED.test(t), t).toBe(false);
  });
});
