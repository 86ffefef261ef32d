// A quoted-printable encoder breaks a line past 76 characters wherever it falls, with a soft line
// break ("=" at the line's end, RFC 2045 §6.7 rule 5) that is no character of the text: a card,
// IBAN or phone cut so, between two digits or beside a separator, or an address cut between two of
// its characters, is the value it encodes and goes whole, as it does unbroken (T52b's audit: "PL61
// 1090 1014 0000 0712 19=\n81 2874" and "(11) 98765-=\n4321" went out as they came, and
// "jane.r=\noe@example.com" as "jane.r=\n[EMAIL]").
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './corpus/languages.js';
import { rng } from './corpus/random.js';
import * as v from './corpus/values.js';

const SOFT_BREAKS = ['=\n', '=\r\n'];

/** The places in `value` a soft break may fall with a digit on one side, a digit or one separator on the other. */
function cuts(value: string): number[] {
  const at: number[] = [];
  const digit = (k: number) => /\d/.test(value.charAt(k));
  const sep = (k: number) => /[ .-]/.test(value.charAt(k));
  for (let k = 1; k < value.length; k++)
    if (
      (digit(k - 1) && digit(k)) ||
      (digit(k - 1) && sep(k) && digit(k + 1)) ||
      (sep(k - 1) && digit(k - 2) && digit(k))
    )
      at.push(k);
  return at;
}

/** The findings of `text`, as [type, start, end] with offsets in the value after `before`. */
function spans(text: string, before: string, locale: string): (string | number)[][] {
  return redact(text, { locale }).findings.map((f) => [
    f.type,
    f.start - before.length,
    f.end - before.length,
  ]);
}

describe('a value cut by a quoted-printable soft line break goes whole', () => {
  it('cards, IBANs and phones of every corpus language, cut anywhere between digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom('card', 'iban', 'phone'),
        fc.nat(),
        fc.constantFrom(...SOFT_BREAKS),
        ({ locale, country, iban }, seed, kind, at, soft) => {
          const r = rng(seed);
          const value =
            kind === 'card'
              ? v.card(r)
              : kind === 'iban'
                ? v.ibanValue(r, iban[0] as string)
                : (parsePhoneNumberFromString(
                    v.phone(r, country).replace(/^00/, '+'),
                    country,
                  )?.formatInternational() ?? '');
          const label = kind === 'card' ? 'card ' : kind === 'iban' ? 'IBAN ' : 'tel. ';
          const whole = spans(`${label}${value} thanks`, label, locale);
          // Only a value that goes whole unbroken is asked to go whole broken.
          fc.pre(whole.length === 1 && whole[0]?.[1] === 0 && whole[0]?.[2] === value.length);
          const places = cuts(value);
          fc.pre(places.length > 0);
          const cut = places[at % places.length] as number;
          const broken = `${value.slice(0, cut)}${soft}${value.slice(cut)}`;
          const text = `${label}${broken} thanks`;
          expect(spans(text, label, locale)).toEqual([[whole[0]?.[0], 0, broken.length]]);
        },
      ),
    );
  });
});

describe('an address cut by a quoted-printable soft line break goes whole', () => {
  it('random addresses, cut anywhere in the local part or the domain before its last dot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.constantFrom(...SOFT_BREAKS),
        (seed, at, soft) => {
          const address = v.email(rng(seed));
          const last = address.lastIndexOf('.');
          const cut = 1 + (at % (last - 1));
          const broken = `${address.slice(0, cut)}${soft}${address.slice(cut)}`;
          const text = `write to ${broken} thanks`;
          expect(redact(text, { locale: 'en-US' }).text).toBe('write to [EMAIL] thanks');
        },
      ),
    );
  });

  it.each([
    // Inside the last label before it is one ("c=\nom"); after a whole domain the break ends it.
    ['write to jane@example.c=\nom thanks', 'write to [EMAIL] thanks'],
    ['Hi,=20write to jane=40example.com.=\nThanks', 'Hi,=20write to [EMAIL].=\nThanks'],
    ['mail jane.roe@example.com=\n=20thanks', 'mail [EMAIL]=\n=20thanks'],
    // A soft hyphen beside it reads as before.
    ['a ja\u00adne.r=\noe@example.com', 'a [EMAIL]'],
  ])('%j', (text, expected) => {
    expect(redact(text, { locale: 'en-US' }).text).toBe(expected);
  });
});

describe('a soft line break beside a digit joins no words', () => {
  it.each([
    // An amount's decimals, a sum, a line that ends in "=" and a number under it: as they were.
    ['de-DE', 'Summe 12=\n,50 EUR'],
    ['en-US', 'a 2+2=\n4 b'],
    ['en-US', 'total =\n 4111 1111'],
    ['pl-PL', 'zamówienie 600 123=\nabc 456'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});
