// The checks of T63c's ids against oracles written apart, in the form their sources state them:
// each id as one regular expression, its date by Date, its codes as sets; the Steuernummer's
// state prints as one alternation of the Lexware table's patterns. Then the recognizers against
// the oracles: an id after its label goes exactly when its oracle holds, a Steuernummer's slashed
// print bare in Germany too, and a codice fiscale whose digits omocodia all but replaced goes with
// its one right check letter of 26 (in a text with a digit, an "@" or a ":": redact calls no
// built-in recognizer on a text with none, redact.ts DATA).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  deStnrFederalValid,
  deStnrStateValid,
  egNidValid,
  idNikValid,
  maCinValid,
  vnCccdValid,
} from '../../src/redact/checks/nationalIds8.js';
import { itCf } from './corpus/checks.js';

function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function nikOracle(d: string): boolean {
  const m = /^[1235-9][1-9](\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{4})$/.exec(d);
  if (m === null || m[1] === '00' || m[2] === '00' || m[6] === '0000') return false;
  const day = Number(m[3]) > 40 ? Number(m[3]) - 40 : Number(m[3]);
  return [1900, 2000].some((c) => isDay(c + Number(m[5]), Number(m[4]), day));
}

const GOVERNORATES =
  '01|02|03|04|11|12|13|14|15|16|17|18|19|21|22|23|24|25|26|27|28|29|31|32|33|34|35|88';
const EG_SHAPE = new RegExp(`^([23])(\\d\\d)(\\d\\d)(\\d\\d)(?:${GOVERNORATES})\\d{5}$`);

function egOracle(d: string): boolean {
  const m = EG_SHAPE.exec(d);
  return (
    m !== null && isDay((m[1] === '2' ? 1900 : 2000) + Number(m[2]), Number(m[3]), Number(m[4]))
  );
}

const VN_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 ' +
    '036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 ' +
    '074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

function vnOracle(d: string): boolean {
  return /^\d{3}[0-3]\d{8}$/.test(d) && VN_CODES.has(d.slice(0, 3));
}

const cinOracle = (s: string) => /^[A-Z]{1,2}\d{5,6}$/.test(s);

const STNR_STATE =
  /^(?:\d{5}\/\d{5}|\d{3}\/\d{3}\/\d{5}|\d{2}\/\d{3}\/\d{5}|\d{3}\/\d{4}\/\d{4}|\d{2}\/\d{3}\/\d{4}\/\d)$/;
const stnrFederalOracle = (d: string) =>
  /^(?:28|9|11|3|24|22|26|4|23|5|27|1|21)/.test(d) && /^\d{4}0\d{8}$/.test(d);

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
const two = (n: number) => `${n}`.padStart(2, '0');

// Often well formed: a region or code of the list, a date (or a wrong one), the rest random.
const nik = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 72 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom('0000', '0001', '0123', '9999'),
  )
  .map(([p, k, c, d, m, y, n]) => `${two(p)}${two(k)}${two(c)}${two(d)}${two(m)}${two(y)}${n}`);
const eg = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 99 }),
    digits(5),
  )
  .map(([c, y, m, d, g, rest]) => `${c}${two(y)}${two(m)}${two(d)}${two(g)}${rest}`);
const vn = fc
  .tuple(fc.integer({ min: 0, max: 99 }), digit, digits(8))
  .map(([p, c, rest]) => `0${two(p)}${c}${rest}`);
const cin = fc
  .tuple(fc.stringMatching(/^[A-Z]{0,3}$/), fc.stringMatching(/^\d{4,7}$/))
  .map(([l, d]) => l + d);
const slashed = fc
  .array(fc.stringMatching(/^\d{1,6}$/), { minLength: 1, maxLength: 5 })
  .map((groups) => groups.join('/'));
const federal = digits(13);

describe('the checks agree with their oracles', () => {
  test.prop([nik])('NIK', (d) => {
    expect(idNikValid(d)).toBe(nikOracle(d));
  });
  test.prop([eg])('Egypt', (d) => {
    expect(egNidValid(d)).toBe(egOracle(d));
  });
  test.prop([vn])('CCCD', (d) => {
    expect(vnCccdValid(d)).toBe(vnOracle(d));
  });
  test.prop([cin])('CIN', (s) => {
    expect(maCinValid(s)).toBe(cinOracle(s));
  });
  test.prop([slashed])('Steuernummer, a state print', (p) => {
    expect(deStnrStateValid(p.split('/'))).toBe(STNR_STATE.test(p));
  });
  test.prop([federal])('Steuernummer, ELSTER', (d) => {
    expect(deStnrFederalValid(d)).toBe(stnrFederalOracle(d));
  });
});

/** The types redact gives `text` in `locale`. */
const types = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => f.type);

describe('after its label an id goes exactly where its oracle holds', () => {
  test.prop([nik])('id-nik', (d) => {
    expect(types(`NIK saya ${d}`, 'id-ID').includes('id-nik')).toBe(nikOracle(d));
  });
  test.prop([eg])('eg-nid', (d) => {
    expect(types(`الرقم القومي ${d}`, 'ar-EG').includes('eg-nid')).toBe(egOracle(d));
  });
  test.prop([vn])('vn-cccd', (d) => {
    expect(types(`Số CCCD ${d}`, 'vi-VN').includes('vn-cccd')).toBe(vnOracle(d));
  });
  test.prop([cin])('ma-cin', (s) => {
    expect(types(`CIN: ${s}`, 'fr-MA').includes('ma-cin')).toBe(cinOracle(s));
  });
  test.prop([slashed, fc.constantFrom('Steuernummer ', 'Hallo, die ', 'St.-Nr. ')])(
    'de-stnr, slashed, after its label and bare in Germany',
    (p, before) => {
      expect(types(`${before}${p} bitte`, 'de-DE').includes('de-stnr')).toBe(STNR_STATE.test(p));
    },
  );
  test.prop([federal])('de-stnr, ELSTER', (d) => {
    expect(types(`Steuernummer ${d}`, 'de-DE').includes('de-stnr')).toBe(stnrFederalOracle(d));
  });
});

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

describe('a codice fiscale with six or seven omocodes: one check letter of 26', () => {
  test.prop([
    fc.stringMatching(/^[A-Z]{6}$/),
    fc.integer({ min: 1900, max: 2025 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
    fc.stringMatching(/^[A-Z]\d{3}$/),
    fc.constantFrom(6, 7),
  ])('goes with its check letter only', (letters, year, month, day, female, place, omocodes) => {
    const code = itCf(letters, year, month, day, female, place, omocodes);
    const body = code.slice(0, 15);
    const found = ALPHABET.filter((c) =>
      types(`Fattura 2026/14 per ${body}${c}, grazie`, 'it-IT').includes('it-cf'),
    );
    expect(found).toEqual([code.charAt(15)]);
  });
});
