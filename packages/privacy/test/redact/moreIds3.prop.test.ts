// The four checks of T38b against oracles written apart, each in another form its source gives:
// the henkilötunnus's remainder read digit by digit (Horner) and its table as the alphabet without
// G, I, O, Q, Z; the CPR's century as its source's table of rows; the fødselsnummer's check digits
// computed as fnrinfo.no computes them (11 − the remainder, 11 as 0, 10 discarded); the NRIC's
// letter by its "check digit" 11 − r and the tables of that form (1 = A … 10 = Z, 11 = J). A date
// is a date when Date gives the same day back. Then brute force over each check's whole alphabet,
// and every id an oracle makes goes after its label as its type; another last character does not.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  dkCprValid,
  fiHetuValid,
  isKennitalaValid,
  noFnrValid,
  sgNricValid,
} from '../../src/redact/checks/nationalIds3.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const n = (s: string, a: number, b: number) => Number(s.slice(a, b));

const FI_ALPHABET = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !'GIOQZ'.includes(c));
const FI_SIGNS: Record<string, number> = { '+': 1800, '-': 1900, A: 2000 };
for (const c of 'YXWVU') FI_SIGNS[c] = 1900;
for (const c of 'BCDEF') FI_SIGNS[c] = 2000;

function fiOracle(d: string): boolean {
  const m = /^(\d{6})(.)(\d{3})(.)$/.exec(d);
  if (!m) return false;
  const [, date = '', sign = '', individual = '', check = ''] = m;
  const century = FI_SIGNS[sign];
  if (century === undefined || Number(individual) < 2) return false;
  if (!isDay(century + n(date, 4, 6), n(date, 2, 4), n(date, 0, 2))) return false;
  let r = 0;
  for (const c of date + individual) r = (r * 10 + Number(c)) % 31;
  return FI_ALPHABET[r] === check;
}

// Rows of "Personnummeret i CPR-systemet"'s table: the seventh digit, the years, the century.
const CPR_TABLE: readonly (readonly [string, number, number, number])[] = [
  ['0123', 0, 99, 1900],
  ['49', 0, 36, 2000],
  ['49', 37, 99, 1900],
  ['5678', 0, 57, 2000],
  ['5678', 58, 99, 1800],
];

function dkOracle(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const yy = n(d, 4, 6);
  const row = CPR_TABLE.find(([s, from, to]) => s.includes(d.charAt(6)) && yy >= from && yy <= to);
  return row !== undefined && isDay(row[3] + yy, n(d, 2, 4), n(d, 0, 2));
}

function noCheck(d: string, weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(d[i]), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

function noOracle(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const dd = n(d, 0, 2);
  const day = dd > 40 ? dd - 40 : dd;
  const yy = n(d, 4, 6);
  const ind = n(d, 6, 9);
  // The regulation's series: 1854–1899 749–500, 1900–1999 499–000, 1940–1999 999–900, 2000–2039 999–500.
  const years = [1800 + yy, 1900 + yy, 2000 + yy].filter(
    (y) =>
      (y >= 1854 && y <= 1899 && ind >= 500 && ind <= 749) ||
      (y >= 1900 && y <= 1999 && ind <= 499) ||
      (y >= 1940 && y <= 1999 && ind >= 900) ||
      (y >= 2000 && y <= 2039 && ind >= 500),
  );
  if (!years.some((y) => isDay(y, n(d, 2, 4), day))) return false;
  const k1 = noCheck(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = noCheck(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 !== 10 && k2 !== 10 && String(k1) === d[9] && String(k2) === d[10];
}

// The letter of each check digit 1..11 (11 − the remainder).
const SG_LETTERS: Record<string, string> = {
  S: 'ABCDEFGHIZJ',
  T: 'ABCDEFGHIZJ',
  F: 'KLMNPQRTUWX',
  G: 'KLMNPQRTUWX',
  M: 'KLJNPQRTUWX',
};
const SG_OFFSET: Record<string, number> = { S: 0, T: 4, F: 0, G: 4, M: 3 };

function sgOracle(d: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(d);
  if (!m) return false;
  const [, prefix = '', seven = '', letter = ''] = m;
  const sum = [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(seven[i]), 0);
  const check = 11 - ((sum + (SG_OFFSET[prefix] as number)) % 11);
  return (SG_LETTERS[prefix] as string).charAt(check - 1) === letter;
}

// Þjóðskrá's worked form: the eight digits times 3 2 7 6 5 4 3 2, summed, 11 less the remainder
// ("Ef niðurstaðan er 11 þá skal vartalan vera 0. Ef niðurstaðan er 10 þá er vartalan ónothæf").
function isOracle(d: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})\d{2}(\d)([890])$/.exec(d);
  if (!m) return false;
  const [, dd = '', mm = '', yy = '', check = '', century = ''] = m;
  const year = { '8': 1800, '9': 1900, '0': 2000 }[century as '8' | '9' | '0'] + Number(yy);
  if (!isDay(year, Number(mm), Number(dd))) return false;
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(d[i]), 0);
  const result = 11 - (sum % 11);
  return result !== 10 && String(result === 11 ? 0 : result) === check;
}

