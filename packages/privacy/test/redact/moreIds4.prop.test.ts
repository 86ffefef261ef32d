// The six checks of T38c against oracles written apart, each in another form its sources give:
// the RUT's digit as (−sum) mod 11 over weights cycling 2–7 from the right (rbonvall's gist), the
// CUIT's weights 2–7 from the right (es.wikipedia), the SIN by the guide's "121 212 121" products
// and their digit sums, the PPSN's weights 2–8 in reverse order (boards.ie, quoting Wikipedia), the
// OIB by ISO 7064's own condition (the last step's sum ≡ 1 mod 10), the HKID by ASCII codes (a
// blank as 91: Philip Lam on hk.comp.pc, 1998), which are ≡ the A = 10, blank = 36 values mod
// 11. Then: every id an oracle makes goes after its label as its type, and one with another check
// character is not that id.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  arCuitValid,
  caSinValid,
  clRutValid,
  hkIdValid,
  hrOibValid,
  iePpsnValid,
} from '../../src/redact/checks/nationalIds4.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const letter = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c));

function rutOracle(d: string): boolean {
  const body = d.slice(0, -1);
  if (!/^[1-9]\d{6,7}$/.test(body)) return false;
  const reversed = [...body].reverse().map(Number);
  const s = reversed.reduce((sum, x, i) => sum + x * (2 + (i % 6)), 0);
  const v = (((-s % 11) + 11) % 11) as number;
  return d.slice(-1) === (v === 10 ? 'K' : String(v));
}

function cuitOracle(d: string): boolean {
  if (!/^(20|23|24|27|30|33|34)\d{9}$/.test(d)) return false;
  const reversed = [...d.slice(0, 10)].reverse().map(Number);
  const s = reversed.reduce((sum, x, i) => sum + x * (2 + (i % 6)), 0);
  const v = 11 - (s % 11);
  return v !== 10 && Number(d[10]) === v % 11;
}

function sinOracle(d: string): boolean {
  if (!/^[1-79]\d{8}$/.test(d)) return false;
  const products = [...d].map((x, i) => Number(x) * (i % 2 === 0 ? 1 : 2));
  const s = products.reduce((sum, p) => sum + Math.floor(p / 10) + (p % 10), 0);
  return s % 10 === 0;
}

function ppsnOracle(d: string): boolean {
  const m = /^(\d{7})([A-W])([A-Z]?)$/.exec(d);
  if (!m) return false;
  const [, seven, check, second] = m as unknown as [string, string, string, string];
  const reversed = [...seven].reverse().map(Number);
  const base = reversed.reduce((sum, x, i) => sum + x * (i + 2), 0);
  const value = (c: string) => (c === '' || c === 'W' ? 0 : c.charCodeAt(0) - 64);
  const letterOf = (s: number) => 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23];
  if (letterOf(base + 9 * value(second)) === check) return true;
  // The old T and X suffixes, read as W (python-stdnum; see iePpsnCheck).
  return (second === 'T' || second === 'X') && letterOf(base) === check;
}

function oibOracle(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  let p = 10;
  for (let i = 0; i < 11; i++) {
    const s = (p + Number(d[i])) % 10 || 10;
    if (i === 10) return s % 10 === 1;
    p = (2 * s) % 11;
  }
  return false;
}

function hkOracle(d: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})([\dA])$/.exec(d);
  if (!m) return false;
  const [, prefix, six, check] = m as unknown as [string, string, string, string];
  // The blank as 91: the post names "]" but counts 91, which is "[" in ASCII.
  const eight = (prefix.length === 1 ? `[${prefix}` : prefix) + six;
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const c = eight.charCodeAt(i);
    s += (c >= 48 && c <= 57 ? c - 48 : c) * (9 - i);
  }
  const v = (11 - (s % 11)) % 11;
  return check === (v === 10 ? 'A' : String(v));
}

describe('each check agrees with its oracle on every check character', () => {
  test.prop([fc.integer({ min: 7, max: 8 }).chain((n) => digits(n))])('cl-rut', (body) => {
    for (const c of '0123456789K') expect(clRutValid(body + c)).toBe(rutOracle(body + c));
  });
  test.prop([
    fc.oneof(
      digits(10),
      fc
        .tuple(fc.constantFrom('20', '23', '24', '27', '30', '33', '34'), digits(8))
        .map((p) => p.join('')),
    ),
  ])('ar-cuit', (d10) => {
    for (const c of '0123456789') expect(arCuitValid(d10 + c)).toBe(cuitOracle(d10 + c));
  });
  test.prop([digits(8)])('ca-sin', (d8) => {
    for (const c of '0123456789') expect(caSinValid(d8 + c)).toBe(sinOracle(d8 + c));
  });
  test.prop([digits(7), fc.oneof(fc.constant(''), letter)])('ie-ppsn', (d7, second) => {
    for (let c = 65; c <= 90; c++) {
      const id = d7 + String.fromCharCode(c) + second;
      expect(iePpsnValid(id)).toBe(ppsnOracle(id));
    }
  });
  test.prop([digits(10)])('hr-oib', (d10) => {
    for (const c of '0123456789') expect(hrOibValid(d10 + c)).toBe(oibOracle(d10 + c));
  });
  test.prop([fc.array(letter, { minLength: 1, maxLength: 2 }), digits(6)])(
    'hk-hkid',
    (prefix, six) => {
      for (const c of '0123456789A') {
        const id = prefix.join('') + six + c;
        expect(hkIdValid(id)).toBe(hkOracle(id));
      }
    },
  );
});

