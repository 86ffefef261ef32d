// The checks of T61c's ids against oracles written apart, in the form their sources state them:
// the CURP as one regular expression, its date by Date, its check over the alphabet with Ñ; the
// CLABE, the cédula and the RNOKPP with their check digit added to the sum (a multiple of 10, or
// the remainder found by trying every one); the TFN's sum as a BigInt; the MyKad's places as a
// list. Then brute force over the last digit, and every id the oracle makes goes after its label,
// another last digit not.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  auTfnValid,
  clabeValid,
  curpValid,
  ecCiValid,
  myNricValid,
  uaRnokppValid,
} from '../../src/redact/checks/nationalIds7.js';

function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const STATES =
  'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const CURP_SHAPE = new RegExp(
  `^[A-Z][AEIOUX][A-Z]{2}(\\d{2})(\\d{2})(\\d{2})[HMX](?:${STATES})[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])(\\d)$`,
);
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

function curpOracle(s: string): boolean {
  const m = CURP_SHAPE.exec(s);
  if (m === null) return false;
  const year = (/\d/.test(m[4] as string) ? 1900 : 2000) + Number(m[1]);
  if (!isDay(year, Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(s.charAt(i)) * (18 - i);
  return (sum + Number(m[5])) % 10 === 0;
}

const CLABE_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7];

function clabeOracle(d: string): boolean {
  if (!/^\d{18}$/.test(d)) return false;
  let sum = Number(d[17]);
  for (let i = 0; i < 17; i++) sum += (Number(d[i]) * (CLABE_WEIGHTS[i] as number)) % 10;
  return sum % 10 === 0;
}

const PROVINCES = new Set([...Array.from({ length: 24 }, (_, i) => i + 1), 30]);

function ecOracle(d: string): boolean {
  if (!/^\d{10}$/.test(d) || !PROVINCES.has(Number(d.slice(0, 2))) || Number(d[2]) >= 6)
    return false;
  let sum = Number(d[9]);
  for (let i = 0; i < 9; i++) {
    const p = Number(d[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === 0;
}

function uaOracle(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((s, w, i) => s + w * Number(d[i]), 0);
  const r = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((x) => (sum - x) % 11 === 0) as number;
  return r % 10 === Number(d[9]);
}

function tfnOracle(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const weights = [1n, 4n, 3n, 7n, 5n, 8n, 6n, 9n, 10n];
  return weights.reduce((s, w, i) => s + w * BigInt(d[i] as string), 0n) % 11n === 0n;
}

const PLACES = new Set(
  Array.from({ length: 100 }, (_, i) => i).filter((i) => !(i === 0 || (i >= 17 && i <= 20))),
);

function myOracle(d: string): boolean {
  if (!/^\d{12}$/.test(d) || !PLACES.has(Number(d.slice(6, 8)))) return false;
  const [y, m, day] = [Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6))];
  return isDay(1900 + y, m, day) || isDay(2000 + y, m, day);
}

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
const two = (n: number) => `${n}`.padStart(2, '0');
const letter = (set: string) => fc.constantFrom(...set);
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

// A CURP's first seventeen characters, often well formed: letters, a date, a sex, a state (or a
// wrong one), consonants (or a vowel), a digit or a letter.
const curpHead = fc
  .tuple(
    letter(CAPITALS),
    letter('AEIOUXB'),
    letter(CAPITALS),
    letter(CAPITALS),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 13 }),
    fc.integer({ min: 1, max: 31 }),
    letter('HMXQ'),
    fc.constantFrom(...STATES.split('|'), 'XX', 'ZZ'),
    fc.array(letter('BCDFGHJKLMNPQRSTVWXYZA'), { minLength: 3, maxLength: 3 }),
    letter(`0123456789${CAPITALS}`),
  )
  .map(
    ([a, b, c, d, y, m, day, sex, state, cons, h]) =>
      `${a}${b}${c}${d}${two(y)}${two(m)}${two(day)}${sex}${state}${cons.join('')}${h}`,
  );

const clabeHead = digits(17);
const ecHead = fc
  .tuple(fc.integer({ min: 0, max: 31 }), digit, digits(6))
  .map(([p, third, rest]) => `${two(p)}${third}${rest}`);
const uaHead = digits(9);
const tfnHead = digits(8);
const myKad = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 13 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 99 }),
    digits(4),
  )
  .map(([y, m, d, p, rest]) => `${two(y)}${two(m)}${two(d)}${two(p)}${rest}`);

