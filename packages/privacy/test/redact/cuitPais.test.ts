// The CUIT's variants python-stdnum accepts (T65c, issue #14; sources in checks/nationalIds4.ts
// arCuitValid). Pinned, not new: main reads them so. The types 50, 51 and 55 are AFIP's "CUIT
// país", a foreign country's number on an export invoice, no person's; a check digit of 9 where
// the sum gives 10 (python-stdnum's and Oracle's reading, never issued by Wikipedia's) is not read.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { arCuitValid } from '../../src/redact/checks/nationalIds4.js';

describe("a CUIT's variants", () => {
  it('a CUIT país stays: a country, no person', () => {
    for (const text of ['Factura E, CUIT país 55-00000212-6', 'CUIT 55-00000212-6'])
      expect(redact(text, { locale: 'es-AR' }).text).toBe(text);
  });

  it('a person\u2019s CUIT goes, printed or after its label', () => {
    expect(redact('CUIT 20-12345678-6', { locale: 'es-AR' }).text).toBe('CUIT [AR_CUIT]');
    expect(redact('mi CUIL es 20123456786', { locale: 'es-AR' }).text).toBe('mi CUIL es [AR_CUIT]');
  });

  it('a 9 for a result of 10 is no check digit here', () => {
    // 20-12345600: 11 - (weighted sum mod 11) is 10 (never issued, es.wikipedia.org).
    const sum = [...'2012345600'].reduce(
      (s, d, k) => s + Number(d) * ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2][k] as number),
      0,
    );
    expect(11 - (sum % 11)).toBe(10);
    expect(arCuitValid('20123456009')).toBe(false);
    expect(arCuitValid('55000002126')).toBe(false);
  });
});
