// The national ids (and the Spanish DNI, the Czech account and the NUBAN, T47b; the card's code,
// T61d) noted with
// readsRuns are not called on a text that holds none of the runs they read (T45e): that skip gives what the call gave only if each id finds nothing there. Held here
// against an oracle that shares nothing with runs.ts: the digit runs read by one regular
// expression (groups of ASCII digits joined by " - ", " ", "-" or "."), their counts by hand.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { lowerSameLength, shadowOf } from './digits.js';
import { builtInRecognizers } from './recognizers/index.js';
import {
  numberRuns,
  READERS,
  runCounts,
  runFirsts,
  runGlued,
  runLettered,
  runLists,
  runReaders,
} from './runs.js';
import type { RecognizerContext, RecognizerMatch } from './types.js';

/**
 * The digit runs of `s` (two digits or more) as [digit count, first group's, groups, whether a
 * '/' follows].
 */
function plainRuns(s: string): [number, number, number, boolean][] {
  const runs: [number, number, number, boolean][] = [];
  for (const m of s.matchAll(/\d+(?:(?: - |[ .-])\d+)*/g)) {
    const groups = m[0].split(/ - |[ .-]/);
    const digits = groups.join('').length;
    const slash = s.charAt(m.index + m[0].length) === '/';
    if (digits >= 2) runs.push([digits, (groups[0] as string).length, groups.length, slash]);
  }
  return runs;
}

/** A count's bit as readsRuns notes it: n for n digits, 0 for 32 or more. */
const bit = (n: number) => (n < 32 ? 2 ** n : 1);

// A digit, a separator perhaps, a line break among blanks (a reply's ">" after it), a digit: where
// a run may go on past a line break (runs.ts WRAPPED, bit 1 of the counts; wraps.ts). Wider than
// wraps.ts reads it (no bound on the blanks, one digit a side): a reader it calls is not held.
const WRAP = /\d[-.]?[ \t]*\r?\n[ \t>]*\d/;

/**
 * The digit counts two runs of `s` make where only a wrap parts them (see WRAP): the first whole,
 * then the second's first groups, one more at a time (runs.ts notes them among the runs' counts
 * for the readers of wrapped ids).
 */
function wrappedCounts(s: string): number[] {
  const counts: number[] = [];
  const runs = [...s.matchAll(/\d+(?:(?: - |[ .-])\d+)*/g)];
  for (let k = 1; k < runs.length; k++) {
    const a = runs[k - 1] as RegExpExecArray;
    const b = runs[k] as RegExpExecArray;
    const gap = s.slice(a.index + a[0].length, b.index);
    if (!/^[-.]?[ \t]*\r?\n[ \t>]*$/.test(gap)) continue;
    let count = a[0].replace(/\D/g, '').length;
    for (const group of b[0].split(/ - |[ .-]/)) {
      count += group.length;
      counts.push(count);
    }
  }
  return counts;
}

// What may follow a run whose control letter comes after it (runs.ts runLettered, read here by
// expressions of its own): a letter, glued or after one separator, that ends its word, or a
// capital at the next line's start past blanks and a reply's marks. Wider than runs.ts reads it
// (any number of blanks, "ſ" anywhere).
const LETTER_AFTER =
  /^(?: - |[ .-])?[A-Za-z\u017f](?![A-Za-z0-9])|^-?[ \t]*\r?\n[ \t>]*[A-Z](?![A-Za-z0-9])/;

/** The digit counts of the runs of `s` of seven digits or more that a lone letter follows. */
function letteredCounts(s: string): number[] {
  const counts: number[] = [];
  for (const m of s.matchAll(/\d+(?:(?: - |[ .-])\d+)*/g)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7 && LETTER_AFTER.test(s.slice(m.index + m[0].length))) counts.push(digits);
  }
  return counts;
}

/** The digit counts of the runs of `s` that an ASCII letter stands right before. */
function gluedCounts(s: string): number[] {
  const counts: number[] = [];
  for (const m of s.matchAll(/(?<=[A-Za-z])\d+(?:(?: - |[ .-])\d+)*/g)) {
    // A run the expression starts inside of is none (its start is a digit's, not a letter's).
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 2) counts.push(digits);
  }
  return counts;
}