describe('exactly one check character holds', () => {
  test.prop([fc.integer({ min: 7, max: 8 }).chain((n) => digits(n))])('cl-rut', (body) => {
    const ok = [...'0123456789K'].filter((c) => rutOracle(body + c));
    expect(ok.length).toBe(body.startsWith('0') ? 0 : 1);
  });
  test.prop([digits(10)])('hr-oib', (d10) => {
    expect([...'0123456789'].filter((c) => oibOracle(d10 + c)).length).toBe(1);
  });
  test.prop([fc.array(letter, { minLength: 1, maxLength: 2 }), digits(6)])(
    'hk-hkid',
    (prefix, six) => {
      const ok = [...'0123456789A'].filter((c) => hkOracle(prefix.join('') + six + c));
      expect(ok.length).toBe(1);
    },
  );
});

describe('an id an oracle makes goes after its label; another check character is no such id', () => {
  const cases = [
    {
      type: 'cl-rut',
      locale: 'es-CL',
      label: 'RUT ',
      head: fc.integer({ min: 1_000_000, max: 29_999_999 }).map(String),
      chars: '0123456789K',
      ok: rutOracle,
    },
    {
      type: 'ar-cuit',
      locale: 'es-AR',
      label: 'CUIT ',
      head: fc
        .tuple(fc.constantFrom('20', '23', '24', '27', '30', '33', '34'), digits(8))
        .map((p) => p.join('')),
      chars: '0123456789',
      ok: cuitOracle,
    },
    {
      type: 'ca-sin',
      locale: 'en-CA',
      label: 'SIN ',
      head: fc.tuple(fc.constantFrom(...'12345679'), digits(7)).map((p) => p.join('')),
      chars: '0123456789',
      ok: sinOracle,
    },
    {
      type: 'hr-oib',
      locale: 'hr-HR',
      label: 'OIB ',
      head: digits(10),
      chars: '0123456789',
      ok: oibOracle,
    },
    {
      type: 'hk-hkid',
      locale: 'zh-HK',
      label: 'HKID ',
      head: fc.tuple(letter, digits(6)).map((p) => p.join('')),
      chars: '0123456789A',
      ok: hkOracle,
    },
  ] as const;
  for (const c of cases) {
    test.prop([c.head as fc.Arbitrary<string>, fc.integer({ min: 1, max: 10 })])(
      c.type,
      (head, shift) => {
        const id = [...c.chars].map((x) => head + x).find(c.ok);
        if (id === undefined) return;
        const out = redact(c.label + id, { locale: c.locale });
        expect(out.findings.map((f) => f.type)).toEqual([c.type]);
        // Another check character: not this id (another recognizer, a phone's, may read it).
        const step = 1 + (shift % (c.chars.length - 1));
        const other = c.chars[(c.chars.indexOf(id.slice(-1)) + step) % c.chars.length] as string;
        const wrong = redact(c.label + id.slice(0, -1) + other, { locale: c.locale });
        expect(wrong.findings.map((f) => f.type)).not.toContain(c.type);
      },
    );
  }
  test.prop([digits(7), fc.constantFrom('', 'A', 'H', 'W'), fc.integer({ min: 1, max: 22 })])(
    'ie-ppsn',
    (d7, second, shift) => {
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVW';
      const check = [...letters].find((x) => ppsnOracle(d7 + x + second)) as string;
      const out = redact(`PPSN ${d7}${check}${second}`, { locale: 'en-IE' });
      expect(out.findings.map((f) => f.type)).toEqual(['ie-ppsn']);
      const other = letters[(letters.indexOf(check) + shift) % letters.length] as string;
      if (ppsnOracle(d7 + other + second)) return;
      const wrong = redact(`PPSN ${d7}${other}${second}`, { locale: 'en-IE' });
      expect(wrong.findings.map((f) => f.type)).not.toContain('ie-ppsn');
    },
  );
});
