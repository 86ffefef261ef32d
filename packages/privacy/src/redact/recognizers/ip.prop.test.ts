// The IPv6 reading reads a token in place (no halves and groups split into strings): it must
// agree with RFC 4291's text form read the plain way, by splitting at "::" and ":".
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { redact } from '../redact.js';
import { ipv6 } from './ip.js';

/** A dotted quad: four parts 0-255 without a leading zero. */
function quad(s: string): boolean {
  const parts = s.split('.');
  return (
    parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) < 256)
  );
}

/** The oracle: split into halves at "::", the halves into groups at ":". */
function plainIpv6(s: string): boolean {
  if (s.length < 3 || s.length > 45) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  let count = groups.length;
  if (groups.at(-1)?.includes('.')) {
    if (!quad(groups.pop() as string)) return false;
    count += 1;
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

const hex = fc.stringMatching(/^[0-9a-fA-F]{1,4}$/);
const group = fc.oneof(
  { weight: 6, arbitrary: hex },
  { weight: 1, arbitrary: fc.constantFrom('10.0.0.1', '1.2.3.4') },
  { weight: 1, arbitrary: fc.constantFrom('', '12345', 'g1', '1.2') },
);
const tail = fc.constantFrom('1.2.3.4', '255.0.10.1', '01.2.3.4', '1.2.3', '256.1.1.1');
// Addresses and near misses: up to nine groups, a "::" at any place or none, a dotted tail or
// none, and a "::" or ":" after it or none.
const nearAddress = fc
  .tuple(
    fc.array(group, { maxLength: 9 }),
    fc.integer({ min: -1, max: 9 }),
    fc.option(tail),
    fc.constantFrom('', '', ':', '::'),
  )
  .map(([groups, gap, t, end]) => {
    const head =
      gap < 0 || gap > groups.length
        ? groups.join(':')
        : `${groups.slice(0, gap).join(':')}::${groups.slice(gap).join(':')}`;
    const withTail =
      t === null ? head : head === '' || head.endsWith(':') ? head + t : `${head}:${t}`;
    return withTail + end;
  });
const anyToken = fc.string({ unit: fc.constantFrom(...'0129afAF:.'), maxLength: 48 });

describe('an IPv6 address read in place', () => {
  test.prop([fc.oneof(nearAddress, anyToken), fc.string({ maxLength: 3 })], { numRuns: 2000 })(
    'agrees with the reading split at "::" and ":", inside any text',
    (token, around) => {
      expect(ipv6(token)).toBe(plainIpv6(token));
      const text = around + token + around;
      expect(ipv6(text, around.length, around.length + token.length)).toBe(plainIpv6(token));
    },
  );
});

// An "IPv6:" tag before an address changes nothing of how it reads (T29d: it hid the address).
describe('an address after an "IPv6:" tag', () => {
  test.prop([fc.ipV6(), fc.constantFrom('IPv6:', 'ipv6:', 'IPV6:')])(
    'reads as it does alone',
    (address, tag) => {
      const alone = redact(`addr ${address} x`, { locale: 'en-US' }).text;
      expect(redact(`addr ${tag}${address} x`, { locale: 'en-US' }).text).toBe(
        alone.replace('addr ', `addr ${tag}`),
      );
    },
  );
});
