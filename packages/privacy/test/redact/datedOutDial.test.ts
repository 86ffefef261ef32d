// T34c (issue #14): a reference led by its date (YYMMDD) stays where libphonenumber reads it only
// by a liberty no one takes in print (datedReference.test.ts: a trunk left out, T32a; an area's
// code run on into the subscriber's number, T33b). A date of 2000 starts with "00", which dials
// out: "Lieferung 001215-3123457" (15 December 2000) went as +1 215 312 3457. Its first group
// glues the country's code to the digits after it, where E.123 sets the code apart ("+1 215 312
// 3457", "001 215 312 3457"): it stays without a phone label, after one it goes.
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;
/** A date as a reference's lead writes it: "001215" for 15 December 2000. */
const yymmdd = (day: Date) => day.toISOString().slice(2, 10).replaceAll('-', '');
const phones = (t: string, locale: string) =>
  redact(t, { locale }).findings.filter((f) => f.type === 'phone');

describe('a reference led by a date of 2000 that dials out stays (T34c)', () => {
  it.each([
    ['de-DE', 'Lieferung 001215-3123457'],
    ['de-DE', 'Lieferung 001215 3123457 ist unterwegs'],
    ['de-DE', 'Lieferung 001231.3123457'],
    // After a reference word, where "00" and a digit dialled out before.
    ['de-DE', 'Sendung 001215-3123457'],
    ['en-US', 'Delivery 001215-3123457 is late'],
    ['en-GB', '001201-3123457'],
  ])('%s %j stays', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // After a phone label (before it or, verb last, after it), or written as a number is: the
    // code set apart, unbroken, with a "+", or no date first.
    ['de-DE', 'Tel. 001215-3123457', 'Tel. [PHONE]'],
    ['en-US', 'call me at 001215-3123457', 'call me at [PHONE]'],
    ['tr-TR', 'Sipariş 001215-3123457 numarasından arayın', 'Sipariş [PHONE] numarasından arayın'],
    ['de-DE', 'Lieferung 001 215 312 3457', 'Lieferung [PHONE]'],
    ['de-DE', 'Lieferung 001-215-312-3457', 'Lieferung [PHONE]'],
    ['de-DE', 'Lieferung 0012153123457', 'Lieferung [PHONE]'],
    ['de-DE', 'Lieferung +1215-3123457', 'Lieferung [PHONE]'],
    ['de-DE', 'Lieferung 0049 30 1234567', 'Lieferung [PHONE]'],
    // Not a date (day 34): read as it dials, +1 234 (Ohio).
    ['de-DE', 'Lieferung 001234-3123457', 'Lieferung [PHONE]'],
  ])('%s %j: the phone goes', (locale, t, redacted) => {
    expect(text(t, locale)).toBe(redacted);
  });

  it('any run led by a date of 2000 stays without a phone label, and goes after one', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2000-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^[1-9][0-9]{4,7}$/),
        fc.constantFrom('-', ' ', '.'),
        fc.constantFrom('de-DE', 'en-US', 'fr-FR', 'pl-PL'),
        (day, rest, sep, locale) => {
          const value = `${yymmdd(day)}${sep}${rest}`;
          expect(phones(`Lieferung ${value} ist unterwegs`, locale)).toEqual([]);
          // Where it dials a valid number, a phone label before it makes it one, and so does the
          // same number with its code set apart.
          const number = parsePhoneNumberFromString(`+${value.slice(2)}`);
          if (number?.isValid() && sep !== '.') {
            expect(phones(`Tel. ${value}`, locale)).toHaveLength(1);
            const apart = `00${number.countryCallingCode} ${number.nationalNumber}`;
            expect(phones(`Lieferung ${apart} ist unterwegs`, locale)).toHaveLength(1);
          }
        },
      ),
    );
  });
});