/** Whether some run of `s` is one a recognizer noted with these masks reads. */
function readsSome(
  s: string,
  counts: number,
  firsts: number,
  lists: number,
  lettered = 0,
  glued = 0,
): boolean {
  if (lettered !== 0 && letteredCounts(s).some((n) => (lettered & bit(n)) !== 0)) return true;
  if (glued !== 0 && gluedCounts(s).some((n) => (glued & bit(n)) !== 0)) return true;
  if ((counts & 2) !== 0 && WRAP.test(s)) return true;
  if (WRAP.test(s) && wrappedCounts(s).some((n) => (counts & bit(n)) !== 0)) return true;
  return plainRuns(s).some(
    ([digits, first, groups, slash]) =>
      (counts & bit(digits)) !== 0 ||
      (firsts & bit(first)) !== 0 ||
      (groups > 1 && (lists & bit(digits)) !== 0) ||
      // Bit 1 of the lists (runs.ts SLASHED): one group before a '/'.
      (groups === 1 && slash && (lists & 2) !== 0),
  );
}

type Country =
  | 'IT'
  | 'PL'
  | 'FI'
  | 'CZ'
  | 'NG'
  | 'DE'
  | 'BE'
  | 'MX'
  | 'EC'
  | 'UA'
  | 'AU'
  | 'MY'
  | 'ID'
  | 'EG'
  | 'VN'
  | 'MA'
  | 'CO'
  | 'PE'
  | 'GE'
  | 'AR';

function contextOf(text: string, locale: string, country?: Country): RecognizerContext {
  const shadow = shadowOf(text);
  return { text, shadow, lower: lowerSameLength(shadow), locale, country };
}

const readers = runReaders(builtInRecognizers);
const noted = builtInRecognizers.filter(
  (_, r) =>
    (readers[READERS * r] as number) |
    (readers[READERS * r + 1] as number) |
    (readers[READERS * r + 2] as number) |
    (readers[READERS * r + 3] as number) |
    (readers[READERS * r + 4] as number),
);

// Texts of ids' shapes and near misses: digit groups of every length a noted id reads, joined as
// they are printed, after a letter or two and a label, and whole ids that validate (a PESEL, a
// NIE, a kennitala, a henkilötunnus, an NRIC, a Taiwanese id, a CPF, a Czech birth number, a DNI
// glued, dotted and spaced, a Czech account and a NUBAN with their labels), so that the ids find
// what they can: a mask that left out a run one reads fails here.
const group = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.stringMatching(new RegExp(`^\\d{${n}}$`)));
const sep = fc.constantFrom(' ', '-', '.', ' - ', '/', '', ' ');
const word = fc.constantFrom(
  'PESEL ',
  'NIE: ',
  'kennitala ',
  'NINO ',
  'hetu ',
  'RUT ',
  'S',
  'X',
  'AB',
  'A',
  'order ',
  '44051401359',
  'X1234567L',
  '120174-3399',
  '131052-308T',
  'S1234567D',
  'A123456789',
  '123.456.789-09',
  '736028/5163',
  'DNI ',
  '12345678Z',
  '12.345.678-Z',
  '12 345 678 Z',
  'č. ú. ',
  '19-2000145399/0800',
  '2000145399/0800',
  '/0800',
  'account number ',
  // T61b's five: a codice fiscale (runs of two and three digits between letters, one omocodic),
  // a NIR spaced and a Corsican one, a Steuer-IdNr, a Belgian national number, a NIF.
  'RSSMRA85T10A562S',
  'CNTFNC80D41A94QQ',
  'codice fiscale ',
  '1 85 05 75 112 071 12',
  '184112A00401221',
  '1 84 11 2A 004 012 21',
  'NIR ',
  'Steuer-ID ',
  '86 524 391 726',
  '85.07.30-033.28',
  'rijksregisternummer ',
  'NIF ',
  '234567813',
  'acct no 2000145399 (GTBank)',
  'GTBank ',
  '0123456789',
  // T61c's ids and their labels: a CURP, a CLABE, a cédula, an RNOKPP, a TFN, a MyKad number.
  'CURP ',
  'GOMA900512HDFRRN08',
  'CLABE ',
  '002180001234567896',
  'cédula ',
  '1710034065',
  'РНОКПП ',
  '3012345670',
  'TFN ',
  '123 456 782',
  'IC ',
  '900512-14-5678',
  'Z',
  // Argentina's DNI and its labels (nationalIds9.ts, T64c): dotted, unbroken, seven digits.
  'DNI argentino ',
  'documento nacional de identidad ',
  '12.345.678',
  '1.234.567',
  '30123456',
  // T63c's ids and their labels: a NIK, an Egyptian number, a CCCD number, a CIN, a cédula in
  // thousands, a DNI with its verification digit, a Georgian number, Steuernummern slashed (one
  // ending in a lone digit, no run), spaced and federal.
  'NIK ',
  '3602041211870001',
  'الرقم القومي ',
  '29501023201952',
  'CCCD ',
  '001090012345',
  'CIN ',
  'BE123456',
  'C.C. ',
  '1.020.304.050',
  '45678912-3',
  'პ/ნ ',
  '01001012345',
  'Steuernummer ',
  '21/815/08150',
  '22/815/0815/4',
  '133/8150/8159',
  '93815/08152',
  '75 815 08152',
  '2893081508152',
  // The Israeli id (nine digits, eight without its zero) and the Czech birth number after their
  // labels, Ecuador's cédula with its dash (V59a: read from a run's first group).
  'ת.ז. ',
  'מספר זהות ',
  '000000018',
  '00000018',
  'rodné číslo ',
  '171003406-5',
  'ΑΜΚΑ ',
  // A card's code after its label and after a card and its expiry (cardCode.ts, T61d).
  // Ids wrapped inside their groups after their labels (wraps.ts, V58a).
  'BSN ',
  'Aadhaar ',
  '123 456',
  '2345 6789',
  'CVV ',
  'CVC2 ',
  'cvv2 = ',
  '4111 1111 1111 1111',
  ' / 12/27 / ',
  '\n',
  ', ',
  '(',
  ')',
);
const text = fc.array(fc.oneof(group, sep, word), { maxLength: 14 }).map((parts) => parts.join(''));

