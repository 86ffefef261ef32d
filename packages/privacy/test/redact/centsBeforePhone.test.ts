// T55d (issue #14): an amount with its decimals right before a phone or a card. The decimals and
// a phone after a space made a Luhn-valid run of 13 digits ("R$ 50,00 11 98765-4321" went as
// "R$ 50,[CARD]": the amount damaged and the phone typed as a card), and a card after "$12.00"
// took the cents with it (leading zeros change no Luhn sum). A card or phone reading no longer
// starts at an amount's decimals (amountBeside.ts decimalsAt; card.ts candidates; phone.ts
// readWindow). Each row written before the fix; the first block fails on the code before it.
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../src/redact/checks/luhn.js';
import {
  amountWordBefore,
  currencyBefore,
  decimalsAt,
} from '../../src/redact/recognizers/amountBeside.js';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const FIXED: readonly Row[] = [
  ['pt-BR', 'R$ 50,00 11 98765-4321', 'R$ 50,00 [PHONE]'],
  ['pt-BR', 'paguei R$ 50,00 11 98765-4321 ontem', 'paguei R$ 50,00 [PHONE] ontem'],
  ['pt-BR', 'R$50,00 11 98765-4321', 'R$50,00 [PHONE]'],
  ['pt-BR', 'R$ 1.234,56 11 98765-4321', 'R$ 1.234,56 [PHONE]'],
  ['pt-BR', 'R$ 1 234,56 11 98765-4321', 'R$ 1 234,56 [PHONE]'],
  ['hi-IN', '₹500.00 98765 43210', '₹500.00 [PHONE]'],
  ['en-IN', '₹500.00 98765 43210', '₹500.00 [PHONE]'],
  ['en-IN', 'Rs. 500.00 98765 43210', 'Rs. 500.00 [PHONE]'],
  ['en-IN', '₹5.00 98765 43210', '₹5.00 [PHONE]'],
  // A card after an amount's cents goes without them.
  ['pt-BR', 'R$ 50,00 4111 1111 1111 1111', 'R$ 50,00 [CARD]'],
  ['en-US', '$12.00 4111 1111 1111 1111', '$12.00 [CARD]'],
  // A card between an amount and a short number was left whole: the amount's digits counted as
  // more than a short number's four left over.
  ['en-US', '$12.00 4111 1111 1111 1111 5', '$12.00 [CARD] 5'],
  ['pt-BR', 'R$ 50,00 4111 1111 1111 1111 123', 'R$ 50,00 [CARD] 123'],
  // A Luhn-valid run that is the cents and neither a phone nor a card after them: the rest goes,
  // the cents stay (fail closed, as after a short number).
  ['pt-BR', 'R$ 50,00 3141 5926 570', 'R$ 50,00 [CARD]'],
];

const KEPT: readonly Row[] = [
  // The shapes that read so already: a decimal point the run holds, a currency after, a bracket.
  ['nl-NL', '€ 12.50 0612345678', '€ 12.50 [PHONE]'],
  ['pl-PL', '1 299,00 zł 601 234 567', '1 299,00 zł [PHONE]'],
  ['fr-FR', '50,00 € 06 12 34 56 78', '50,00 € [PHONE]'],
  ['pt-BR', 'R$ 1.234,56 (11) 98765-4321', 'R$ 1.234,56 [PHONE]'],
  // An amount alone, or before an order's number, stays.
  ['pt-BR', 'R$ 50,00', 'R$ 50,00'],
  ['pt-BR', 'R$ 50,00 pedido 4471', 'R$ 50,00 pedido 4471'],
  ['en-US', 'total $12.00 order 558812', 'total $12.00 order 558812'],
  // A card alone goes whole.
  ['en-US', 'card 4111 1111 1111 1111', 'card [CARD]'],
  // Without a currency, a word that names an amount says so (T56a, amountsBeforePhone.test.ts).
  ['pt-BR', 'total 50,00 11 98765-4321', 'total 50,00 [PHONE]'],
];

describe.each([
  ['an amount with its decimals, then a phone or card', FIXED],
  ['neighbours that stay as they were', KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

describe('the values are what the rows say', () => {
  it.each([
    ['BR', '11 98765-4321'],
    ['IN', '98765 43210'],
    ['NL', '0612345678'],
    ['PL', '601 234 567'],
    ['FR', '06 12 34 56 78'],
  ] as const)('%s %s is a valid phone', (country: CountryCode, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
  it('the cents and what follows pass Luhn together (leading zeros change no Luhn sum)', () => {
    expect(luhnValid('0011987654321')).toBe(true);
    expect(luhnValid('004111111111111111')).toBe(true);
    expect(luhnValid('0031415926570')).toBe(true);
  });
});

// The oracle: every start k of the digits before the decimal sign, not after a digit, whose
// slice is digits alone or a first group of one to three and groups of three after one
// separator, and that a currency ends right before (one space or not), or a word that names an
// amount (one space, T56a).
function oracle(shadow: string, at: number): boolean {
  const sign = shadow.charAt(at - 1);
  if (sign !== ',' && sign !== '.') return false;
  if (!/^\d\d(?!\d)/.test(shadow.slice(at, at + 3))) return false;
  for (let k = 0; k < at - 1; k++) {
    if (/\d/.test(shadow.charAt(k - 1))) continue;
    const whole = shadow.slice(k, at - 1);
    let shaped = /^\d+$/.test(whole);
    const sep = whole.charAt(whole.search(/\D/));
    if (!shaped && ".,' \u00a0\u202f".includes(sep) && sep !== '') {
      const parts = whole.split(sep);
      shaped =
        parts.every((p) => /^\d+$/.test(p)) &&
        (parts[0]?.length ?? 0) <= 3 &&
        parts.slice(1).every((p) => p.length === 3);
    }
    if (shaped && (currencyBefore(shadow, k) || amountWordBefore(shadow, k))) return true;
  }
  return false;
}

describe('decimalsAt agrees with its oracle', () => {
  test.prop([
    fc.array(
      fc.constantFrom(
        ...['R$', '€', '₹', 'Rs', 'total ', 'Summe: ', 'a', ' ', '1', '0', '5', ',', '.', "'"],
        ...['12', '123'],
      ),
      { maxLength: 16 },
    ),
  ])('at every position', (units) => {
    const shadow = units.join('');
    for (let at = 0; at <= shadow.length; at++)
      expect(decimalsAt(shadow, at), `${JSON.stringify(shadow)} at ${at}`).toBe(oracle(shadow, at));
  });

  it.each([
    ['R$ 50,00 11', 6, true],
    ['R$ 1.234,56 11', 9, true],
    ['₹500.00 98765', 5, true],
    ['total 50,00 11', 9, true],
    ['totals 50,00 11', 10, false],
    ['R$ 50,000', 6, false],
  ] as const)('%j at %i', (shadow, at, expected) => {
    expect(decimalsAt(shadow, at)).toBe(expected);
  });
});
