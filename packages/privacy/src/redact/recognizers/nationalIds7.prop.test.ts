// Uruguay's cédula (nationalIds7.ts uyCiRecognizer, T68d) held to oracles that share nothing with
// its reading: the label pieces' search that skips a text is exact (the reading past it finds
// nothing more); the prints that go after "CI" are those an expression of the print alone names
// and whose check digit a plain sum finds (the rule as the validators state it, written here
// again: ten minus the weighted sum mod 10).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { expect } from 'vitest';
import { uyCiValid } from '../checks/nationalIds7.js';
import { lowerSameLength, shadowOf } from '../digits.js';
import type { RecognizerContext } from '../types.js';
import { findUyCis, UY_CI_GATES, UY_CI_KEYS } from './nationalIds7.js';
import { keyGateSource } from './nationalIds8.js';

function contextOf(text: string, locale: string, country?: 'UY' | 'AR'): RecognizerContext {
  const shadow = shadowOf(text);
  return { text, shadow, lower: lowerSameLength(shadow), locale, country };
}

const digits = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)));

const piece = fc.oneof(
  digits(1, 8),
  fc.constantFrom(
    'CI ',
    'C.I. ',
    'ci: ',
    'cédula ',
    'CEDULA ',
    'cédula uruguaya ',
    'Uruguayan ID ',
    'documento de identidad ',
    'ID number ',
    'Pedido ',
    'Mi ',
    'es ',
    '$ ',
    '.',
    '-',
    ' ',
    ', ',
    '\n',
  ),
);
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

test.prop([text, fc.constantFrom('es-UY', 'es', 'en'), fc.constantFrom(undefined, 'UY', 'AR')])(
  'a text its label pieces’ search skips holds no cédula the full reading finds',
  (t, locale, country) => {
    const context = contextOf(t, locale, country as 'UY' | 'AR' | undefined);
    expect([...findUyCis(context)]).toEqual([...findUyCis(context, true)]);
  },
);

test('each gate is the expression of its keys (written out for the ReDoS check)', () => {
  expect(UY_CI_GATES.away.source).toBe(keyGateSource(UY_CI_KEYS.away));
  expect(UY_CI_GATES.home.source).toBe(keyGateSource(UY_CI_KEYS.home));
});

/** The check digit of a cédula's number (six or seven digits), as the validators state it. */
function check(number: string): number {
  const seven = number.padStart(7, '0');
  const sum = [2, 9, 8, 7, 6, 3, 4].reduce((s, w, i) => s + w * Number(seven[i]), 0);
  return (10 - (sum % 10)) % 10;
}

// A print of digit groups joined by dots, spaces or dashes; the cédula's prints by an expression.
const PRINT = /^(?:[0-9]{7,8}|[0-9]{6,7}-[0-9]|[0-9]{1,3}(?:\.[0-9]{3}){1,2}-[0-9])$/;
const print = fc
  .array(fc.tuple(digits(1, 8), fc.constantFrom('.', ' ', '-')), { minLength: 1, maxLength: 4 })
  .map((groups) =>
    groups
      .map(([g, sep], k) => (k < groups.length - 1 ? g + sep : g))
      .join('')
      .trim(),
  );

/** Whether `p` is one of the cédula's prints and its check digit holds (the oracle). */
function isCedula(p: string): boolean {
  if (!PRINT.test(p)) return false;
  const d = p.replace(/\D/g, '');
  const number = d.slice(0, -1);
  return Number(number) >= 100_000 && check(number) === Number(d.slice(-1));
}

test.prop([print, fc.constantFrom('CI ', 'Mi cédula es ', 'C.I.: ')])(
  'after its label in Uruguay a print goes as the cédula exactly when it is one whose check holds',
  (p, label) => {
    const { findings } = redact(`${label}${p}`, { locale: 'es-UY' });
    const ci = findings.some(
      (f) => f.type === 'uy-ci' && f.start === label.length && f.end === label.length + p.length,
    );
    expect(ci).toBe(isCedula(p));
  },
);

// Not vacuous: a cédula's print built with its check digit goes.
const cedula = fc
  .tuple(fc.integer({ min: 100_000, max: 9_999_999 }), fc.constantFrom('plain', 'dash', 'dots'))
  .map(([n, form]) => {
    const number = String(n);
    const c = check(number);
    if (form === 'plain') return `${number}${c}`;
    if (form === 'dash') return `${number}-${c}`;
    return `${number.replace(/\B(?=(\d{3})+$)/g, '.')}-${c}`;
  });

test.prop([cedula, fc.constantFrom('CI ', 'cédula ', 'C.I. ')])(
  'every print of a cédula whose check holds goes after its label in Uruguay',
  (p, label) => {
    expect(redact(`${label}${p}`, { locale: 'es-UY' }).text).toBe(`${label}[UY_CI]`);
  },
);

test.prop([cedula, fc.constantFrom('Pedido ', 'Factura ', 'Total $ ')])(
  'after an order’s or an invoice’s word, or a currency sign, no print goes as the cédula',
  (p, label) => {
    const { findings } = redact(`${label}${p}`, { locale: 'es-UY' });
    expect(findings.map((f) => f.type)).not.toContain('uy-ci');
  },
);

test('uyCiValid: the sources’ worked examples, and a six-digit number', () => {
  // 1.234.567-2: ciuy_py's and a course's worked example; 3.298.763: the rule gives 6 (PyPI's
  // cedula-uruguaya README says 4, against every other source: checks/nationalIds7.ts).
  expect(uyCiValid('12345672')).toBe(true);
  expect(uyCiValid('32987636')).toBe(true);
  expect(uyCiValid('32987634')).toBe(false);
  expect(uyCiValid('1234561')).toBe(true);
  // Below 100.000 (no cédula in force), and 123.456 with a wrong check digit.
  expect(uyCiValid('0999990')).toBe(false);
  expect(uyCiValid('1234567')).toBe(false);
});
