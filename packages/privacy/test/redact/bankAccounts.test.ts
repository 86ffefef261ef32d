// Czech bank account numbers in their home print (T45c, issue #14): "[first part-]second part/
// bank code", each part passing ČNB decree 169/2011 Sb.'s mod-11 check. After their label in any
// locale; bare in the Czech Republic with a listed bank code and six digits or more; after an
// order's word they stay. Every sample is synthetic, its check digit computed by the decree's
// weights (checks/bankAccounts.ts); 2709483168/0800 is the domestic print of the fourteenth
// audit's synthetic IBAN CZ17 0800 0000 0027 0948 3168.
import { BUILT_IN_ENTITY_TYPES, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { CZ_BANK_CODES } from '../../src/redact/recognizers/bankAccounts.js';

describe('a Czech account number goes as bank-account', () => {
  it.each([
    // After its labels: "číslo účtu" and its cases, "č. ú.", "účet" and its cases, "bankovní
    // spojení", English; folded ("ucet").
    ['cs-CZ', 'Číslo účtu: 2709483168/0800', 'Číslo účtu: [ACCOUNT]'],
    ['cs-CZ', 'Pošlete to na účet 5012345674/2010, děkuji', 'Pošlete to na účet [ACCOUNT], děkuji'],
    ['cs-CZ', 'č. ú. 102345675/0300', 'č. ú. [ACCOUNT]'],
    ['cs-CZ', 'č.ú.: 102345675/0300', 'č.ú.: [ACCOUNT]'],
    ['cs-CZ', 'z mého účtu 860012343/6363', 'z mého účtu [ACCOUNT]'],
    ['cs-CZ', 'bankovní spojení: 67010-3005678121/0100', 'bankovní spojení: [ACCOUNT]'],
    ['cs-CZ', 'ucet 2709483168/0800', 'ucet [ACCOUNT]'],
    ['en-GB', 'my Czech bank account 2709483168/0800', 'my Czech bank account [ACCOUNT]'],
    // Any four digits after a label (a code the list misses); a short second part; zeros before.
    ['cs-CZ', 'číslo účtu 401234561/1234', 'číslo účtu [ACCOUNT]'],
    ['cs-CZ', 'číslo účtu 123/0800', 'číslo účtu [ACCOUNT]'],
    ['cs-CZ', 'účet: 000000-2709483168/0800', 'účet: [ACCOUNT]'],
    // A label nearer than an order's word; an order's number before it stays.
    [
      'cs-CZ',
      'Vrácení za objednávku 2026001234 prosím na účet 2709483168/0800.',
      'Vrácení za objednávku 2026001234 prosím na účet [ACCOUNT].',
    ],
    // Bare at home with a listed code: ten digits, nine, with a first part.
    ['cs-CZ', 'Dobrý den, vraťte to na 2709483168/0800', 'Dobrý den, vraťte to na [ACCOUNT]'],
    ['cs-CZ', 'Dobrý den, 102345675/0300 díky', 'Dobrý den, [ACCOUNT] díky'],
    ['cs-CZ', 'vraťte to na 10858-738462519/0100', 'vraťte to na [ACCOUNT]'],
  ])('%s %j is %j', (locale, text, out) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(result.findings.map((f) => f.type)).toEqual(['bank-account']);
  });
});

describe('what is no account number is not one', () => {
  it.each([
    // "účet" starts "účetní" (an accounting document's number): no label, and bare no listed code.
    ['cs-CZ', 'účetní doklad 401234561/1234'],
    // A wrong check digit in the second part, in the first part.
    ['cs-CZ', 'číslo účtu 2709483167/0800'],
    ['cs-CZ', 'číslo účtu 67011-3005678121/0100'],
    // A second part of zeros; of eleven digits; a first part of seven; a code of three or five.
    ['cs-CZ', 'číslo účtu 0000000000/0800'],
    ['cs-CZ', 'číslo účtu 27094831680/0800'],
    ['cs-CZ', 'číslo účtu 1067010-3005678121/0100'],
    ['cs-CZ', 'číslo účtu 2709483168/080'],
    ['cs-CZ', 'číslo účtu 2709483168/08000'],
    // An order's number with a slash, with and without a passing check: after the order's word.
    ['cs-CZ', 'objednávka 2709483168/0800'],
    ['cs-CZ', 'Číslo objednávky: 5012345674/2010'],
    ['cs-CZ', 'objednávka 5012345675/2010'],
    // Bare: a failing check; an unlisted code (a year: a file's reference "č. j."); five digits;
    // away from home; a law's number.
    ['cs-CZ', 'Dobrý den, 5012345675/2010'],
    ['cs-CZ', 'Dobrý den, 401234561/1234'],
    ['cs-CZ', 'č. j. 1234562/2024'],
    ['cs-CZ', 'Dobrý den, 12345/0800'],
    ['de-DE', 'Konto 2709483168/0800'],
    ['sk-SK', 'Dobrý deň, 2709483168/0800'],
    ['cs-CZ', 'podle zákona č. 187/2006 Sb.'],
    // Part of a longer code, a date (whose "19" passes the check, after a label that named an
    // IBAN: the workloads' record), an amount.
    ['en-US', 'My bank account: DE89 3704 0044 0532 0130 00 I ordered on 02/19/2025.'],
    ['cs-CZ', 'faktura FV/2026/12/2709483168/0800'],
    ['cs-CZ', 'účet 2709483168/0800/12'],
    ['cs-CZ', 'kód AB-2709483168/0800'],
    ['cs-CZ', 'dne 12/03/2026 ve 14:22'],
    ['cs-CZ', 'Cena 1 299,00 Kč'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).findings.map((f) => f.type)).not.toContain('bank-account');
  });
});

describe('the type', () => {
  it('is a built-in type', () => {
    expect(BUILT_IN_ENTITY_TYPES).toContain('bank-account');
  });

  it('takes the confidence its label or its print gives', () => {
    const confidence = (text: string, locale: string) =>
      redact(text, { locale }).findings.map((f) => f.confidence);
    expect(confidence('číslo účtu 2709483168/0800', 'cs-CZ')).toEqual([0.95]);
    expect(confidence('2709483168/0800', 'cs-CZ')).toEqual([0.7]);
  });

  it('leaves a slashed print both read bare at home to the birth number, and each to its label', () => {
    // 600102/0300 passes both: a birth number (2 January 1960, divisible by 11) and an account
    // (600102 passes the decree's sum, 0300 is ČSOB's code).
    const type = (text: string) => redact(text, { locale: 'cs-CZ' }).findings.map((f) => f.type);
    expect(type('Dobrý den, 600102/0300')).toEqual(['cz-rc']);
    expect(type('číslo účtu 600102/0300')).toEqual(['bank-account']);
    expect(type('rodné číslo 600102/0300')).toEqual(['cz-rc']);
  });

  it('lists 48 bank codes, each four digits, none twice', () => {
    expect(CZ_BANK_CODES).toHaveLength(48);
    expect(new Set(CZ_BANK_CODES).size).toBe(48);
    for (const code of CZ_BANK_CODES) expect(code).toMatch(/^\d{4}$/);
  });
});
