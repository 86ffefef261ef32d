// Issue #14, T32a: a reference led by its date, "Lieferung 241130-3123457", went as a phone in
// Germany. libphonenumber reads it there as "+49 241 1303123457" (Aachen) only by leaving out the
// trunk "0" a German national number is dialled with (Bundesnetzagentur; without it a number dials
// a subscriber inside one area only): its national print is "0241 1303123457".
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;
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
          const iso = day.toISOString();
          const value = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${sep}${rest}`;
          expect(phones(`Lieferung ${value} ist unterwegs`, 'de-DE')).toEqual([]);
        },
      ),
    );
  });
});
