// A phone after a code whose last character is a digit (T47a, issue #14): "Tel QK12AB3CD4
// 0712345678" and "M-PESA QK12AB3CD4 254712345678" stayed, the code's last digits and the number
// read as one span glued to the code. A code of six letters and digits or more that holds a letter
// right before its last digits now ends a phone's span at the space after it (runs.ts codeEndsAt).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { codeEndsAt } from './runs.js';

/** The oracle: the ASCII letters and digits before `end` end in a letter then digits, six or more. */
function codeEndsAtOracle(shadow: string, end: number): boolean {
  const m = /(?:^|[^A-Za-z0-9])([A-Za-z0-9]*[A-Za-z][0-9]+)$/.exec(shadow.slice(0, end));
  return m !== null && (m[1] as string).length >= 6 && !/[0-9]/.test(shadow.charAt(end));
}

describe('a phone after a code that ends in a digit', () => {
  it.each([
    ['en-KE', 'Tel QK12AB3CD4 0712345678', 'Tel QK12AB3CD4 [PHONE]'],
    ['en-KE', 'M-PESA QK12AB3CD4 254712345678', 'M-PESA QK12AB3CD4 [PHONE]'],
    ['sw-KE', 'M-PESA QK12AB3CD4 254712345678', 'M-PESA QK12AB3CD4 [PHONE]'],
    ['sw-KE', 'Simu QK12AB3CD4 0712345678', 'Simu QK12AB3CD4 [PHONE]'],
    ['en-US', 'Tel AB12CD34 212-555-0187', 'Tel AB12CD34 [PHONE]'],
    // As after a code that ends in a letter ("Ref AB12CDXY 212-555-0187" goes): the reference
    // label names the code, the first value after it.
    ['en-US', 'Ref AB12CD34 (212) 555-0187', 'Ref AB12CD34 [PHONE]'],
    ['en-US', 'AB12CD34 +1 212 555 0187', 'AB12CD34 [PHONE]'],
  ])('%s %j is %j', (locale, text, out) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(result.findings.every((f) => f.type === 'phone')).toBe(true);
  });

  it.each([
    // The code itself, an order's number after it, a number no label names.
    ['en-KE', 'Tel QK12AB3CD4'],
    ['en-KE', 'Order QK12AB3CD4 12345678'],
    ['en-KE', 'M-PESA transaction QK12AB3CD4 of Ksh 2,500'],
    // "555-123-4567" is no allocated US number.
    ['en-US', 'Ref AB12CD34 5551234567'],
    // A code shorter than six: read as before.
    ['en-US', 'Tel A4 2125550187'],
    ['en-US', 'Tel AB123 2125550187'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it('leaves digit groups after a digit group as they were', () => {
    expect(redact('ID 12 0712345678', { locale: 'en-KE' }).text).toBe('ID 12 [PHONE]');
    expect(redact('Galaxy S24 867542039182731', { locale: 'en-US' }).text).toBe(
      'Galaxy S24 [CARD]',
    );
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9 .-]{0,14}$/), fc.nat(14)])(
    'codeEndsAt agrees with its oracle',
    (shadow, at) => {
      const end = Math.min(at, shadow.length);
      // It is asked where a digit group ends (a space or the text's end after it).
      if (/[0-9]/.test(shadow.charAt(end))) return;
      expect(codeEndsAt(shadow, end)).toBe(codeEndsAtOracle(shadow, end));
    },
  );

  test.prop([
    fc.stringMatching(/^[A-Z0-9]{5,10}$/).filter((s) => /[A-Z]/.test(s)),
    // One or two: three before the mobile's ten make 13 digits, a card's where Luhn-valid (the
    // law that no such run is left outranks this: "Tel A000A322 0712345678" → "Tel A000A[CARD]").
    fc.stringMatching(/^[0-9]{1,2}$/),
  ])('a mobile after a long code that ends in digits goes, the code stays', (head, digits) => {
    const code = /[A-Z]$/.test(head) ? head + digits : `${head}X${digits}`;
    expect(redact(`Tel ${code} 0712345678`, { locale: 'en-KE' }).text).toBe(`Tel ${code} [PHONE]`);
  });
});
