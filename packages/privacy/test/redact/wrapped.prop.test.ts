// A mail client wraps a long line at a space (~72 columns) and a chat paste breaks it: a phone
// number in international format, or a card, cut at any of its groups' spaces, goes whole (issue
// #14, T28b: "tel. +48 600\n123 456" and "card 3782 822463\n10005" went out as they came).

import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './corpus/languages.js';
import { rng } from './corpus/random.js';
import * as v from './corpus/values.js';

const BREAKS = ['\n', '\r\n', ' \n', '\n> '];

/** `value` cut at its `at`-th space (modulo their count) with `mark` in place of that space. */
function wrap(value: string, at: number, mark: string): string {
  const cuts = [...value.matchAll(/ /g)].map((m) => m.index);
  const cut = cuts[at % cuts.length] as number;
  return `${value.slice(0, cut)}${mark}${value.slice(cut + 1)}`;
}

/** The findings of `type` in `before + value + after`, as offsets in `value`. */
function spans(text: string, before: string, locale: string, type: string): number[][] {
  return redact(text, { locale })
    .findings.filter((f) => f.type === type)
    .map((f) => [f.start - before.length, f.end - before.length]);
}

describe('a number wrapped at a group boundary goes whole', () => {
  it('random valid numbers of the customer’s country, in international format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.constantFrom(...BREAKS),
        fc.constantFrom('tel. ', 'call ', 'my number is ', ''),
        ({ locale, country }, seed, at, mark, label) => {
          // The generator writes some numbers with "00" for "+", which no country's default reads.
          const drawn = v.phone(rng(seed), country).replace(/^00/, '+');
          const number = parsePhoneNumberFromString(drawn, country);
          const international = number?.formatInternational() as string;
          const wrapped = wrap(international, at, mark);
          const text = `${label}${wrapped} thanks`;
          expect(spans(text, label, locale, 'phone')).toEqual([[0, wrapped.length]]);
        },
      ),
    );
  });

  it('random valid numbers as E.123 and DIN 5008 print them, wrapped after the area’s code (T32a)', () => {
    // The area's or network's code, then the rest in one group: "+44 20\n79460018", "+49 (0)151\n
    // 23451013", "(02)\n12345678". The code is the international print's first group after the
    // calling code; at home the national print writes it with its trunk "0" ("020"), or it
    // starts with its own "0" (Italy's "02"). Elsewhere (Poland's "+48 600 558 812", which prints
    // "600 558 812" at home) the long group is a value of its own, and the form is not drawn.
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...BREAKS),
        fc.constantFrom('international', 'trunk', 'national', 'brackets'),
        fc.constantFrom('tel. ', 'call '),
        ({ locale, country }, seed, mark, form, label) => {
          const drawn = v.phone(rng(seed), country).replace(/^00/, '+');
          const number = parsePhoneNumberFromString(drawn, country);
          const groups = (number?.formatInternational() ?? '').split(' ');
          const home = (number?.formatNational() ?? '').split(' ')[0] as string;
          const [cc, area] = groups as [string, string];
          fc.pre(groups.length > 2 && (home === `0${area}` || (home === area && /^0/.test(area))));
          const rest = groups.slice(2).join('');
          const wrapped =
            form === 'international'
              ? `${cc} ${area}${mark}${rest}`
              : form === 'trunk'
                ? `${cc} (0)${area}${mark}${rest}`
                : form === 'national'
                  ? `${home}${mark}${rest}`
                  : `(${home})${mark}${rest}`;
          fc.pre(form !== 'trunk' || home === `0${area}`);
          const text = `${label}${wrapped} thanks`;
          expect(spans(text, label, locale, 'phone')).toEqual([[0, wrapped.length]]);
        },
      ),
    );
  });

  it('random Italian mobiles printed as Italians print them, wrapped after the prefix (T33b)', () => {
    // "312 3457444": the prefix, then the rest in one group. After a phone word or a "+39" the two
    // lines go as one; after an order's word they stay (an order's number may stand there).
    fc.assert(
      fc.property(
        fc.stringMatching(/^3[0-9]{2}$/),
        fc.stringMatching(/^[0-9]{6,7}$/),
        fc.constantFrom(...BREAKS),
        fc.constantFrom('Chiamami al ', 'Il mio cellulare è ', 'tel. ', '+39 ', 'Ordine '),
        fc.constantFrom('', '.', ' grazie', ', a presto'),
        (prefix, rest, mark, label, after) => {
          const number = parsePhoneNumberFromString(`${prefix}${rest}`, 'IT');
          fc.pre(number?.isValid() === true && number.getType() === 'MOBILE');
          fc.pre(number?.formatNational().startsWith(`${prefix} `) === true);
          const plus = label === '+39 ';
          const before = plus ? '' : label;
          const wrapped = `${plus ? label : ''}${prefix}${mark}${rest}`;
          const text = `${before}${wrapped}${after}`;
          const found = spans(text, before, 'it-IT', 'phone');
          if (label !== 'Ordine ') expect(found).toEqual([[0, wrapped.length]]);
          // (A rest that starts with "0" may be a number of its own on its line: none crosses.)
          else expect(found.filter(([a, b]) => (a as number) < 3 && (b as number) > 3)).toEqual([]);
        },
      ),
    );
  });

  it('random Luhn-valid cards, in fours or as Amex and Diners print them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.constantFrom(...BREAKS),
        fc.constantFrom('card ', 'my card is ', ''),
        fc.constantFrom(' thanks', '. thanks', '.', '', ', ok'),
        (seed, at, mark, label, after) => {
          const r = rng(seed);
          let card = v.card(r);
          // Printed with spaces: a mail wraps at a space, not inside a dashed or unspaced card.
          if (!card.includes(' ')) card = card.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
          const wrapped = wrap(card, at, mark);
          const text = `${label}${wrapped}${after}`;
          expect(spans(text, label, 'en-US', 'card')).toEqual([[0, wrapped.length]]);
        },
      ),
    );
  });
});