const date = fc
  .tuple(
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([d, m, y]) => [d, m, y].map((x) => `${x}`.padStart(2, '0')).join(''));
const dated = (rest: number) =>
  fc.oneof(
    digits(6 + rest),
    fc.tuple(date, digits(rest)).map((p) => p.join('')),
  );
const SIGNS = '+-ABCDEFYXWVU*.';

describe('each check agrees with its oracle', () => {
  test.prop([dated(3), fc.constantFrom(...SIGNS)])(
    'fi-hetu, every check character',
    (nine, sign) => {
      for (const c of `${FI_ALPHABET.join('')}GIOQZ`) {
        const d = `${nine.slice(0, 6)}${sign}${nine.slice(6)}${c}`;
        expect(fiHetuValid(d)).toBe(fiOracle(d));
      }
    },
  );

  test.prop([dated(4)])('dk-cpr', (d) => {
    expect(dkCprValid(d)).toBe(dkOracle(d));
  });

  test.prop([dated(3), fc.boolean()])('no-fnr, every pair of check digits', (nine, d) => {
    // Half the time a D-number: the day plus 40.
    const lead = d ? `${Number(nine[0]) + 4}${nine.slice(1)}` : nine;
    for (let k = 0; k < 100; k++) {
      const id = lead + `${k}`.padStart(2, '0');
      expect(noFnrValid(id)).toBe(noOracle(id));
    }
  });

  test.prop([fc.constantFrom(...'STFGMAX'), digits(7)])(
    'sg-nric, every letter',
    (prefix, seven) => {
      for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        expect(sgNricValid(prefix + seven + c)).toBe(sgOracle(prefix + seven + c));
    },
  );
});

describe('is-kt agrees with its oracle', () => {
  test.prop([dated(2), fc.constantFrom(...'0123456789')])('every check digit', (eight, century) => {
    for (const c of '0123456789')
      expect(isKennitalaValid(eight + c + century)).toBe(isOracle(eight + c + century));
  });
});

describe('brute force: each check holds for exactly one last character', () => {
  test.prop([dated(3)])('fi-hetu: one of 31 characters, where the date holds', (nine) => {
    const passing = [...'0123456789ABCDEFHJKLMNPRSTUVWXY'].filter((c) =>
      fiHetuValid(`${nine.slice(0, 6)}-${nine.slice(6)}${c}`),
    );
    const head = `${nine.slice(0, 6)}-${nine.slice(6)}`;
    expect(passing.length).toBe(FI_ALPHABET.some((c) => fiOracle(head + c)) ? 1 : 0);
  });

  test.prop([fc.constantFrom(...'STFGM'), digits(7)])('sg-nric: one of 26 letters', (p, seven) => {
    expect(
      [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => sgNricValid(p + seven + c)),
    ).toHaveLength(1);
  });

  test.prop([dated(3)])('no-fnr: at most one of 100 pairs', (nine) => {
    let count = 0;
    for (let k = 0; k < 100; k++) if (noFnrValid(nine + `${k}`.padStart(2, '0'))) count++;
    expect(count).toBeLessThanOrEqual(1);
  });
});

