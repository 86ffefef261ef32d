// The NUBAN check (T46c) against an oracle written apart, in the CBN's own form ("Proposals on
// the Implementation of NUBAN Scheme" v0.4): the code ABC and serial DEFGHIJKL summed as
// A*3+B*7+C*3+D*3+E*7+F*3+G*3+H*7+I*3+J*3+K*7+L*3, its remainder mod 10 taken from 10, 10 read
// as 0. Then brute force over the last digit (one passes), the one-digit changes a mod-10 check
// with weights 3 and 7 always catches, and every NUBAN the oracle makes for a named bank goes
// after its label at 0.95 in Nigeria, a one-digit change of it at 0.6, neither in the US.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { nubanCheckDigit, nubanValid } from '../../src/redact/checks/bankAccounts.js';
import { NG_BANK_CODES } from '../../src/redact/recognizers/nuban.js';

function oracle(code: string, serial: string): number {
  const [A, B, C, D, E, F, G, H, I, J, K, L] = [...code, ...serial].map(Number) as number[];
  const sum =
    (A as number) * 3 +
    (B as number) * 7 +
    (C as number) * 3 +
    (D as number) * 3 +
    (E as number) * 7 +
    (F as number) * 3 +
    (G as number) * 3 +
    (H as number) * 7 +
    (I as number) * 3 +
    (J as number) * 3 +
    (K as number) * 7 +
    (L as number) * 3;
  const check = 10 - (sum % 10);
  return check === 10 ? 0 : check;
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const bank = fc.constantFrom(...NG_BANK_CODES);

describe('the NUBAN check agrees with its oracle', () => {
  test.prop([digits(3), digits(9)])('any code and serial', (code, serial) => {
    expect(nubanCheckDigit(code, serial)).toBe(oracle(code, serial));
  });

  test.prop([digits(3), digits(10)])('exactly the oracle’s last digit passes', (code, account) => {
    const head = account.slice(0, 9);
    const passing = [...'0123456789'].filter((c) => nubanValid(code, head + c));
    expect(passing).toEqual([String(oracle(code, head))]);
    expect(nubanValid(code, account)).toBe(Number(account[9]) === oracle(code, head));
  });

  test.prop([digits(3), digits(9), fc.nat(9), fc.integer({ min: 1, max: 9 })])(
    'a one-digit change of the serial fails',
    (code, serial, at, by) => {
      const account = serial + oracle(code, serial);
      const changed =
        account.slice(0, at) + ((Number(account[at]) + by) % 10) + account.slice(at + 1);
      expect(nubanValid(code, changed)).toBe(false);
    },
  );
});

describe('an oracle-made NUBAN after its label', () => {
  test.prop([bank, digits(9), fc.nat(9), fc.integer({ min: 1, max: 9 })])(
    'goes at 0.95 beside its bank, changed at 0.6, and not in the US',
    ([name, code], serial, at, by) => {
      const account = serial + oracle(code, serial);
      const text = `Pls refund to my ${name} account number ${account}`;
      const ng = redact(text, { locale: 'en-NG' });
      expect(ng.text).toBe(`Pls refund to my ${name} account number [ACCOUNT]`);
      expect(ng.findings.map((f) => f.confidence)).toEqual([0.95]);
      const changed =
        account.slice(0, at) + ((Number(account[at]) + by) % 10) + account.slice(at + 1);
      const other = redact(text.replace(account, changed), { locale: 'en-NG' });
      expect(other.findings.map((f) => [f.type, f.confidence])).toEqual([['bank-account', 0.6]]);
      expect(redact(text, { locale: 'en-US' }).findings.map((f) => f.type)).not.toContain(
        'bank-account',
      );
    },
  );
});
