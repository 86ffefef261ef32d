// Argentina's DNI (nationalIds9.ts) held to oracles that share nothing with its reading: the label
// pieces' search that skips a text is exact (the reading past it finds nothing more), and the prints
// that go after "DNI" are those an expression of the print alone names (seven or eight digits,
// unbroken or dotted in thousands).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { expect } from 'vitest';
import { lowerSameLength, shadowOf } from '../digits.js';
import type { RecognizerContext } from '../types.js';
import { findArDnis } from './nationalIds9.js';

function contextOf(text: string, locale: string, country?: 'AR' | 'ES'): RecognizerContext {
  const shadow = shadowOf(text);
  return { text, shadow, lower: lowerSameLength(shadow), locale, country };
}

const digits = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)));

const piece = fc.oneof(
  digits(1, 9),
  fc.constantFrom(
    'DNI ',
    'dni: ',
    'DNI argentino ',
    'documento nacional de identidad ',
    'Documento número ',
    'Pedido ',
    'Mi ',
    'es ',
    '$ ',
    '.',
    '-',
    ' ',
    ', ',
    'Z',
    'D.N.I. ',
    'documentación ',
    '\n',
  ),
);
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

test.prop([text, fc.constantFrom('es-AR', 'es', 'en'), fc.constantFrom(undefined, 'AR', 'ES')])(
  'a text its label pieces’ search skips holds no DNI the full reading finds',
  (t, locale, country) => {
    const context = contextOf(t, locale, country as 'AR' | 'ES' | undefined);
    expect([...findArDnis(context)]).toEqual([...findArDnis(context, true)]);
  },
);

// A print of digit groups joined by dots, spaces or dashes; the DNI's prints by an expression.
const PRINT = /^(?:[0-9]{7,8}|[0-9]{1,2}\.[0-9]{3}\.[0-9]{3})$/;
const print = fc
  .array(fc.tuple(digits(1, 8), fc.constantFrom('.', ' ', '-')), { minLength: 1, maxLength: 3 })
  .map((groups) =>
    groups
      .map(([g, sep], k) => (k < groups.length - 1 ? g + sep : g))
      .join('')
      .trim(),
  );

test.prop([print, fc.constantFrom('DNI ', 'Mi DNI es ', 'documento nacional de identidad: ')])(
  'after its label in Argentina a print goes as the DNI exactly when it is one of its prints',
  (p, label) => {
    const { findings } = redact(`${label}${p}`, { locale: 'es-AR' });
    const dni = findings.some(
      (f) => f.type === 'ar-dni' && f.start === label.length && f.end === label.length + p.length,
    );
    expect(dni).toBe(PRINT.test(p));
  },
);

// The DNI's prints themselves: unbroken, or dotted in thousands.
const dniPrint = fc.oneof(
  digits(7, 8),
  fc.tuple(digits(1, 2), digits(3, 3), digits(3, 3)).map(([a, b, c]) => `${a}.${b}.${c}`),
);

test.prop([dniPrint, fc.constantFrom('Pedido ', 'Factura ', 'Total $ ')])(
  'after an order’s or an invoice’s word, or a currency sign, no print goes as the DNI',
  (p, label) => {
    const { findings } = redact(`${label}${p}`, { locale: 'es-AR' });
    expect(findings.map((f) => f.type)).not.toContain('ar-dni');
  },
);