describe('a noted recognizer finds nothing without a run it reads', () => {
  it('notes the thirty-five ids that read runs of a few lengths, the DNI, two accounts, T61c’s six, T63c’s eight, the card code, Argentina’s DNI and Uruguay’s cédula, no other', () => {
    // T63c's codice fiscale with six or seven omocodes reads no run (it-cf-omocode): not noted.
    expect(noted).toHaveLength(55);
    for (const id of [
      'es-dni',
      'cz-account',
      'ng-nuban',
      'mx-curp',
      'mx-clabe',
      'my-nric',
      'id-nik',
      'eg-nid',
      'vn-cccd',
      'ma-cin',
      'co-cc',
      'pe-dni',
      'ge-pin',
      'de-stnr',
      'card-code',
      'ar-dni',
      'uy-ci',
    ])
      expect(noted.map((r) => r.id)).toContain(id);
    for (const id of ['email', 'upi', 'iban', 'card', 'ip', 'phone', 'it-cf-omocode'])
      expect(noted.map((r) => r.id)).not.toContain(id);
  });

  test.prop(
    [
      text,
      fc.constantFrom('en', 'pl', 'es', 'fi-FI'),
      fc.constantFrom(
        undefined,
        'PL',
        'FI',
        'CZ',
        'NG',
        'DE',
        'BE',
        'MX',
        'EC',
        'UA',
        'AU',
        'MY',
        'AR',
        'ID',
        'EG',
        'VN',
        'MA',
        'CO',
        'PE',
        'GE',
        'UY',
      ),
    ],
    {
      numRuns: 400,
    },
  )('each noted id, on a text without its runs, finds nothing', (t, locale, country) => {
    holdsNothingUnread(t, locale, country as Country | undefined);
  });

  // The readers noted by a run's first group or a group before a '/' (V59a): their labels and
  // prints, and the shapes beside them that they refuse (a date, a phone's groups), in their
  // countries, where the text above seldom puts a label before its print.
  const own = fc.constantFrom(
    'Steuernummer 21/815/08150',
    'St.-Nr. 133/8150/8159',
    '93815/08152',
    '12/05/2026',
    'Steuernummer 2893081508152',
    'Steuernummer 75 815 08152',
    'rodné číslo 736028/5163',
    'rodné číslo 736028 5163',
    '7360285163',
    'cédula 1710034065',
    'cédula 171003406-5',
    'cédula 1710034065001',
    'РНОКПП 3012345670',
    'ת.ז. 000000018',
    'ת.ז. 00000018',
    'acct no 2000145399 (GTBank)',
    '0912 345 678',
    '2026-12-07',
  );
  const ownText = fc
    .array(fc.oneof(own, own, group, sep), { maxLength: 8 })
    .map((parts) => parts.join(''));
  test.prop(
    [
      ownText,
      fc.constantFrom('en', 'de', 'cs', 'es-EC', 'uk', 'he'),
      fc.constantFrom(undefined, 'DE', 'CZ', 'EC', 'UA', 'NG'),
    ],
    { numRuns: 1000 },
  )(
    'the readers of first groups and slashes, on texts of their prints, find nothing unread',
    (t, locale, country) => {
      holdsNothingUnread(t, locale, country as Country | undefined);
    },
  );

  /** Every noted recognizer that `t` holds no run for finds nothing there. */
  function holdsNothingUnread(t: string, locale: string, country: Country | undefined): void {
    const context = contextOf(t, locale, country);
    for (let r = 0; r < builtInRecognizers.length; r++) {
      const counts = readers[READERS * r] as number;
      const firsts = readers[READERS * r + 1] as number;
      const lists = readers[READERS * r + 2] as number;
      const lettered = readers[READERS * r + 3] as number;
      const glued = readers[READERS * r + 4] as number;
      if (
        (counts | firsts | lists | lettered | glued) === 0 ||
        readsSome(context.shadow, counts, firsts, lists, lettered, glued)
      )
        continue;
      const recognizer = builtInRecognizers[r];
      expect([...(recognizer?.find(context) ?? [])] as RecognizerMatch[], recognizer?.id).toEqual(
        [],
      );
    }
  }

  // The DNI's and the NIE's prints and their near misses (V61e: they are called where a lone
  // letter follows a run of their counts, runs.ts runLettered): eight digits, or an X, Y or Z and
  // seven (an old X and eight), whole, in thousands or split 4-3, their control letter right or
  // wrong, in either case, or "ſ", glued, after a space, a dash, a dot or " - ", or on the next
  // line; a word after the letter, a digit, a letter more; a label before.
  const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
  const idDigits = fc.oneof(
    fc.stringMatching(/^\d{8}$/),
    fc.stringMatching(/^[XYZxyz]\d{7}$/),
    fc.stringMatching(/^X\d{8}$/),
    fc.stringMatching(/^\d{7}$/),
    fc.stringMatching(/^\d{9}$/),
  );
  const control = (id: string, pick: number): string => {
    const lead = 'XYZ'.indexOf(id.charAt(0).toUpperCase());
    const digits = lead >= 0 ? `${lead}${id.slice(1)}` : id;
    const right = DNI_LETTERS.charAt(Number(digits) % 23);
    return [right, right, right.toLowerCase(), 'ſ', 'K', `${right}a`, `${right}1`, ''][pick] ?? '';
  };
  const grouped = (id: string, how: number): string => {
    const lead = /^[XYZxyz]/.test(id) ? id.charAt(0) : '';
    const d = id.slice(lead.length);
    if (how === 1 && d.length === 8)
      return `${lead}${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}`;
    if (how === 2 && d.length === 8)
      return `${lead}${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`;
    if (how === 3 && d.length === 8)
      return `${lead}${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`;
    if (how === 4 && d.length === 7) return `${lead} ${d.slice(0, 4)} ${d.slice(4)}`;
    if (how === 5 && lead) return `${lead}-${d}`;
    if (how === 6 && lead) return `${lead}.${d}`;
    if (how === 7 && lead) return `${lead} - ${d}`;
    return id;
  };
  const print = fc
    .tuple(
      idDigits,
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 7 }),
      fc.constantFrom('', ' ', '-', '.', ' - ', '\n', '-\n', ' \n> ', '\t', '  '),
      fc.constantFrom('', 'DNI ', 'NIE: ', 'DNI:\n', 'pedido ', 'tel 600 '),
      fc.constantFrom('', ' ', '.', ' y más', 'eta', '\n', '4'),
    )
    .map(
      ([id, how, pick, gap, label, after]) =>
        `${label}${grouped(id, how)}${gap}${control(id, pick)}${after}`,
    );
  const printText = fc
    .array(fc.oneof(print, print, group, sep), { maxLength: 5 })
    .map((parts) => parts.join(''));
  test.prop(
    [printText, fc.constantFrom('es', 'es-ES', 'en', 'ca'), fc.constantFrom(undefined, 'ES')],
    { numRuns: 1000 },
  )(
    'the readers of a lone letter after a run, on texts of DNIs and NIEs, find nothing unread',
    (t, locale, country) => {
      holdsNothingUnread(t, locale, country as Country | undefined);
      gateHolds(t, locale, country as Country | undefined);
    },
  );

  // The codice fiscale's and the CIN's prints and their near misses (V61e: they are called where a
  // letter is glued before a run of their counts, runs.ts runGlued): whole, in lower case, spaced
  // apart, glued to more letters or digits, after their labels.
  const gluedPrint = fc
    .tuple(
      fc.constantFrom(
        'RSSMRA85T10A562S',
        'CNTFNC80D41A94QQ',
        'rssmra85t10a562s',
        'RSSMRA 85T10A562S',
        'RSSMRA85 T10 A562S',
        'XRSSMRA85T10A562S',
        'RSSMRA85T10A562S1',
        'BE123456',
        'B123456',
        'BE12345',
        'be123456',
        'BE 123456',
        'ABC123456',
        'BE1234567',
      ),
      fc.constantFrom(
        '',
        'codice fiscale ',
        'C.F.: ',
        'CNIE ',
        'CIN: ',
        'carte nationale ',
        'Fattura ',
      ),
      fc.constantFrom('', ' ', '.', ',', 'x', '1'),
    )
    .map(([code, label, after]) => `${label}${code}${after}`);
  const gluedText = fc
    .array(fc.oneof(gluedPrint, gluedPrint, group, sep), { maxLength: 5 })
    .map((parts) => parts.join(''));
  test.prop(
    [
      gluedText,
      fc.constantFrom('it', 'it-IT', 'fr-MA', 'ar-MA', 'en'),
      fc.constantFrom(undefined, 'IT', 'MA'),
    ],
    { numRuns: 600 },
  )(
    'the readers of a letter glued before a run, on texts of codici fiscali and CINs, find nothing unread',
    (t, locale, country) => {
      holdsNothingUnread(t, locale, country as Country | undefined);
      gateHolds(t, locale, country as Country | undefined);
    },
  );

  /**
   * Every noted recognizer that finds something in `t` is one collect calls there: its masks meet
   * the runs' as runs.ts reads them (runCounts, runFirsts, runLists, runLettered), the gate
   * itself, where holdsNothingUnread holds the masks to runs read by expressions.
   */
  function gateHolds(t: string, locale: string, country: Country | undefined): void {
    const context = contextOf(t, locale, country);
    numberRuns(context);
    const masks = [runCounts, runFirsts, runLists, runLettered, runGlued];
    for (let r = 0; r < builtInRecognizers.length; r++) {
      let any = 0;
      let met = 0;
      for (let k = 0; k < READERS; k++) {
        const bits = readers[READERS * r + k] as number;
        any |= bits;
        met |= bits & (masks[k] as number);
      }
      if (any === 0 || met !== 0) continue;
      const recognizer = builtInRecognizers[r];
      expect([...(recognizer?.find(context) ?? [])] as RecognizerMatch[], recognizer?.id).toEqual(
        [],
      );
    }
  }

  it('still finds an id whose run is there, each noted reader called where it reads', () => {
    // A PESEL (11 digits), a NIE (first group of seven), a kennitala (ten), a Taiwanese id
    // (nine after a letter), in one text: each noted recognizer that reads one is called.
    const out = redact(
      'PESEL 44051401359, NIE X1234567L, kennitala 120174-3399, 身分證 A123456789',
      { locale: 'en' },
    );
    expect(out.findings.map((f) => f.type)).toEqual(['pesel', 'es-nie', 'is-kt', 'tw-id']);
  });
});
