// The six ids of T38c read at the runs of their digit counts only (T39a) against the reading at
// every digit run, the oracle: a digit count read first must never drop a run a reader takes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import {
  arCuitValid,
  caSinValid,
  clRutValid,
  hkIdValid,
  hrOibValid,
  iePpsnValid,
} from '../checks/nationalIds4.js';
import { shadowOf } from '../digits.js';
import { type NumberRun, scanRuns } from '../runs.js';
import {
  findIds4,
  hkidAt,
  ID_WORDS_4,
  type Reading,
  readHkid,
  readRut,
  readSin,
} from './nationalIds4.js';

const TYPES = Object.keys(ID_WORDS_4) as (keyof typeof ID_WORDS_4)[];

/** `body` and the check character (of `checks`) that makes `valid` hold, if one does. */
function completed(body: string, checks: string, valid: (id: string) => boolean): string {
  for (const c of checks) if (valid(body + c)) return body + c;
  return body;
}

const digits = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n - 1}}$`)));
const dotted = (d: string) => d.replace(/\B(?=(\d{3})+$)/g, '.');

// Ids whose check holds, in each print their readers take and some they do not.
const valid = fc.oneof(
  digits(7, 8).chain((b) => {
    const id = completed(b, '0123456789K', clRutValid);
    const [body, check] = [id.slice(0, -1), id.slice(-1)];
    return fc.constantFrom(`${dotted(body)}-${check}`, `${body}-${check}`, body + check);
  }),
  fc.tuple(fc.constantFrom('20', '23', '27', '30'), digits(8, 8)).chain(([t, b]) => {
    const id = completed(t + b, '0123456789', arCuitValid);
    return fc.constantFrom(id, `${t}-${b}-${id.slice(-1)}`, `${t} ${b} ${id.slice(-1)}`);
  }),
  digits(8, 8).chain((b) => {
    const id = completed(b, '0123456789', caSinValid);
    return fc.constantFrom(
      id,
      id.replace(/(\d{3})(\d{3})/, '$1 $2 '),
      `${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}`,
    );
  }),
  fc.tuple(digits(7, 7), fc.constantFrom('', 'A', 'W', 'T')).map(([b, second]) => {
    for (const c of 'WABCDEFGHIJKLMNOPQRSTUV')
      if (iePpsnValid(b + c + second)) return b + c.toLowerCase() + second;
    return b;
  }),
  digits(10, 10).map((b) => completed(b, '0123456789', hrOibValid)),
  fc.tuple(fc.constantFrom('A', 'D', 'AB', 'XA'), digits(6, 6)).chain(([p, b]) => {
    const id = completed(p + b, '0123456789A', hkIdValid);
    return fc.constantFrom(id, `${p + b}(${id.slice(-1)})`, `${p + b} (${id.slice(-1)})`);
  }),
);

// Digit groups of one to thirteen digits, joined as the ids print theirs and as other numbers
// do, with what stands around an id: its check letters and brackets, labels, codes' letters.
const group = fc.stringMatching(/^\d{1,13}$/);
// Each after a label of one of the six (its own or another's) half the time.
const LABELS = Object.values(ID_WORDS_4).map((words) => `${words[0] as string} `);
const labelled = fc.tuple(fc.constantFrom('', '', ...LABELS), valid).map(([l, v]) => l + v);
const piece = fc.oneof(
  { arbitrary: labelled, weight: 3 },
  { arbitrary: group, weight: 1 },
  fc.constantFrom(
    '12.345.678-5',
    '12.345.678-K',
    '12345678K',
    '20-12345678-6',
    '130 692 544',
    '130-692-544',
    '1234567T',
    '1234567TW',
    'A123456(3)',
    'AB987654 (9)',
    'J861370A',
    '94577403194',
  ),
  fc.constantFrom('RUT ', 'CUIT ', 'SIN: ', 'PPSN ', 'OIB: ', 'HKID ', '身份證 ', 'order '),
  fc.constantFrom(' ', '-', '.', ' - ', '(', ')', 'K', 'k', 'A', 'AB', 'x', '\n', '#'),
);
// Most pieces stand apart, as words do; some are glued (a code's letters, a check's bracket).
const gap = fc.constantFrom(' ', ' ', ' ', ': ', '', '-', '\n');
const text = fc
  .array(fc.tuple(piece, gap), { maxLength: 10 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''));
const place = fc.constantFrom(
  ['es-CL', 'CL'] as const,
  ['es-AR', 'AR'] as const,
  ['en-CA', 'CA'] as const,
  ['en-IE', 'IE'] as const,
  ['hr-HR', 'HR'] as const,
  ['zh-HK', 'HK'] as const,
  ['de-DE', 'DE'] as const,
);

/** The RUT's reader as it read the run's shape (T38c): the oracle of readRut's groups. */
function readRutByShape(s: string, run: NumberRun, out: Reading): boolean {
  const wordAt = (i: number) => i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s.charAt(i));
  const n = run.digitCount;
  if (n < 7 || n > 9 || run.groupCount > 4) return false;
  const shape = run.shape;
  let end = run.end;
  let id = run.digits;
  const k = s.charCodeAt(end) === 45 && (s.charCodeAt(end + 1) | 0x20) === 107;
  const kGlued = !k && (s.charCodeAt(end) | 0x20) === 107;
  if ((k || kGlued) && !wordAt(end + (k ? 2 : 1)) && n <= 8) {
    id += 'K';
    end += k ? 2 : 1;
    if (k && (shape === '2.3.3' || shape === '1.3.3')) out.mode = 'formatted';
    else if (
      (k && (shape === '8' || shape === '7')) ||
      (kGlued && (shape === '8' || shape === '7'))
    )
      out.mode = 'labelled';
    else return false;
  } else if (shape === '2.3.3-1' || shape === '1.3.3-1') out.mode = 'formatted';
  else if (shape === '8-1' || shape === '7-1' || shape === '9' || shape === '8') {
    if (wordAt(end)) return false;
    out.mode = 'labelled';
  } else return false;
  out.start = run.start;
  out.end = end;
  out.id = id;
  return true;
}

// Groups of one to nine digits joined as a RUT's are and as dates, phones and lists are, and
// bodies of seven or eight digits dotted or not, then a separator and a check or none.
const rutBody = fc
  .tuple(
    fc.stringMatching(/^[1-9]\d{6,7}$/),
    fc.boolean(),
    fc.constantFrom('-', '.', ' ', ' - ', '', '\u00ad'),
    fc.constantFrom('5', 'K', 'k', '', '12'),
    // A dotted body with one dot another separator ("12.345 678", "12 345.678").
    fc.constantFrom('', ' ', '-'),
    fc.boolean(),
  )
  .map(([body, dots, sep, check, other, first]) => {
    let b = dots ? dotted(body) : body;
    const at = first ? b.indexOf('.') : b.lastIndexOf('.');
    if (other !== '' && at >= 0) b = b.slice(0, at) + other + b.slice(at + 1);
    return b + sep + check;
  });
const rutText = fc
  .array(
    fc.tuple(
      fc.stringMatching(/^\d{1,9}$/),
      fc.constantFrom('.', '-', ' ', ' - ', '-K', '-k', 'K', 'K1', '-Ka', '\u00ad', ', ', 'x'),
    ),
    { maxLength: 6 },
  )
  .chain((parts) => rutBody.map((body) => body + parts.map(([g, s]) => ` ${g}${s}`).join('')));

describe('readRut', () => {
  test.prop([fc.oneof(rutText, text)], { numRuns: 300 })(
    'reads from the groups what the shapes read',
    (t) => {
      const shadow = shadowOf(t);
      for (const run of scanRuns(shadow, 2, undefined, t)) {
        const a: Reading = { start: 0, end: 0, mode: 'labelled', id: '' };
        const b: Reading = { start: 0, end: 0, mode: 'labelled', id: '' };
        const read = readRut(shadow, run, a);
        expect(read).toBe(readRutByShape(shadow, run, b));
        if (read) expect(a).toEqual(b);
      }
    },
  );
});

/** The SIN's reader as it read the run's shape (T38c): the oracle of readSin's groups (T66c). */
function readSinByShape(run: NumberRun, out: Reading): boolean {
  if (run.digitCount !== 9 || run.groupCount > 3) return false;
  const shape = run.shape;
  if (shape !== '9' && shape !== '3 3 3' && shape !== '3-3-3') return false;
  out.mode = 'labelled';
  out.start = run.start;
  out.end = run.end;
  out.id = run.digits;
  return true;
}

// Runs of groups of three digits and of one to nine, joined as a SIN's are ("046 454 286",
// "046-454-286", "046 - 454 - 286") and as others are ("046.454.286", "046 454-286").
const sinText = fc
  .array(
    fc.tuple(
      fc.oneof(fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^\d{1,9}$/)),
      fc.constantFrom(' ', '-', '.', ' - ', ', ', '\u00ad', 'x'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.map(([g, s]) => g + s).join(''));

describe('readSin', () => {
  test.prop([fc.oneof(sinText, text)], { numRuns: 300 })(
    'reads from the groups what the shapes read',
    (t) => {
      const shadow = shadowOf(t);
      for (const run of scanRuns(shadow, 2, undefined, t)) {
        const a: Reading = { start: 0, end: 0, mode: 'formatted', id: '' };
        const b: Reading = { start: 0, end: 0, mode: 'formatted', id: '' };
        const read = readSin(shadow, run, a);
        expect(read).toBe(readSinByShape(run, b));
        if (read) expect(a).toEqual(b);
      }
    },
  );
});

// Six or seven digits with letters, capitals or not, a Han character or a space before them, and
// the check glued, in brackets or none after them ("A123456(3)", "AB9876543", "xA123456 (A)").
const hkidText = fc
  .tuple(
    fc.constantFrom('', ' ', 'x', 'X', '我', 'a', '1'),
    fc.constantFrom('', 'A', 'AB', 'a', 'Ab', 'aB', 'Z'),
    fc.stringMatching(/^\d{6,7}$/),
    fc.constantFrom('', 'A', 'a', '(3)', ' (3)', '(A)', ' (a)', '3(3)', 'A (A)', 'x'),
  )
  .map((parts) => parts.join(''));

describe('readHkid', () => {
  test.prop([fc.oneof(hkidText, text)], { numRuns: 300 })(
    'reads after its gate what the whole reading reads',
    (t) => {
      const shadow = shadowOf(t);
      for (const run of scanRuns(shadow, 2, undefined, t)) {
        const a: Reading = { start: 0, end: 0, mode: 'labelled', id: '' };
        const b: Reading = { start: 0, end: 0, mode: 'labelled', id: '' };
        const read = readHkid(shadow, run, a);
        expect(read).toBe(hkidAt(shadow, run, b));
        if (read) expect(a).toEqual(b);
      }
    },
  );
});

describe('findIds4', () => {
  test.prop([text, place], { numRuns: 300 })(
    'reads at the runs of its digit counts what it reads at every run',
    (t, [locale, country]) => {
      const context = contextOf(t, locale, country);
      for (const type of TYPES)
        expect(findIds4(type, context)).toEqual(findIds4(type, context, true));
    },
  );
});