const TEN = [...'0123456789'];

describe('the checks agree with their oracles', () => {
  test.prop([curpHead])('CURP, every last digit', (head) => {
    for (const c of TEN) expect(curpValid(head + c)).toBe(curpOracle(head + c));
  });
  test.prop([clabeHead])('CLABE', (head) => {
    for (const c of TEN) expect(clabeValid(head + c)).toBe(clabeOracle(head + c));
  });
  test.prop([ecHead])('cédula', (head) => {
    for (const c of TEN) expect(ecCiValid(head + c)).toBe(ecOracle(head + c));
  });
  test.prop([uaHead])('RNOKPP', (head) => {
    for (const c of TEN) expect(uaRnokppValid(head + c)).toBe(uaOracle(head + c));
  });
  test.prop([tfnHead])('TFN', (head) => {
    for (const c of TEN) expect(auTfnValid(head + c)).toBe(tfnOracle(head + c));
  });
  test.prop([myKad])('MyKad', (d) => {
    expect(myNricValid(d)).toBe(myOracle(d));
  });
  test.prop([fc.string({ minLength: 8, maxLength: 19, unit: letter('0123456789aAHX') })])(
    'any string',
    (s) => {
      expect(curpValid(s)).toBe(curpOracle(s));
      expect(clabeValid(s)).toBe(clabeOracle(s));
      expect(ecCiValid(s)).toBe(ecOracle(s));
      expect(uaRnokppValid(s)).toBe(uaOracle(s));
      expect(auTfnValid(s)).toBe(tfnOracle(s));
      expect(myNricValid(s)).toBe(myOracle(s));
    },
  );
});

describe('brute force: one last digit of ten where the rest holds (the TFN: one or none)', () => {
  test.prop([clabeHead, uaHead])('CLABE and RNOKPP: exactly one', (c, u) => {
    expect(TEN.filter((x) => clabeValid(c + x))).toHaveLength(1);
    expect(TEN.filter((x) => uaRnokppValid(u + x))).toHaveLength(1);
  });
  test.prop([ecHead, curpHead])('cédula and CURP: one where the structure holds', (e, k) => {
    const ok = (valid: (s: string) => boolean, head: string, shape: (s: string) => boolean) =>
      expect(TEN.filter((x) => valid(head + x))).toHaveLength(shape(`${head}0`) ? 1 : 0);
    ok(ecCiValid, e, (s) => PROVINCES.has(Number(s.slice(0, 2))) && Number(s[2]) < 6);
    ok(curpValid, k, (s) => TEN.some((x) => curpOracle(s.slice(0, 17) + x)));
  });
  test.prop([tfnHead])('TFN', (head) => {
    expect(TEN.filter((x) => auTfnValid(head + x)).length).toBeLessThanOrEqual(1);
  });
});

/** The types redact gives `text` in `locale`. */
const types = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => f.recognizer);

/** The last digit the oracle takes after `head`, and one it does not. */
function lastDigits(head: string, oracle: (s: string) => boolean) {
  const good = TEN.find((x) => oracle(head + x));
  const bad = TEN.find((x) => !oracle(head + x));
  return { good, bad };
}

describe('an id the oracle makes goes after its label; another last digit is no such id', () => {
  const cases = [
    ['mx-curp', curpHead, curpOracle, 'CURP ', 'es-MX'],
    ['mx-clabe', clabeHead, clabeOracle, 'CLABE ', 'es-MX'],
    ['ec-ci', ecHead, ecOracle, 'cédula ', 'es-EC'],
    ['ua-rnokpp', uaHead, uaOracle, 'РНОКПП ', 'uk-UA'],
    ['au-tfn', tfnHead, tfnOracle, 'TFN ', 'en-AU'],
  ] as const;
  for (const [id, head, oracle, label, locale] of cases) {
    test.prop([head])(id, (h) => {
      const { good, bad } = lastDigits(h, oracle);
      if (good !== undefined) expect(types(`${label}${h}${good}`, locale)).toContain(id);
      if (bad !== undefined) expect(types(`${label}${h}${bad}`, locale)).not.toContain(id);
    });
  }
  test.prop([myKad, fc.constantFrom('', '-', ' ')])('my-nric', (d, sep) => {
    const print = `${d.slice(0, 6)}${sep}${d.slice(6, 8)}${sep}${d.slice(8)}`;
    const found = types(`No. IC ${print}`, 'ms-MY').includes('my-nric');
    expect(found).toBe(myOracle(d));
  });
});
