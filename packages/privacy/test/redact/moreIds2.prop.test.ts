// The four checks of T36a against oracles written apart, each in another form its source gives:
// GB 11643's weights as 2^(17−i) mod 11 and its table of check characters, Luhn's check of
// checks/luhn.ts, the CNP's constant as the string "279146358279", the Thai weights counted from
// the right. A date is a date when Date gives the same day back. Then: every id made by an oracle
// goes after its label as its type, and one with another last character is not that id.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnValid } from '../../src/redact/checks/luhn.js';
import {
  cnRicValid,
  roCnpValid,
  sePinValid,
  thIdValid,
} from '../../src/redact/checks/nationalIds2.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const n = (s: string, a: number, b: number) => Number(s.slice(a, b));

/** GB 11643-1999 as its text gives it: Wᵢ = 2^(18−i) mod 11 for i = 1..17, then the table. */
function cnOracleCheck(d17: string): string {
  let s = 0;
  for (let i = 1; i <= 17; i++) s += Number(d17[i - 1]) * (2 ** (18 - i) % 11);
  return '10X98765432'.charAt(s % 11);
}
function cnOracle(d: string): boolean {
  const y = n(d, 6, 10);
  return (
    /^[1-8]\d{16}[\dX]$/.test(d) &&
    y >= 1900 &&
    y <= 2099 &&
    isDay(y, n(d, 10, 12), n(d, 12, 14)) &&
    cnOracleCheck(d.slice(0, 17)) === d[17]
  );
}

function seOracle(d: string): boolean {
  const ten = d.length === 12 ? d.slice(2) : d;
  if (!/^\d{10}$/.test(ten) || (d.length === 12 && !/^(18|19|20)/.test(d))) return false;
  const dd = n(ten, 4, 6);
  const day = dd > 60 ? dd - 60 : dd;
  const years = d.length === 12 ? [n(d, 0, 4)] : [1900 + n(ten, 0, 2), 2000 + n(ten, 0, 2)];
  return (
    years.some((y) => isDay(y, n(ten, 2, 4), day)) && ten.slice(6, 9) !== '000' && luhnValid(ten)
  );
}

function roOracle(d: string): boolean {
  if (!/^[1-9]\d{12}$/.test(d)) return false;
  const s = Number(d[0]);
  const centuries = s <= 2 ? [1900] : s <= 4 ? [1800] : s <= 6 ? [2000] : [1900, 2000];
  if (!centuries.some((c) => isDay(c + n(d, 1, 3), n(d, 3, 5), n(d, 5, 7)))) return false;
  const county = n(d, 7, 9);
  if (!((county >= 1 && county <= 48) || county === 51 || county === 52)) return false;
  if (d.slice(9, 12) === '000') return false;
  const key = '279146358279';
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * Number(key[i]);
  return String(sum % 11 === 10 ? 1 : sum % 11) === d[12];
}

function thOracle(d: string): boolean {
  if (!/^[1-8]\d{12}$/.test(d)) return false;
  const front = [...d.slice(0, 12)].reverse();
  const sum = front.reduce((acc, x, k) => acc + Number(x) * (k + 2), 0);
  return String((11 - (sum % 11)) % 10) === d[12];
}

describe('each check agrees with its oracle', () => {
  // A prefix with a real date (where the id holds one) half the time, so both answers are met.
  const date = fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(
      ([y, m, d]) => `${y}`.padStart(2, '0') + `${m}`.padStart(2, '0') + `${d}`.padStart(2, '0'),
    );
  const pick = <T>(a: fc.Arbitrary<T>, b: fc.Arbitrary<T>) => fc.oneof(a, b);

  test.prop([
    pick(
      digits(17),
      fc.tuple(digits(6), fc.constantFrom('19', '20'), date, digits(3)).map((p) => p.join('')),
    ),
  ])('cn-ric, every check character', (d17) => {
    for (const c of '0123456789X') expect(cnRicValid(d17 + c)).toBe(cnOracle(d17 + c));
  });

  test.prop([
    pick(
      digits(9),
      fc.tuple(date, digits(3)).map((p) => p.join('')),
    ),
    fc.constantFrom('', '18', '19', '20', '21'),
  ])('se-pin, every check digit, ten or twelve digits', (d9, century) => {
    for (const c of '0123456789')
      expect(sePinValid(century + d9 + c)).toBe(seOracle(century + d9 + c));
  });

  test.prop([
    pick(
      digits(12),
      fc.tuple(digits(1), date, digits(5)).map((p) => p.join('')),
    ),
  ])('ro-cnp, every control digit', (d12) => {
    for (const c of '0123456789') expect(roCnpValid(d12 + c)).toBe(roOracle(d12 + c));
  });

  test.prop([digits(12)])('th-id, every check digit', (d12) => {
    for (const c of '0123456789') expect(thIdValid(d12 + c)).toBe(thOracle(d12 + c));
  });
});

describe('an id an oracle makes goes after its label; another last character is no such id', () => {
  const last = (d: string, ok: (x: string) => boolean, chars = '0123456789') =>
    [...chars].map((c) => d + c).find(ok);
  const cases = [
    {
      type: 'cn-ric',
      locale: 'zh-CN',
      label: '身份证号 ',
      len: 17,
      ok: cnOracle,
      chars: '0123456789X',
    },
    { type: 'se-pin', locale: 'sv-SE', label: 'personnummer ', len: 9, ok: seOracle, chars: '' },
    { type: 'ro-cnp', locale: 'ro-RO', label: 'CNP ', len: 12, ok: roOracle, chars: '' },
    { type: 'th-id', locale: 'th-TH', label: 'เลขบัตรประชาชน ', len: 12, ok: thOracle, chars: '' },
  ] as const;
  for (const c of cases) {
    test.prop([digits(c.len), fc.integer({ min: 1, max: 9 })])(c.type, (prefix, shift) => {
      const id = last(prefix, c.ok, c.chars || '0123456789');
      if (id === undefined) return;
      const out = redact(c.label + id, { locale: c.locale });
      expect(out.findings.map((f) => f.type)).toEqual([c.type]);
      // Another last character: not this id (another recognizer, a card's, may read it).
      const chars = c.chars || '0123456789';
      const other = chars[(chars.indexOf(id.slice(-1)) + shift) % chars.length] as string;
      const wrong = redact(c.label + id.slice(0, -1) + other, { locale: c.locale });
      expect(wrong.findings.map((f) => f.type)).not.toContain(c.type);
    });
  }
});
