// A DNI written in thousands after its label (T65c, issue #14): "DNI 12.345.678" came out [PHONE]
// in Peru (its digits a Lima number) and "Mi DNI es 40.123.456" went out whole; in Argentina
// ar-dni (nationalIds9.ts) read both already. The label names the first number after it only.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('a dotted DNI after its label', () => {
  it.each([
    ['es-PE', 'DNI 12.345.678', 'DNI [PE_DNI]'],
    ['es-PE', 'Mi DNI es 40.123.456, gracias', 'Mi DNI es [PE_DNI], gracias'],
    ['es-PE', 'DNI 45678912', 'DNI [PE_DNI]'],
    ['es-AR', 'DNI 12.345.678', 'DNI [AR_DNI]'],
    ['es-AR', 'Mi DNI es 1.234.567, gracias', 'Mi DNI es [AR_DNI], gracias'],
  ])('%s %j goes as the id', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each([
    ['es-PE', 'pedido 12.345.678'],
    ['es-PE', 'DNI 45678912, pedido 12.345.678'],
  ])('%s %j: the order number stays', (locale, text) => {
    const out = redact(text, { locale }).text;
    expect(out).toContain('12.345.678');
  });
});
