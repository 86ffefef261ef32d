// The Czech account check (T45c) against an oracle written apart, in the form the pages citing
// decree 169/2011 Sb. print it: each part padded with zeros to ten places, weighted left to right
// 6 3 7 9 10 5 8 4 2 1, the sum divisible by 11 (the check walks from the right, doubling mod 11).
// Then brute force over the last digit, the one-digit changes a mod-11 check with no weight of
// 0 always catches, ibantools' Czech BBAN check as a second reading (with the one place it
// departs from the decree), and every account the oracle makes goes after its label as
// bank-account, a one-digit change of it not.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidBBAN } from 'ibantools';
import { describe, expect } from 'vitest';
import { czAccountPartValid, czAccountValid } from '../../src/redact/checks/bankAccounts.js';

/** The decree's weights over ten places, left to right (sbankomat.cz, kutac.cz). */
const TABLE = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

function weighted(d: string): number {
  return [...d.padStart(10, '0')].reduce((s, c, i) => s + Number(c) * (TABLE[i] as number), 0);
}

function partOracle(d: string): boolean {
  return /^\d{1,10}$/.test(d) && weighted(d) % 11 === 0;
}

function accountOracle(prefix: string, number: string): boolean {
  if (!/^\d{0,6}$/.test(prefix) || !/^\d{2,10}$/.test(number) || /^0+$/.test(number)) return false;
  return (prefix === '' || partOracle(prefix)) && partOracle(number);
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** The head completed by the one last digit the oracle takes, if any. */
function complete(head: string): string | undefined {
  for (let c = 0; c < 10; c++) if (partOracle(head + c)) return head + c;
  return undefined;
}

describe('the account check agrees with its oracle', () => {
  test.prop([fc.string({ minLength: 0, maxLength: 11, unit: fc.constantFrom(...'0123456789a') })])(
    'any part',
    (s) => {
      expect(czAccountPartValid(s)).toBe(partOracle(s));
    },
  );

  test.prop([digits(0, 7), digits(0, 11)])('any first and second part', (prefix, number) => {
    expect(czAccountValid(prefix, number)).toBe(accountOracle(prefix, number));
  });
});

describe('brute force: one last digit in ten or none; no one-digit change passes', () => {
  test.prop([digits(1, 9)])('one of ten', (head) => {
    const passing = [...'0123456789'].filter((c) => czAccountPartValid(head + c));
    // The last digit's weight is 1: the digit needed is 11 minus the head's sum, mod 11; 10 is none.
    const needed = (11 - (weighted(`${head}0`) % 11)) % 11;
    expect(passing).toEqual(needed === 10 ? [] : [String(needed)]);
  });

  test.prop([digits(1, 9), fc.nat(), fc.integer({ min: 1, max: 9 })])(
    'every weight is 1 to 10 and 11 is prime: a digit changed by 1 to 9 breaks the sum',
    (head, at, by) => {
      const valid = complete(head);
      if (valid === undefined) return;
      const k = at % valid.length;
      const changed = `${valid.slice(0, k)}${(Number(valid[k]) + by) % 10}${valid.slice(k + 1)}`;
      expect(czAccountPartValid(changed)).toBe(false);
    },
  );
});

describe("ibantools' Czech BBAN check reads the same, but for a remainder of 1", () => {
  // ibantools takes the check digit 1 where the weighted head leaves 1 (its "remainder === 1 ? 1"):
  // the sum is then 2 mod 11, which the decree's rule refuses. Away from that, they agree.
  const remainderOne = (part: string) => weighted(`${part.slice(0, -1)}0`) % 11 === 1;
  // Half the parts completed by the oracle, half random: most random pairs fail both readings.
  const part = (n: number) =>
    fc
      .tuple(digits(n - 1, n - 1), fc.boolean(), fc.integer({ min: 0, max: 9 }))
      .map(([head, made, c]) => (made ? (complete(head) ?? `${head}0`) : `${head}${c}`));
  test.prop([part(6), part(10), digits(4, 4)])('agree', (prefix, number, code) => {
    if (remainderOne(prefix) || remainderOne(number) || /^0+$/.test(number)) return;
    expect(isValidBBAN(`${code}${prefix}${number}`, 'CZ')).toBe(czAccountValid(prefix, number));
  });
});

describe('an account the oracle makes goes after its label; a one-digit change stays', () => {
  test.prop([digits(1, 9), fc.option(digits(1, 5), { nil: undefined }), fc.nat(), digits(4, 4)])(
    'bank-account',
    (head, prefixHead, at, code) => {
      const number = complete(head);
      const prefix = prefixHead === undefined ? '' : complete(prefixHead);
      if (number === undefined || prefix === undefined || /^0+$/.test(number)) return;
      const print = (n: string) => `${prefix === '' ? '' : `${prefix}-`}${n}/${code}`;
      const types = (n: string) =>
        redact(`číslo účtu ${print(n)}`, { locale: 'cs-CZ' }).findings.map((f) => f.type);
      expect(types(number)).toEqual(['bank-account']);
      const k = at % number.length;
      const changed = `${number.slice(0, k)}${(Number(number[k]) + 1) % 10}${number.slice(k + 1)}`;
      expect(types(changed)).not.toContain('bank-account');
    },
  );
});