describe('an id an oracle makes goes after its label; another last character is no such id', () => {
  const cases = [
    { type: 'fi-hetu', locale: 'fi-FI', label: 'henkilötunnus ', make: fiMake },
    { type: 'dk-cpr', locale: 'da-DK', label: 'CPR-nr. ', make: dkMake },
    { type: 'no-fnr', locale: 'nb-NO', label: 'fødselsnummer ', make: noMake },
    { type: 'sg-nric', locale: 'en-SG', label: 'NRIC ', make: sgMake },
    { type: 'is-kt', locale: 'is-IS', label: 'kennitala ', make: isMake },
  ] as const;
  for (const c of cases) {
    test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })])(c.type, (seed) => {
      const [id, wrong] = c.make(seed);
      if (id === undefined) return;
      expect(redact(c.label + id, { locale: c.locale }).findings.map((f) => f.type)).toEqual([
        c.type,
      ]);
      if (wrong === undefined) return;
      const other = redact(c.label + wrong, { locale: c.locale }).findings.map((f) => f.type);
      expect(other).not.toContain(c.type);
    });
  }
});

// Makers: a valid id from a seed (the oracle picks its last character), and one with another.
function pad(x: number, w: number): string {
  return `${x}`.padStart(w, '0');
}
function fiMake(seed: number): [string | undefined, string | undefined] {
  const year = 1850 + (seed % 175);
  const sign = year < 1900 ? '+' : year < 2000 ? '-YXWVU'[seed % 6] : 'ABCDEF'[seed % 6];
  const head = `${pad(1 + (seed % 28), 2)}${pad(1 + (seed % 12), 2)}${pad(year % 100, 2)}${sign}${pad(2 + (seed % 998), 3)}`;
  const id = [...FI_ALPHABET].map((c) => head + c).find(fiOracle);
  const wrong = [...FI_ALPHABET].map((c) => head + c).find((d) => !fiOracle(d));
  return [id, wrong];
}
function dkMake(seed: number): [string | undefined, string | undefined] {
  const d = `${pad(1 + (seed % 28), 2)}${pad(1 + (seed % 12), 2)}${pad(seed % 100, 2)}${pad(seed % 10000, 4)}`;
  // A wrong one: the 32nd of its month.
  return [dkOracle(d) ? d : undefined, `32${d.slice(2)}`];
}
function noMake(seed: number): [string | undefined, string | undefined] {
  const year = 1900 + (seed % 100);
  const nine = `${pad(1 + (seed % 28), 2)}${pad(1 + (seed % 12), 2)}${pad(year % 100, 2)}${pad(seed % 500, 3)}`;
  const k1 = noCheck(`${nine}0`, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return [undefined, undefined];
  const k2 = noCheck(`${nine}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === 10) return [undefined, undefined];
  return [`${nine}${k1}${k2}`, `${nine}${k1}${(k2 + 1) % 10}`];
}
function sgMake(seed: number): [string | undefined, string | undefined] {
  const head = 'STFGM'[seed % 5] + pad(seed % 10_000_000, 7);
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return [
    letters.map((c) => head + c).find(sgOracle),
    letters.map((c) => head + c).find((d) => !sgOracle(d)),
  ];
}
function isMake(seed: number): [string | undefined, string | undefined] {
  const head = `${pad(1 + (seed % 28), 2)}${pad(1 + (seed % 12), 2)}${pad(seed % 100, 2)}${pad(20 + (seed % 80), 2)}`;
  const century = '890'[seed % 3] as string;
  const id = [...'0123456789'].map((c) => head + c + century).find(isOracle);
  return [id, id === undefined ? undefined : `${head}${(Number(id[8]) + 1) % 10}${century}`];
}
