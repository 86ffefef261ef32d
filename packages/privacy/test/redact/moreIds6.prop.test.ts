// The five ids' checks (T61b) against oracles written apart, in the form their sources state
// them: the codice fiscale's odd-place values as the letters ordered by value ("B" 0, "A" 1, "K"
// 2…), its date by Date, omocodia by a regular expression; the NIR, the Belgian national number
// and the NIF by BigInt and the search for the digit that completes them; the Steuer-IdNr's digit
// rule by sorting. Then brute force over every check character, and the law: an id its generator
// makes always goes after its label, and a run whose check fails never goes as that id.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  beNrnValid,
  deTaxIdValid,
  frNirValid,
  itCfValid,
  ptNifValid,
} from '../../src/redact/checks/nationalIds6.js';
import { beNrn, deTaxId, frNir, itCf, ptNif } from './corpus/checks.js';
import { nirPrinted } from './corpus/values.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// The odd places' values, read as the letters in order of value (the decree's table, sorted).
const BY_ODD_VALUE = 'BAKPLCQDREVOSFTGUHMINJWZYX';

function isDay(month: number, day: number): boolean {
  // A leap year (2000): the century is not in the code, so the 29th of February is a day.
  const t = new Date(Date.UTC(2000, month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

function cfOracle(code: string): boolean {
  // Digits at the seven places, or from some place on (right to left) their letters.
  const m =
    /^[A-Z]{6}([\dLMNPQRSTUV]{2})([ABCDEHLMPRST])([\dLMNPQRSTUV]{2})[A-Z]([\dLMNPQRSTUV]{3})([A-Z])$/.exec(
      code,
    );
  if (!m) return false;
  const places = `${m[1]}${m[3]}${m[4]}`;
  if (!/^\d*[LMNPQRSTUV]*$/.test(places)) return false;
  const digit = (c: string) => (/\d/.test(c) ? Number(c) : 'LMNPQRSTUV'.indexOf(c));
  const dd = digit((m[3] as string)[0] as string) * 10 + digit((m[3] as string)[1] as string);
  const day = dd > 40 ? dd - 40 : dd;
  if (!isDay('ABCDEHLMPRST'.indexOf(m[2] as string) + 1, day)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charAt(i);
    const letter = /\d/.test(c) ? (ALPHABET[Number(c)] as string) : c;
    sum += i % 2 === 0 ? BY_ODD_VALUE.indexOf(letter) : ALPHABET.indexOf(letter);
  }
  return code.charAt(15) === ALPHABET[sum % 26];
}

function nirOracle(nir: string): boolean {
  if (!/^[1278]\d{4}(?:\d\d|2[AB])\d{8}$/.test(nir)) return false;
  const n = BigInt(nir.slice(0, 13).replace('2A', '19').replace('2B', '18'));
  return 97n - (n % 97n) === BigInt(nir.slice(13));
}

function idnrOracle(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts =
    [...d.slice(0, 10)]
      .sort()
      .join('')
      .match(/(\d)\1*/g) ?? [];
  const many = counts.filter((run) => run.length > 1);
  if (many.length !== 1 || (many[0] as string).length > 3) return false;
  return deTaxId(d.slice(0, 10)) === d;
}

function nrnOracle(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const month = Number(d.slice(2, 4));
  const months = [0, 20, 40].some((add) => month - add >= 0 && month - add <= 12);
  const counter = Number(d.slice(6, 9));
  if (!months || Number(d.slice(4, 6)) > 31 || counter < 1 || counter > 998) return false;
  const key = BigInt(d.slice(9));
  return [d.slice(0, 9), `2${d.slice(0, 9)}`].some((n) => 97n - (BigInt(n) % 97n) === key);
}

function nifOracle(d: string): boolean {
  return /^(?:[123]|45)\d+$/.test(d) && /^\d{9}$/.test(d) && ptNif(d.slice(0, 8)) === d;
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const letters = (n: number) => fc.stringMatching(new RegExp(`^[A-Z]{${n}}$`));

// A codice fiscale from its parts (often valid), sometimes omocodic, sometimes a day past 31.
const cf = fc
  .record({
    name: letters(6),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 33 }),
    female: fc.boolean(),
    place: fc.tuple(fc.constantFrom(...'ADFHLZ'), digits(3)).map(([l, d]) => l + d),
    omocodes: fc.integer({ min: 0, max: 7 }),
  })
  .map((p) => itCf(p.name, p.year, p.month, p.day, p.female, p.place, p.omocodes));

const nirBody = fc
  .tuple(
    fc.constantFrom('1', '2', '3', '7', '8'),
    digits(4),
    fc.oneof(digits(2), fc.constantFrom('2A', '2B')),
    digits(6),
  )
  .map((parts) => parts.join(''));

// Ten digits led by 1–9 with one digit twice or three times (the rule) or, now and then, none.
const idnrTen = fc
  .tuple(
    fc.shuffledSubarray([...'0123456789'], { minLength: 8, maxLength: 10 }),
    fc.nat(),
    fc.nat(),
  )
  .map(([distinct, which, extra]) => {
    const chars = [...distinct];
    const repeated = chars[which % chars.length] as string;
    while (chars.length < 10) chars.splice(extra % (chars.length + 1), 0, repeated);
    return chars.join('');
  })
  .filter((ten) => !ten.startsWith('0'));

const nrnNine = fc
  .tuple(digits(2), fc.integer({ min: 0, max: 53 }), fc.integer({ min: 0, max: 32 }), digits(3))
  .map(
    ([yy, mm, dd, c]) => `${yy}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}${c}`,
  );

describe('each check agrees with its oracle', () => {
  test.prop([cf])('codice fiscale, every check letter', (code) => {
    for (const c of ALPHABET) {
      const v = code.slice(0, 15) + c;
      expect(itCfValid(v)).toBe(cfOracle(v));
    }
  });

  test.prop([fc.stringMatching(/^[A-Z0-9LMNPQRSTUV]{16}$/)])('codice fiscale, any code', (s) => {
    expect(itCfValid(s)).toBe(cfOracle(s));
  });

  test.prop([nirBody, digits(2)])('NIR, any key', (body, key) => {
    expect(frNirValid(body + key)).toBe(nirOracle(body + key));
    expect(frNirValid(frNir(body))).toBe(nirOracle(frNir(body)));
  });

  test.prop([idnrTen, digits(11)])('Steuer-IdNr', (ten, any) => {
    for (let c = 0; c < 10; c++) expect(deTaxIdValid(ten + c)).toBe(idnrOracle(ten + c));
    expect(deTaxIdValid(any)).toBe(idnrOracle(any));
  });

  test.prop([nrnNine, digits(2)])('Belgian national number', (nine, key) => {
    expect(beNrnValid(nine + key)).toBe(nrnOracle(nine + key));
    for (const from2000 of [false, true])
      expect(beNrnValid(beNrn(nine, from2000))).toBe(nrnOracle(beNrn(nine, from2000)));
  });

  test.prop([digits(9)])('NIF', (d) => {
    expect(ptNifValid(d)).toBe(nifOracle(d));
    expect(ptNifValid(ptNif(d.slice(0, 8)))).toBe(nifOracle(ptNif(d.slice(0, 8))));
  });
});

describe('brute force: how many completions pass', () => {
  test.prop([cf])('one check letter of 26 where the rest holds', (code) => {
    const passing = [...ALPHABET].filter((c) => itCfValid(code.slice(0, 15) + c));
    const dated = [...ALPHABET].some((c) => cfOracle(code.slice(0, 15) + c));
    expect(passing.length).toBe(dated ? 1 : 0);
  });

  test.prop([nirBody])('one key of 100 for a NIR', (body) => {
    const keys = Array.from({ length: 100 }, (_, k) => String(k).padStart(2, '0'));
    const passing = keys.filter((k) => frNirValid(body + k));
    expect(passing.length).toBe(/^[1278]/.test(body) ? 1 : 0);
  });

  test.prop([idnrTen])('one check digit of ten for an IdNr whose digits hold the rule', (ten) => {
    const rule = [...'0123456789'].some((c) => idnrOracle(ten + c));
    expect([...'0123456789'].filter((c) => deTaxIdValid(ten + c))).toHaveLength(rule ? 1 : 0);
    expect(rule).toBe(new Set(ten).size === 9 || new Set(ten).size === 8);
  });

  test.prop([digits(8)])('one check digit of ten for a NIF of a person', (eight) => {
    const person = /^(?:[123]|45)/.test(eight);
    expect([...'0123456789'].filter((c) => ptNifValid(eight + c))).toHaveLength(person ? 1 : 0);
  });
});

const found = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => f.type);

describe('what a generator makes goes after its label; what fails its check does not', () => {
  // Up to five omocodes: the year keeps its two digits, the run the recognizer reads from.
  test.prop([cf.filter((code) => /^[A-Z]{6}\d\d/.test(code))])('it-cf', (code) => {
    const ok = itCfValid(code);
    expect(found(`codice fiscale ${code}`, 'it-IT').includes('it-cf')).toBe(ok);
    const wrong = code.slice(0, 15) + ALPHABET[(ALPHABET.indexOf(code.charAt(15)) + 1) % 26];
    expect(found(`codice fiscale ${wrong}`, 'it-IT')).not.toContain('it-cf');
  });

  test.prop([nirBody.filter((b) => /^[1278]/.test(b)), fc.boolean()])('fr-nir', (body, spaced) => {
    const nir = frNir(body);
    const print = (n: string) => (spaced ? nirPrinted(n) : n);
    expect(found(`numéro de sécurité sociale ${print(nir)}`, 'fr-FR')).toContain('fr-nir');
    const key = (Number(nir.slice(13)) % 97) + 1;
    const wrong = nir.slice(0, 13) + String(key).padStart(2, '0');
    expect(found(`numéro de sécurité sociale ${print(wrong)}`, 'fr-FR')).not.toContain('fr-nir');
  });

  test.prop([
    idnrTen.filter((ten) => new Set(ten).size === 8 || new Set(ten).size === 9),
    fc.boolean(),
  ])('de-tax-id', (ten, spaced) => {
    const id = deTaxId(ten);
    const print = (d: string) =>
      spaced ? `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}` : d;
    expect(found(`Steuer-ID ${print(id)}`, 'de-DE')).toContain('de-tax-id');
    const wrong = id.slice(0, 10) + String((Number(id.charAt(10)) + 1) % 10);
    expect(found(`Steuer-ID ${print(wrong)}`, 'de-DE')).not.toContain('de-tax-id');
  });

  test.prop([nrnNine.filter((n) => nrnOracle(beNrn(n, false))), fc.boolean()])(
    'be-nrn',
    (nine, dotted) => {
      const id = beNrn(nine, false);
      const print = (d: string) =>
        dotted
          ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`
          : d;
      expect(found(`rijksregisternummer ${print(id)}`, 'nl-BE')).toContain('be-nrn');
      for (let k = 0; k < 100; k++) {
        const wrong = nine + String(k).padStart(2, '0');
        if (!nrnOracle(wrong))
          expect(found(`rijksregisternummer ${print(wrong)}`, 'nl-BE')).not.toContain('be-nrn');
        if (k > 3) break;
      }
    },
  );

  test.prop([
    digits(8).map((d) =>
      d.startsWith('4') ? `45${d.slice(2)}` : `${1 + (Number(d[0]) % 3)}${d.slice(1)}`,
    ),
  ])('pt-nif', (eight) => {
    const id = ptNif(eight);
    expect(found(`NIF ${id}`, 'pt-PT')).toContain('pt-nif');
    const wrong = id.slice(0, 8) + String((Number(id.charAt(8)) + 1) % 10);
    expect(found(`NIF ${wrong}`, 'pt-PT')).not.toContain('pt-nif');
  });

  test.prop([digits(9), digits(11), digits(15)])(
    'random digit runs that fail the checks never go as these ids',
    (nine, eleven, fifteen) => {
      const rows: [string, string, string, boolean][] = [
        ['pt-PT', `NIF ${nine}`, 'pt-nif', ptNifValid(nine)],
        ['de-DE', `Steuer-ID ${eleven}`, 'de-tax-id', deTaxIdValid(eleven)],
        ['nl-BE', `rijksregisternummer ${eleven}`, 'be-nrn', beNrnValid(eleven)],
        ['fr-FR', `numéro de sécurité sociale ${fifteen}`, 'fr-nir', frNirValid(fifteen)],
      ];
      for (const [locale, text, type, valid] of rows)
        if (!valid) expect(found(text, locale)).not.toContain(type);
    },
  );
});
