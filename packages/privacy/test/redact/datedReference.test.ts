// Issue #14, T32a: a reference led by its date, "Lieferung 241130-3123457", went as a phone in
// Germany. libphonenumber reads it there as "+49 241 1303123457" (Aachen) only by leaving out the
// trunk "0" a German national number is dialled with (Bundesnetzagentur; without it a number dials
// a subscriber inside one area only): its national print is "0241 1303123457".
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;
/** A date as a reference's lead writes it: "241130" for 30 November 2024. */
const yymmdd = (day: Date) => day.toISOString().slice(2, 10).replaceAll('-', '');
const phones = (t: string, locale: string) =>
  redact(t, { locale }).findings.filter((f) => f.type === 'phone');

describe('a reference led by its date (YYMMDD) stays where the trunk prefix is left out', () => {
  it.each([
    ['de-DE', 'Lieferung 241130-3123457'],
    ['de-DE', 'Lieferung 241130 3123457 ist unterwegs'],
    ['de-DE', 'Lieferung 241130-312'],
    // Where a shorter run dials without its trunk "0" in France, Britain and the Netherlands.
    ['fr-FR', 'Livraison 241130-312'],
    ['en-GB', 'Delivery 241130-7946'],
    ['en-GB', 'Delivery 241130-3123'],
    ['nl-NL', 'Levering 241130-312'],
  ])('%s %j stays', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // The same shape in the other countries of the desk is no valid number at all (France,
    // Britain, the Netherlands and Turkey write a trunk "0"; Italy and Poland have none).
    ['fr-FR', 'Livraison 241130-3123457'],
    ['en-GB', 'Delivery 241130-3123457'],
    ['nl-NL', 'Levering 241130-3123457'],
    ['tr-TR', 'Teslimat 241130-3123457'],
    ['it-IT', 'Consegna 241130-3123457'],
    ['pl-PL', 'Dostawa 241130-3123457'],
    // Nor in Austria; with dots the matcher reads no number in Germany either.
    ['de-AT', 'Lieferung 241130-3123457'],
    ['de-DE', 'Sendung 250228.3123457'],
  ])('%s %j stays (held already)', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // Dialled with its trunk, or after a phone label, it is a phone as before.
    ['de-DE', 'Lieferung 0241 1303123457', 'Lieferung [PHONE]'],
    ['de-DE', 'Tel. 241130-3123457', 'Tel. [PHONE]'],
    ['de-DE', 'Ruf mich an unter 241130-3123457.', 'Ruf mich an unter [PHONE].'],
    ['de-DE', '+49 241 1303123457', '[PHONE]'],
    // Poland has no trunk prefix: a number is dialled as it is written there.
    ['pl-PL', 'Dostawa 241130-312', 'Dostawa [PHONE]'],
  ])('%s %j: the phone goes', (locale, t, redacted) => {
    expect(text(t, locale)).toBe(redacted);
  });

  it('any date-led run without a phone label stays in Germany', () => {
    // From 2010: a date of 2000-2009 starts with a trunk "0" ("020101-00000" dials Essen, 0201),
    // and so does a second group that starts with "0" ("100101 0201000": a number of its own).
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2010-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^[1-9][0-9]{4,7}$/),
        fc.constantFrom('-', ' ', '.'),
        (day, rest, sep) => {
          const value = `${yymmdd(day)}${sep}${rest}`;
          expect(phones(`Lieferung ${value} ist unterwegs`, 'de-DE')).toEqual([]);
        },
      ),
    );
  });
});

// T33b: a date of 2000-2009 (or a day 01-09 first, DDMMYY) starts with a "0" that libphonenumber
// reads as the trunk, so "Lieferung 050312-3123457" was a Wunstorf number ("05031 23123457") and
// went as [PHONE]. Written so, the date's six digits run past the area's code into the
// subscriber's number: no one prints a number so (DIN 5008, E.123), and such a run stays.
describe('a reference led by a date of 2000-2009 stays where its first group runs past the area code (T33b)', () => {
  it.each([
    ['de-DE', 'Lieferung 050312-3123457'],
    ['de-DE', 'Lieferung 051203-3123457'],
    // 2002-01-15: "0201 153123457", Essen.
    ['de-DE', 'Lieferung 020115-3123457'],
    ['de-DE', 'Lieferung 050312 3123457 ist unterwegs'],
    // DDMMYY, 3 May 2012: read as YYMMDD it is 2003-05-12 too ("030 5123123457", Berlin).
    ['de-DE', 'Lieferung 030512-3123457'],
  ])('%s %j stays', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // DDMMYY of 2001-2031 reads as YYMMDD as well: "301124" is 2030-11-24, valid only without the
    // trunk ("030 11243123457", Berlin). "010524" dials 010, a carrier's selection prefix: no
    // number at all.
    ['de-DE', 'Lieferung 301124-3123457'],
    ['de-DE', 'Lieferung 010524-3123457'],
  ])('%s %j stays (held already)', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // The area's code set apart as it is printed, a phone label, or no date first: a phone.
    ['de-DE', 'Tel. 0503 123457', 'Tel. [PHONE]'],
    ['de-DE', '0503 123457', '[PHONE]'],
    ['de-DE', 'Tel. 050312-3123457', 'Tel. [PHONE]'],
    ['de-DE', 'Lieferung 05031 23123457', 'Lieferung [PHONE]'],
    ['de-DE', 'Ruf mich an unter 051203-3123457.', 'Ruf mich an unter [PHONE].'],
    // Not a date (month 13): recall first, as before.
    ['de-DE', 'Lieferung 241330-3123457', 'Lieferung [PHONE]'],
  ])('%s %j: the phone goes', (locale, t, redacted) => {
    expect(text(t, locale)).toBe(redacted);
  });

  it('any run led by a date of 2001-2009 stays without a phone label, and its national print goes', () => {
    // (2000: "00" dials out, "001215-3123457" is +1 215 312 3457, read as the number it dials.)
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01'), max: new Date('2009-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^[1-9][0-9]{4,7}$/),
        fc.constantFrom('-', ' ', '.'),
        (day, rest, sep) => {
          const value = `${yymmdd(day)}${sep}${rest}`;
          expect(phones(`Lieferung ${value} ist unterwegs`, 'de-DE')).toEqual([]);
          // The same digits with the area's code set apart, as the number is printed, go.
          const number = parsePhoneNumberFromString(value, 'DE');
          if (number?.isValid()) {
            const printed = number.formatNational();
            // (Session 51: unless its subscriber's part starts with "0", which no German landline's
            // does: unlabelled, such a print stays, phone.ts zeroSubscriber.)
            const zeroLed =
              number.getType() === 'FIXED_LINE' && printed.split(' ')[1]?.startsWith('0') === true;
            if (!zeroLed)
              expect(phones(`Lieferung ${printed} ist unterwegs`, 'de-DE')).toHaveLength(1);
            expect(phones(`Tel. ${value}`, 'de-DE')).toHaveLength(1);
          }
        },
      ),
    );
  });
});
