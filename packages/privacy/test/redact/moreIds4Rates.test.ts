// How many random strings of each id's print its check lets through, and how many redact takes
// (issue #14: order numbers must stay). First the check alone over 100,000 strings (uniform
// digits, a fixed seed): every rate is one in 10 to 160, far too weak for a bare number to go on
// it (a PESEL's, a date and a digit, is one in 270; a Chinese id's one in 19,000). Then 5,000
// strings through redact, in the id's locale and in en-US, bare and after its label: bare, none
// goes, in its country too; after its label, what the check lets through.
//
// Expected rates of the check alone: cl-rut 1 in 12 (a body of 8 digits not led by 0, its digit or
// K: 9/10 × 1/11); ar-cuit 1 in 157 (7 types of 100, a digit that is never 10: 7/100 × 10/11 ×
// 1/10; 670 measured); ca-sin 1 in 12.5 (8 first digits of 10, Luhn); ie-ppsn 1 in 26 (the check
// letter of 26); hr-oib 1 in 10; hk-hkid 1 in 11 (a digit or A; the glued print, a letter and
// seven digits). After its label redact takes exactly the strings whose check holds.
import { describe, expect, it } from 'vitest';
import {
  arCuitValid,
  caSinValid,
  clRutValid,
  hkIdValid,
  hrOibValid,
  iePpsnValid,
} from '../../src/redact/checks/nationalIds4.js';
import { strings, taken } from './rates.js';

// Each id: its type, the print of the strings, the check on them, its locale and label.
const IDS = [
  {
    type: 'cl-rut',
    print: 'dddddddd-d',
    check: (s: string) => clRutValid(s.replace('-', '')),
    locale: 'es-CL',
    label: 'RUT ',
  },
  { type: 'ar-cuit', print: 'ddddddddddd', check: arCuitValid, locale: 'es-AR', label: 'CUIT ' },
  { type: 'ca-sin', print: 'ddddddddd', check: caSinValid, locale: 'en-CA', label: 'SIN ' },
  { type: 'ie-ppsn', print: 'dddddddL', check: iePpsnValid, locale: 'en-IE', label: 'PPSN ' },
  { type: 'hr-oib', print: 'ddddddddddd', check: hrOibValid, locale: 'hr-HR', label: 'OIB ' },
  { type: 'hk-hkid', print: 'Ldddddd', check: null, locale: 'zh-HK', label: 'HKID ' },
] as const;

// The HKID's strings end in a random digit (the glued print): its check over the eight.
const hkCheck = (s: string) => hkIdValid(s);

describe('random strings each check lets through, of 100,000', () => {
  it.each([
    ['cl-rut', 8223],
    ['ar-cuit', 670],
    ['ca-sin', 7902],
    ['ie-ppsn', 3814],
    ['hr-oib', 9928],
    ['hk-hkid', 9160],
  ] as const)('%s', (type, expected) => {
    const id = IDS.find((x) => x.type === type) as (typeof IDS)[number];
    const print = type === 'hk-hkid' ? 'Lddddddd' : id.print;
    const check = id.check ?? hkCheck;
    expect(strings(print, 100_000).filter((s) => check(s)).length).toBe(expected);
  });
});

describe('random strings each id takes, of 5,000', () => {
  it.each([
    // type, [home bare, home labelled, en-US bare, en-US labelled]
    ['cl-rut', [0, 400, 0, 400]],
    ['ar-cuit', [0, 35, 0, 35]],
    ['ca-sin', [0, 411, 0, 411]],
    ['ie-ppsn', [0, 166, 0, 166]],
    ['hr-oib', [0, 494, 0, 494]],
    ['hk-hkid', [0, 461, 0, 461]],
  ] as const)(
    '%s',
    (type, expected) => {
      const id = IDS.find((x) => x.type === type) as (typeof IDS)[number];
      const print = type === 'hk-hkid' ? 'Lddddddd' : id.print;
      const bare = strings(print, 5_000);
      const labelled = bare.map((s) => id.label + s);
      const check = id.check ?? hkCheck;
      expect(taken(type, labelled, id.locale)).toBe(bare.filter((x) => check(x)).length);
      expect([
        taken(type, bare, id.locale),
        taken(type, labelled, id.locale),
        taken(type, bare, 'en-US'),
        taken(type, labelled, 'en-US'),
      ]).toEqual(expected);
    },
    120_000,
  );
});
