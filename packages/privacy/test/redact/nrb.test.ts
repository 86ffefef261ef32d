// Poland's domestic account number (NRB): its IBAN without "PL", 26 digits, as invoices and
// transfers write it ("nr konta 61 1090 1014 0000 0712 1981 2874"). It leaked whole until
// 2026-12-02 (lead audit): the IBAN reader starts at a country code. ibantools is the oracle:
// a run of 26 digits goes exactly when "PL" and it make a valid IBAN.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { composeIBAN, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/** A valid NRB: a bank and branch code with its weighted check digit, an account, the IBAN's check digits. */
const validNrb = fc.tuple(digits(7), digits(16)).map(([bank, account]) => {
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...bank].reduce((s, d, k) => s + Number(d) * (weights[k] as number), 0);
  const bban = `${bank}${(10 - (sum % 10)) % 10}${account}`;
  return (composeIBAN({ countryCode: 'PL', bban }) as string).slice(2);
});

/** As people write it: grouped 2-4-4-4-4-4-4 by spaces or dashes, or not at all. */
const written = (nrb: string, sep: string) =>
  sep === '' ? nrb : [nrb.slice(0, 2), ...(nrb.slice(2).match(/.{4}/g) as string[])].join(sep);

describe('a Polish domestic account number', () => {
  it.each([
    ['pl-PL', 'Proszę o zwrot na nr konta 61 1090 1014 0000 0712 1981 2874.'],
    ['pl-PL', 'konto: 61109010140000071219812874'],
    ['en-GB', 'refund to account 61-1090-1014-0000-0712-1981-2874 please'],
    ['pl-PL', 'IBAN: PL 61 1090 1014 0000 0712 1981 2874'],
  ])('%s goes: %s', (locale, text) => {
    expect(redact(text, { locale }).text).toContain('[IBAN]');
    expect(redact(text, { locale }).text).not.toContain('2874');
  });

  it('stays when a check fails, or when it is part of a longer run', () => {
    for (const text of [
      'nr konta 62 1090 1014 0000 0712 1981 2874',
      'nr 1 61 1090 1014 0000 0712 1981 2874',
    ])
      expect(redact(text, { locale: 'pl-PL' }).text).toBe(text);
  });

  test.prop([
    fc.oneof(validNrb, digits(26)),
    fc.constantFrom('', ' ', '-'),
    fc.constantFrom('pl-PL', 'en-GB', 'de-DE'),
  ])('goes exactly when "PL" and its digits make a valid IBAN', (nrb, sep, locale) => {
    const text = `Konto ${written(nrb, sep)} dziękuję`;
    const out = redact(text, { locale }).text;
    // (An invalid one may still hold a phone number or an id that other recognizers read.)
    expect(out === 'Konto [IBAN] dziękuję').toBe(isValidIBAN(`PL${nrb}`));
  });
});
