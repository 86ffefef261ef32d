// Dotted numbers in Spanish-speaking markets (issue #14, session 47, T66a). In Peru an amount
// after the sol's sign and a receipt's number after "boleta" (eight digits, a Lima number's count)
// went as phones; the ids dotted in thousands of Spain, Chile and Colombia go after their labels
// (their recognizers: letterIds.ts, nationalIds8.ts and before), and amounts in thousands stay.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { referenceWords } from '../../src/redact/context.js';

const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('es-PE: an amount after the sol sign and a receipt number stay', () => {
  it.each([
    'S/ 12.345.678',
    'S/. 12.345.678',
    'S/12.345.678',
    'Pagué S/ 12.345.678 ayer',
    'Boleta 12.345.678',
    'boleta de venta 12.345.678',
    'Boleta N° 12.345.678',
  ])('%j stays', (text) => {
    expect(out(text, 'es-PE')).toBe(text);
  });

  it('"boleta" is a reference word of Spanish only', () => {
    expect(referenceWords('es-PE')).toContain('boleta');
    expect(referenceWords('es-CL')).toContain('boleta');
    expect(referenceWords('pt-BR')).not.toContain('boleta');
  });

  it.each([
    // The phone reading is as it was: a dotted Lima number after its label, a mobile after a
    // small amount or after the word, a space-grouped number after the sign (no amount in
    // thousands is printed after a sign with spaces, amountBeside.ts).
    ['tel 12.345.678', 'tel [PHONE]'],
    ['llamar al 12.345.678', 'llamar al [PHONE]'],
    ['S/ 50 987 654 321', 'S/ 50 [PHONE]'],
    ['pagué S/ 50, mi celular 987 654 321', 'pagué S/ 50, mi celular [PHONE]'],
    ['boleta enviada, mi celular 987 654 321', 'boleta enviada, mi celular [PHONE]'],
    ['S/ 987 654 321', 'S/ [PHONE]'],
    // The DNI after "boleta" still goes (a boleta names its buyer by DNI).
    ['Boleta con DNI 12345678', 'Boleta con DNI [PE_DNI]'],
  ])('%j -> %j', (text, expected) => {
    expect(out(text, 'es-PE')).toBe(expected);
  });
});

describe('dotted ids after their labels go, amounts stay (es-ES, es-CL, es-CO)', () => {
  it.each([
    // Spain's DNI with its control letter (12345678 mod 23 = 14, "Z"); a wrong letter stays.
    ['es-ES', 'DNI 12.345.678-Z', 'DNI [DNI]'],
    ['es-ES', 'DNI 12.345.678-A', 'DNI 12.345.678-A'],
    // Chile's RUT/RUN (mod 11, "K" for 10); a wrong check stays; an amount in pesos stays.
    ['es-CL', 'RUT 12.345.678-5', 'RUT [CL_RUT]'],
    ['es-CL', 'RUT 76.354.771-K', 'RUT [CL_RUT]'],
    ['es-CL', 'RUT 12.345.678-4', 'RUT 12.345.678-4'],
    ['es-CL', 'Total $ 12.345.678', 'Total $ 12.345.678'],
    // Colombia's cédula after its label only (no check digit); an amount in pesos stays.
    ['es-CO', 'C.C. 1.234.567.890', 'C.C. [CO_CC]'],
    ['es-CO', 'cédula 1.234.567.890', 'cédula [CO_CC]'],
    ['es-CO', 'Total $ 1.234.567.890', 'Total $ 1.234.567.890'],
    ['es-CO', '$ 12.345.678', '$ 12.345.678'],
    ['es-MX', '$ 12.345.678', '$ 12.345.678'],
  ])('%s %j -> %j', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });
});
