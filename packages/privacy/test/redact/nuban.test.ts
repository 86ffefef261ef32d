// Nigeria's NUBAN (T46c, issue #14): ten digits after an account's label in Nigeria, checked
// against the bank named beside it (CBN, "Proposals on the Implementation of NUBAN Scheme" v0.4).
// Every sample is synthetic: 0000014579 is First Bank's (011) serial 000001457 with its check
// digit 9 by the CBN's weights; 0123456789 passes none of the named banks below.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { nubanCheckDigit, nubanValid } from '../../src/redact/checks/bankAccounts.js';

const found = (text: string, locale = 'en-NG') =>
  redact(text, { locale }).findings.map((f) => [f.type, f.recognizer, f.confidence]);

describe('the NUBAN check digit', () => {
  it("gives First Bank's serial 000001457 the check digit 9", () => {
    // 0*3+1*7+1*3 + 0*3+0*7+0*3+0*3+0*7+1*3+4*3+5*7+7*3 = 81; 10 - 1 = 9.
    expect(nubanCheckDigit('011', '000001457')).toBe(9);
    expect(nubanValid('011', '0000014579')).toBe(true);
    expect(nubanValid('011', '0000014578')).toBe(false);
    expect(nubanValid('058', '0000014579')).toBe(false);
  });

  it('reads a remainder of 0 as the check digit 0, and refuses what is not digits', () => {
    // 011 and 000000022: 7+3 + 2*7+2*3 = 30.
    expect(nubanCheckDigit('011', '000000022')).toBe(0);
    expect(nubanCheckDigit('01', '000000022')).toBe(-1);
    expect(nubanCheckDigit('011', '00000002a')).toBe(-1);
    expect(nubanValid('011', '000000022')).toBe(false);
  });
});

describe('a NUBAN after its label in Nigeria goes as bank-account', () => {
  it.each([
    ['My account number is 0000014579', 'My account number is [ACCOUNT]'],
    ['acct no: 0000014579', 'acct no: [ACCOUNT]'],
    ['Acct 0000014579 pls', 'Acct [ACCOUNT] pls'],
    ['a/c 0000014579 First Bank', 'a/c [ACCOUNT] First Bank'],
    ['my NUBAN 0000014579.', 'my NUBAN [ACCOUNT].'],
    ['First Bank account number 0000014579', 'First Bank account number [ACCOUNT]'],
    [
      'Order 1234567890: refund to account number 0000014579',
      'Order 1234567890: refund to account number [ACCOUNT]',
    ],
  ])('%j is %j', (text, out) => {
    const result = redact(text, { locale: 'en-NG' });
    expect(result.text).toBe(out);
    expect(result.findings.map((f) => f.type)).toEqual(['bank-account']);
  });

  it('goes at 0.95 when a named bank (or its code) checks it, at 0.6 after the label alone', () => {
    expect(found('First Bank account number 0000014579')).toEqual([
      ['bank-account', 'ng-nuban', 0.95],
    ]);
    expect(found('acct no 0000014579, bank code 011')).toEqual([
      ['bank-account', 'ng-nuban', 0.95],
    ]);
    expect(found('GTBank a/c 0000014579')).toEqual([['bank-account', 'ng-nuban', 0.6]]);
    expect(found('account number 0000014579')).toEqual([['bank-account', 'ng-nuban', 0.6]]);
    expect(found('account number 0000014579', 'en-US')).toEqual([]);
    expect(
      redact('account number 0000014579', { locale: 'en-GB', country: 'NG' }).findings.length,
    ).toBe(1);
  });
});

describe('what is no NUBAN is not one', () => {
  it.each([
    // No label: bare, after the bank's name alone, after "account" alone.
    ['en-NG', '0000014579'],
    ['en-NG', 'First Bank 0000014579'],
    ['en-NG', 'my account 0000014579'],
    // An order's word nearer than the label.
    ['en-NG', 'order number 0000014579'],
    ['en-NG', 'my account number for order 0000014579'],
    // Nine digits, eleven (a Nigerian mobile's length), grouped, glued to a code.
    ['en-NG', 'account number 000001457'],
    ['en-NG', 'account number 08031234567'],
    ['en-NG', 'account number 0000 014 579'],
    ['en-NG', 'account number AB-0000014579'],
    // Away from Nigeria.
    ['en-US', 'First Bank account number 0000014579'],
    ['en-GB', 'acct no: 0000014579'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).findings.map((f) => f.type)).not.toContain('bank-account');
  });
});
